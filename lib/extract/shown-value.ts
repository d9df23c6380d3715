/**
 * What a page shows for one value, read from the DOM without layout reads (no innerText, no
 * getComputedStyle): the content script must never make the case system slower.
 */
export interface ShownValue {
  /** The text as shown: each line's spacing collapsed, lines joined by "\n". */
  text: string;
  /** The lines separately: list items, `<br>`-separated lines, selected options. */
  lines: string[];
  /** A checkbox's state, when the value is one checkbox (or an `aria-checked` widget). */
  checked?: boolean;
  /** A `<time datetime>` inside the value, for when the shown text leaves out the year. */
  machineDate?: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never shown as text: code, metadata, and controls whose text is not their value. */
const NOT_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
]);

/** Elements that flow within a line; anything else (custom elements too) starts a new line. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'mark',
  'output',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
]);

export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** isInline for an element whose tag is already known (each DOM call costs, issue 8). */
export function isInlineTag(tag: string): boolean {
  return INLINE.has(tag);
}

/** Hidden by markup alone (the `hidden` attribute or an inline style): no layout read needed. */
export function isHiddenByMarkup(el: Element): boolean {
  // Most cells and spans carry no attribute at all: one call answers for all three tests.
  return el.hasAttributes() && isHiddenByNames(el, el.localName, el.getAttributeNames());
}

/**
 * isHiddenByMarkup for an element with attributes, given its tag and attribute names: one DOM
 * call for the names rather than one per attribute asked about, on every element of a page.
 */
export function isHiddenByNames(el: Element, tag: string, names: readonly string[]): boolean {
  if (names.includes('hidden')) return true;
  if (tag === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True for tags whose text is never a value, whatever their attributes. */
export function isNotTextTag(tag: string): boolean {
  return NOT_TEXT.has(tag);
}

/** True for elements whose text is never a value (scripts, buttons, option lists, hidden parts). */
export function isNotText(el: Element): boolean {
  return NOT_TEXT.has(el.localName) || isHiddenByMarkup(el);
}

export function isFormControl(el: Element): boolean {
  const tag = el.localName;
  return tag === 'input' || tag === 'select' || tag === 'textarea';
}

/**
 * White space that collapsing would change: a run of two, any but a plain space, or a space at
 * either end. Most cell and label texts have none, and testing for it costs a tenth of the
 * replace and trim that would hand back the same string (issue 8: half a grid's read).
 */
const NEEDS_COLLAPSE = /\s\s|[^\S ]|^ | $/;

/** The text with each run of white space made one space, and none at either end. */
export function collapse(text: string): string {
  return NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** The value of one form control as the worker sees it: typed text, ticked state, chosen option. */
export function controlValue(el: Element): ShownValue {
  const tag = el.localName;
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    const lines: string[] = [];
    // The collection once, not twice per option.
    const options = select.options;
    for (let i = 0; i < options.length; i++) {
      const option = options[i];
      if (option?.selected) lines.push(collapse(option.textContent ?? ''));
    }
    return fromLines(lines);
  }
  if (tag === 'textarea') {
    return fromLines((el as HTMLTextAreaElement).value.split('\n'));
  }
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio')
      return { text: '', lines: [], checked: input.checked };
    return fromLines([input.value]);
  }
  return readShownValue(el);
}

/**
 * Reads the value an element shows. A form control gives its value; an element holding one
 * checkbox (and no other text) gives its state; anything else its text, line by line.
 */
export function readShownValue(root: Element): ShownValue {
  if (isFormControl(root)) return controlValue(root);
  const ariaChecked = ariaCheckedOf(root);
  if (ariaChecked !== undefined) return { text: '', lines: [], checked: ariaChecked };
  return readContent(root);
}

/**
 * readShownValue for an element that is no form control and carries no attribute (so no
 * `aria-checked`): a plain table cell, asked nothing it cannot be (issue 8).
 */
export function readContent(root: Element): ShownValue {
  // One text node or none (most table cells): the walk below would give just this.
  const first = root.firstChild;
  if (first === null) return { text: '', lines: [] };
  if (first.nextSibling === null && first.nodeType === TEXT_NODE) {
    const text = collapse(first.nodeValue ?? '');
    return text === '' ? { text, lines: [] } : { text, lines: [text] };
  }

  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const clean = collapse(line);
    if (clean !== '') lines.push(clean);
    line = '';
  };
  let checkboxes = 0;
  let checked: boolean | undefined;
  let otherControls = 0;
  let machineDate: string | undefined;
  let times = 0;

  // Iterative walk with explicit frames: deep hostile nesting must not overflow the stack,
  // and child lists are indexed rather than followed by nextSibling (slow in some DOMs).
  const frames: Frame[] = [{ el: root, kids: root.childNodes, i: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    const kids = frame.kids;
    if (frame.i >= kids.length) {
      frames.pop();
      if (frames.length > 0 && !isInline(frame.el)) endLine();
      continue;
    }
    const node = kids[frame.i++] as Node;
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') {
      endLine();
      continue;
    }
    // As in scan-page's walk: tag and attribute names read once, not once per question.
    const names = el.hasAttributes() ? el.getAttributeNames() : null;
    const hidden = names !== null && isHiddenByNames(el, tag, names);
    if (tag === 'input' && !hidden) {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        checkboxes++;
        checked = (el as HTMLInputElement).checked;
      } else {
        otherControls++;
        line += ` ${(el as HTMLInputElement).value} `;
      }
      continue;
    }
    if ((tag === 'select' || tag === 'textarea') && !hidden) {
      otherControls++;
      line += ` ${controlValue(el).lines.join(', ')} `;
      continue;
    }
    if (hidden || NOT_TEXT.has(tag)) continue;
    const widget = names ? ariaCheckedOf(el) : undefined;
    if (widget !== undefined) {
      checkboxes++;
      checked = widget;
    }
    if (tag === 'time') {
      times++;
      machineDate = el.getAttribute('datetime') ?? undefined;
    }
    if (!INLINE.has(tag)) endLine();
    frames.push({ el, kids: el.childNodes, i: 0 });
  }
  endLine();

  const value = fromLines(lines);
  if (checkboxes === 1 && otherControls === 0) value.checked = checked;
  if (times === 1 && machineDate) value.machineDate = machineDate;
  return value;
}

interface Frame {
  el: Element;
  kids: NodeListOf<ChildNode>;
  i: number;
}

function ariaCheckedOf(el: Element): boolean | undefined {
  if (!el.hasAttributes()) return undefined;
  const role = el.getAttribute('role');
  if (role !== 'checkbox' && role !== 'switch' && role !== 'radio') return undefined;
  const state = el.getAttribute('aria-checked');
  return state === 'true' ? true : state === 'false' ? false : undefined;
}

function fromLines(raw: readonly string[]): ShownValue {
  const lines = raw.map(collapse).filter((l) => l !== '');
  return { text: lines.join('\n'), lines };
}
