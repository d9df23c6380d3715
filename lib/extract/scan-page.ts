import { GENERIC_SELECTORS } from './selectors';
import {
  collapse,
  controlValue,
  isFormControl,
  isHiddenByMarkup,
  isHiddenByNames,
  isInlineTag,
  isNotTextTag,
  readContent,
  readShownValue,
  type ShownValue,
} from './shown-value';

/** How a label was tied to its value; teach-a-field shows it, tests check each. */
export type PairSource =
  | 'dl'
  | 'table-row'
  | 'label-for'
  | 'label-wrap'
  | 'aria-labelledby'
  | 'aria-label'
  | 'fieldset'
  | 'adjacent'
  | 'text';

/** A label and the value beside it, as the page shows them. */
export interface LabelledValue extends ShownValue {
  label: string;
  source: PairSource;
  /** The element holding the value, to highlight it or build a selector for it. */
  element: Element;
}

/** A table with a header row: one array of cells per row, lined up with `headers`. */
export interface ReadTable {
  element: Element;
  headers: string[];
  rows: ReadTableRow[];
}

export interface ReadTableRow {
  element: Element;
  cells: ShownValue[];
}

export interface PageScan {
  pairs: LabelledValue[];
  tables: ReadTable[];
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const LONGEST_LABEL = 80;
const MOST_COLUMNS = 60;
/** Inside these, label/value structure is read from the markup, not from "Label: value" text. */
const STRUCTURED = new Set(['dl', 'label', 'legend']);
const LABEL_THEN_VALUE = /^([^:]{1,80}?)\s*:\s*(.+)$/s;
/** True for text with something besides white space (as `text.trim() !== ''`). */
const NOT_BLANK = /\S/;

interface Frame {
  el: Element | null;
  /** The next child node to visit. */
  next: Node | null;
  /** The frame around an element given as the root: it visits that element only. */
  single: boolean;
  block: boolean;
  structured: boolean;
  /** Element children that show something, the first two kept for the label-beside-value rule. */
  shown: number;
  first: Element | null;
  second: Element | null;
  directText: boolean;
  hasBlockInside: boolean;
  kidsHaveBlocks: boolean;
  /** Where the element's findings start in the walk's lists (see TreeWalk.marks), or -1. */
  start: number;
}

/**
 * What one walk of a tree found before labels are tied to their controls, each list in walk
 * order (so what was found inside one element is a slice of each): the pairs the walk itself
 * makes, labels, `aria-labelledby` elements, fieldsets, ids and the elements holding them,
 * tables; and the order elements were met in.
 */
type Lists = [LabelledValue[], Element[], Element[], Element[], string[], Element[], ReadTable[]];
interface TreeWalk {
  lists: Lists;
  order: Map<Element, number>;
  /**
   * The lists' lengths where noted spans start and end, one number per list a time, in one flat
   * array: an array per element made the garbage collector a quarter of the read (issue 8).
   */
  marks: number[];
  /** Each label's pair as the walk's own scan made it, for scans of a span to reuse. */
  labelPairs: Map<Element, { target: Element; pair: LabelledValue | null }>;
}

/**
 * Where one element's findings sit in a walk's lists. Only for an element a fresh scan of it
 * would walk exactly alike: a block (its text lines start and end with it) met outside any
 * structured element (whose inside is read from markup, not from lines) and not hidden.
 */
export interface WalkSpan {
  walk: TreeWalk;
  /** Where the span's start and end sit in walk.marks. */
  start: number;
  end: number;
}

/** Notes the lists' current lengths in walk.marks; gives where they were put. */
function mark(walk: TreeWalk): number {
  const at = walk.marks.length;
  const lists = walk.lists;
  for (let k = 0; k < lists.length; k++) walk.marks.push((lists[k] as unknown[]).length);
  return at;
}

/**
 * Reads every label/value pair and header-row table under `root` in one walk of the tree,
 * with no layout reads, so a 2,000-row page costs about what one `querySelectorAll('*')` does.
 */
export function scanPage(root: ParentNode): PageScan {
  const walk = walkTree(root);
  return pairUp(walk, undefined);
}

/**
 * scanPage(root), also noting in `spans` where each element's findings sit, so that
 * `scanWithin` can give any of them the scan it would get on its own without walking again.
 * With `wanted`, only those elements' spans are noted (the rest are never asked for, and
 * noting every block cost more than the walk: issue 8); an element not noted is scanned afresh.
 */
export function scanPageNoting(
  root: ParentNode,
  spans: Map<Element, WalkSpan>,
  wanted?: ReadonlySet<Element>,
): PageScan {
  return pairUp(walkTree(root, spans, wanted), undefined);
}

/** scanPage(el) from a walk that went through it (see scanPageNoting), or undefined. */
export function scanWithin(
  el: Element,
  spans: ReadonlyMap<Element, WalkSpan>,
): PageScan | undefined {
  const span = spans.get(el);
  return span ? pairUp(span.walk, span) : undefined;
}

function walkTree(
  root: ParentNode,
  spans?: Map<Element, WalkSpan>,
  wanted?: ReadonlySet<Element>,
): TreeWalk {
  const walk: TreeWalk = {
    lists: [[], [], [], [], [], [], []],
    order: new Map(),
    marks: [],
    labelPairs: new Map(),
  };
  const [pairs, labels, labelledBy, fieldsets, idNames, idElements, tables] = walk.lists;
  const order = walk.order;
  let structuredDepth = 0;

  // The open lines as a stack of owners; only the innermost line's text is being built (an
  // outer line's text ended when its inner block started), so one string does for all.
  const owners: (Element | null)[] = [null];
  let owner: Element | null = null;
  let lineText = '';
  const endLine = () => {
    const text = lineText;
    lineText = '';
    if (structuredDepth > 0 || !owner || text.indexOf(':') < 0) return;
    const m = LABEL_THEN_VALUE.exec(collapse(text));
    if (!m) return;
    const label = m[1] as string;
    const value = (m[2] as string).trim();
    // "https://…" is an address, not a label.
    if (value === '' || value.startsWith('//') || !/\p{L}/u.test(label)) return;
    pairs.push({ label, text: value, lines: [value], source: 'text', element: owner });
  };

  // An element passed as the root is read too (a table given as the scope is still a table).
  // Frames are reused by depth rather than made per element (the garbage collector's share).
  const frames: Frame[] = [newFrame()];
  setFrame(frames[0] as Frame, null, isElement(root) ? root : root.firstChild, isElement(root));
  let depth = 0;
  let counter = 0;
  while (depth >= 0) {
    const frame = frames[depth] as Frame;
    const node = frame.next;
    if (node === null) {
      depth--;
      const el = frame.el;
      if (!el) continue;
      if (frame.block) {
        endLine();
        owners.pop();
        owner = owners[owners.length - 1] as Element | null;
      }
      if (frame.structured) structuredDepth--;
      const parent = depth >= 0 ? frames[depth] : undefined;
      if (parent) {
        parent.hasBlockInside ||= frame.block || frame.hasBlockInside;
        parent.kidsHaveBlocks ||= frame.hasBlockInside;
      }
      if (structuredDepth === 0) readLabelBesideValue(frame, pairs);
      if (spans && frame.start >= 0) spans.set(el, { walk, start: frame.start, end: mark(walk) });
      continue;
    }
    frame.next = frame.single ? null : node.nextSibling;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const text = (node as Text).data;
      lineText += text;
      if (!frame.directText && NOT_BLANK.test(text)) frame.directText = true;
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.localName;
    // The tag and attribute names are read once and passed on: a DOM call per question asked
    // of every element made the walk many times one bare walk (issue 8).
    const names = el.hasAttributes() ? el.getAttributeNames() : null;
    if (names && isHiddenByNames(el, tag, names)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    order.set(el, counter++);
    let labelledByIds = false;
    if (names) {
      const id = names.includes('id') ? el.getAttribute('id') : null;
      if (id) {
        idNames.push(id);
        idElements.push(el);
      }
      labelledByIds = names.includes('aria-labelledby');
      if (labelledByIds) labelledBy.push(el);
    }

    if (tag === 'input' || tag === 'select' || tag === 'textarea') {
      countShown(frame, el);
      const ariaLabel = names?.includes('aria-label') ? el.getAttribute('aria-label') : null;
      if (ariaLabel && !isRadio(el)) {
        pairs.push({
          label: collapse(ariaLabel),
          source: 'aria-label',
          element: el,
          ...controlValue(el),
        });
      }
      continue;
    }
    // isNotText, less the markup test already made.
    if (isNotTextTag(tag)) continue;
    countShown(frame, el);
    const block = !isInlineTag(tag);
    if (block) {
      endLine();
      owner = el;
      owners.push(el);
    }
    const structured = STRUCTURED.has(tag) || labelledByIds;
    depth++;
    let child = frames[depth];
    if (!child) {
      child = newFrame();
      frames.push(child);
    }
    setFrame(child, el, el.firstChild, false, block, structured);
    // Noted before the element's own findings (a table's rows, a list's pairs) are added.
    if (spans && block && structuredDepth === 0 && (!wanted || wanted.has(el))) {
      child.start = mark(walk);
    }
    if (tag === 'dl') readDescriptionList(el, pairs);
    else if (tag === 'table') readTable(el, pairs, tables);
    else if (tag === 'label') labels.push(el);
    else if (tag === 'fieldset') fieldsets.push(el);
    if (structured) structuredDepth++;
  }
  return walk;
}

/**
 * The second step of a scan: labels tied to their controls, `aria-labelledby` and radio groups
 * read, and every pair put in page order, for the whole walk or the span of one element in it.
 */
function pairUp(walk: TreeWalk, span: WalkSpan | undefined): PageScan {
  const marks = walk.marks;
  const [pairs, labels, labelledBy, fieldsets, idNames, idElements, tables] = walk.lists.map(
    (list: unknown[], k) =>
      span ? list.slice(marks[span.start + k], marks[span.end + k]) : list.slice(),
  ) as Lists;
  const ids = new Map<string, Element>();
  idNames.forEach((id, i) => {
    if (!ids.has(id)) ids.set(id, idElements[i] as Element);
  });

  const labelFor = new Map<string, Element>();
  const forIds: (string | null)[] = [];
  for (const label of labels) {
    const target = label.getAttribute('for');
    forIds.push(target);
    if (target) labelFor.set(target, label);
  }
  const choiceText = (radio: Element): string => {
    const wrapping = radio.closest(GENERIC_SELECTORS.wrappingLabel);
    const id = radio.getAttribute('id');
    const label = wrapping ?? (id ? labelFor.get(id) : undefined);
    if (label) return labelText(label);
    if (radio.getAttribute('role') === 'radio') return collapse(radio.textContent ?? '');
    return collapse(radio.getAttribute('aria-label') ?? radio.getAttribute('value') ?? '');
  };

  // A label's pair depends on nothing but the label and its target: when a scan of a span finds
  // the same target as a scan before it in this walk did, that pair is the one (issue 8: a
  // visit's children were read twice, once in the visit's scan and once each on their own).
  const labelPairs = walk.labelPairs;
  for (let l = 0; l < labels.length; l++) {
    const label = labels[l] as Element;
    const forId = forIds[l] as string | null;
    const target = forId ? ids.get(forId) : label.querySelector(GENERIC_SELECTORS.control);
    if (!target) continue;
    const known = labelPairs.get(label);
    if (known && known.target === target) {
      if (known.pair) pairs.push(known.pair);
      continue;
    }
    const pair = labelPair(label, target, forId);
    labelPairs.set(label, { target, pair });
    if (pair) pairs.push(pair);
  }
  for (const el of labelledBy) {
    const label = (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => ids.get(id))
      .filter((l): l is Element => l !== undefined && l !== el)
      .map(labelText)
      .join(' ');
    if (label === '') continue;
    const value =
      el.getAttribute('role') === 'radiogroup' || el.localName === 'fieldset'
        ? readChoice(el, choiceText)
        : isFormControl(el)
          ? controlValue(el)
          : readShownValue(el);
    pairs.push({ label, source: 'aria-labelledby', element: el, ...value });
  }
  for (const fieldset of fieldsets) {
    if (fieldset.hasAttribute('aria-labelledby')) continue;
    const legend = firstChildNamed(fieldset, 'legend');
    if (!legend || !fieldset.querySelector(GENERIC_SELECTORS.radio)) continue;
    const label = labelText(legend);
    if (label !== '') {
      pairs.push({
        label,
        source: 'fieldset',
        element: fieldset,
        ...readChoice(fieldset, choiceText),
      });
    }
  }

  // Each pair's place looked up once, not at every comparison; ties keep the order found.
  const order = walk.order;
  const places = pairs.map((p, i) => ({
    p,
    at: order.get(p.element) ?? Number.MAX_SAFE_INTEGER,
    i,
  }));
  places.sort((a, b) => a.at - b.at || a.i - b.i);
  return { pairs: withoutEchoes(places.map((x) => x.p)), tables };
}

/** The pair a label makes with its target, or null when the target is no value it names. */
function labelPair(label: Element, target: Element, forId: string | null): LabelledValue | null {
  if (isRadio(target) || isHiddenByMarkup(target)) return null;
  const text = labelText(label);
  if (text === '') return null;
  const value = isFormControl(target) ? controlValue(target) : readShownValue(target);
  return { label: text, source: forId ? 'label-for' : 'label-wrap', element: target, ...value };
}

/** One table read on its own: its header row and body rows, or undefined without a header row. */
export function readHeaderTable(table: Element): ReadTable | undefined {
  const tables: ReadTable[] = [];
  readTable(table, [], tables);
  return tables[0];
}

/** Label/value pairs on the page (see scanPage). */
export function readLabelledValues(root: ParentNode): LabelledValue[] {
  return scanPage(root).pairs;
}

/** Tables with a header row on the page (see scanPage). */
export function readTables(root: ParentNode): ReadTable[] {
  return scanPage(root).tables;
}

function newFrame(): Frame {
  const frame = {} as Frame;
  setFrame(frame, null, null, false);
  return frame;
}

function setFrame(
  frame: Frame,
  el: Element | null,
  next: Node | null,
  single: boolean,
  block = false,
  structured = false,
) {
  frame.el = el;
  frame.next = next;
  frame.single = single;
  frame.block = block;
  frame.structured = structured;
  frame.shown = 0;
  frame.first = null;
  frame.second = null;
  frame.directText = false;
  frame.hasBlockInside = false;
  frame.kidsHaveBlocks = false;
  frame.start = -1;
}

function countShown(frame: Frame, el: Element) {
  frame.shown++;
  if (frame.first === null) frame.first = el;
  else if (frame.second === null) frame.second = el;
}

/** `<div><span>ICPC date</span><span>17/12/2026</span></div>`: two plain parts side by side. */
function readLabelBesideValue(frame: Frame, pairs: LabelledValue[]) {
  const el = frame.el;
  if (!el || frame.shown !== 2 || frame.directText || frame.kidsHaveBlocks) return;
  if (frame.structured || el.localName === 'tr' || el.localName === 'p') return;
  const first = frame.first as Element;
  const second = frame.second as Element;
  // Labels and controls are paired by their own rules (label-for, wrapping label).
  if (isFormControl(first) || first.localName === 'label' || second.localName === 'label') return;
  const label = labelText(first);
  if (label === '' || label.length > LONGEST_LABEL) return;
  const value = isFormControl(second) ? controlValue(second) : readShownValue(second);
  if (value.text === '' && value.checked === undefined) return;
  pairs.push({ label, source: 'adjacent', element: second, ...value });
}

function readDescriptionList(dl: Element, pairs: LabelledValue[]) {
  let label: string | undefined;
  let values: { el: Element; value: ShownValue }[] = [];
  const flush = () => {
    const first = values[0];
    if (label && first) {
      const lines = values.flatMap((v) => v.value.lines);
      const one = values.length === 1 ? first.value : { text: lines.join('\n'), lines };
      pairs.push({ label, source: 'dl', element: first.el, ...one });
    }
    values = [];
  };
  const visit = (children: HTMLCollection) => {
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Element;
      if (isHiddenByMarkup(child)) continue;
      if (child.localName === 'dt') {
        flush();
        label = labelText(child);
      } else if (child.localName === 'dd') {
        values.push({ el: child, value: readShownValue(child) });
      } else if (child.localName === 'div') {
        visit(child.children);
      }
    }
  };
  visit(dl.children);
  flush();
}

function readTable(table: Element, pairs: LabelledValue[], tables: ReadTable[]) {
  // A grid of plain text cells (most case-system grids) is read with one native check and a
  // `textContent` per cell rather than a walk of each cell's nodes: readContent gives exactly
  // the collapsed text of a cell whose children are all text (issue 8).
  const plain = table.querySelector(GENERIC_SELECTORS.notPlainCell) === null;
  const rows: { el: Element; inHead: boolean; cells: Element[] }[] = [];
  // Sibling pointers, not indexed live collections (`children[i]`): half the time on a grid.
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const tag = part.localName;
    if (tag === 'tr') rows.push({ el: part, inHead: false, cells: shownCellsOf(part, plain) });
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (let row = part.firstElementChild; row; row = row.nextElementSibling) {
        if (row.localName === 'tr') {
          rows.push({ el: row, inHead: tag === 'thead', cells: shownCellsOf(row, plain) });
        }
      }
    }
  }

  let headerIndex = -1;
  for (let i = 0; i < rows.length; i++)
    if ((rows[i] as { inHead: boolean }).inHead) headerIndex = i;
  if (headerIndex < 0 && rows[0]) {
    const cells = rows[0].cells;
    if (cells.length >= 2 && cells.every((c) => c.localName === 'th')) headerIndex = 0;
  }

  // Rows of a label and one value: `<th>ICPC date</th><td>…</td>`, or two plain cells in a
  // table with no header row.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as { inHead: boolean; cells: Element[] };
    if (i === headerIndex || row.inHead || row.cells.length !== 2) continue;
    const [first, second] = row.cells as [Element, Element];
    if (second.localName !== 'td') continue;
    if (headerIndex >= 0 && first.localName !== 'th') continue;
    const label = labelText(first);
    if (label === '' || label.length > LONGEST_LABEL) continue;
    pairs.push({ label, source: 'table-row', element: second, ...readShownValue(second) });
  }
  if (headerIndex < 0) return;

  const headerRow = rows[headerIndex] as { cells: Element[] };
  const headers: string[] = [];
  for (const cell of headerRow.cells) {
    const span = spanOf(cell, 'colspan');
    headers.push(labelText(cell));
    for (let s = 1; s < span; s++) headers.push('');
  }
  if (headers.length > MOST_COLUMNS) headers.length = MOST_COLUMNS;
  const width = headers.length;
  const read: ReadTableRow[] = [];
  // A cell spanning rows fills its column in the rows below, so later cells stay in line.
  const carried: { value: ShownValue; rowsLeft: number }[] = [];
  let carrying = false;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] as { el: Element; inHead: boolean; cells: Element[] };
    if (row.inHead) continue;
    const cells = row.cells;
    const out: ShownValue[] = [];
    let col = 0;
    const fillCarried = () => {
      while (col < width && (carried[col]?.rowsLeft ?? 0) > 0) {
        const carry = carried[col] as { value: ShownValue; rowsLeft: number };
        out[col] = carry.value;
        carry.rowsLeft--;
        col++;
      }
    };
    let spansAll = false;
    let allHeaders = true;
    for (const cell of cells) {
      if (cell.localName !== 'th') allHeaders = false;
      if (carrying) fillCarried();
      if (col >= width) break;
      const bare = plain || !cell.hasAttributes();
      const colspan = bare ? 1 : spanOf(cell, 'colspan');
      const rowspan = bare ? 1 : spanOf(cell, 'rowspan');
      if (colspan >= width && cells.length === 1) spansAll = true;
      const value = plain ? textOf(cell) : bare ? readContent(cell) : readShownValue(cell);
      for (let s = 0; s < colspan && col < width; s++, col++) {
        out[col] = s === 0 ? value : { text: '', lines: [] };
        if (rowspan > 1) {
          carried[col] = { value: out[col] as ShownValue, rowsLeft: rowspan - 1 };
          carrying = true;
        }
      }
    }
    if (carrying) fillCarried();
    // "No visits recorded" across the whole table, or a group heading: not a data row.
    if (spansAll || (allHeaders && cells.every((c) => c.localName === 'th'))) continue;
    for (let c = 0; c < width; c++) out[c] ??= { text: '', lines: [] };
    read.push({ element: row.el, cells: out });
  }
  tables.push({ element: table, headers, rows: read });
}

/** readContent of a cell whose children are all text: its text, collapsed. */
function textOf(cell: Element): ShownValue {
  const text = collapse(cell.textContent ?? '');
  return text === '' ? { text, lines: [] } : { text, lines: [text] };
}

/**
 * A row's cells that show: `td` and `th`, unless hidden by markup. A plain grid has no cell
 * hidden by markup (see GENERIC_SELECTORS.notPlainCell), so its cells are not asked.
 */
function shownCellsOf(row: Element, plain: boolean): Element[] {
  const cells: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.localName;
    if ((tag === 'td' || tag === 'th') && (plain || !isHiddenByMarkup(c))) cells.push(c);
  }
  return cells;
}

function spanOf(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MOST_COLUMNS) : 1;
}

/** A label's own words: without the value of a control inside it, or a trailing colon. */
export function labelText(el: Element): string {
  const frames: { kids: NodeListOf<ChildNode>; i: number }[] = [{ kids: el.childNodes, i: 0 }];
  let text = '';
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as { kids: NodeListOf<ChildNode>; i: number };
    if (frame.i >= frame.kids.length) {
      frames.pop();
      continue;
    }
    const node = frame.kids[frame.i++] as Node;
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      const tag = child.localName;
      if (tag === 'input' || isNotTextTag(tag) || isHiddenByMarkup(child)) continue;
      text += ' ';
      frames.push({ kids: child.childNodes, i: 0 });
    }
  }
  return collapse(text).replace(/\s*[:*]+\s*$/, '');
}

function readChoice(group: Element, choiceText: (radio: Element) => string): ShownValue {
  const radios = group.querySelectorAll(GENERIC_SELECTORS.radio);
  for (const radio of Array.from(radios)) {
    const on =
      radio.localName === 'input'
        ? (radio as HTMLInputElement).checked
        : radio.getAttribute('aria-checked') === 'true';
    if (on) {
      const text = choiceText(radio);
      return { text, lines: text === '' ? [] : [text] };
    }
  }
  return { text: '', lines: [] };
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === ELEMENT_NODE;
}

function isRadio(el: Element): boolean {
  return (
    (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio') ||
    el.getAttribute('role') === 'radio'
  );
}

function firstChildNamed(el: Element, tag: string): Element | undefined {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === tag) return child;
  }
  return undefined;
}

/**
 * The same label and value found twice is one value: a `Label: value` line that is also a
 * structured pair gives way to it, and a control labelled twice (`<label for>` and
 * `aria-labelledby`) counts once.
 */
function withoutEchoes(pairs: LabelledValue[]): LabelledValue[] {
  if (pairs.length < 2) return pairs;
  // Each pair's key worked out once; a pair's element holds one key far more often than two,
  // so a Set is made only for an element that holds a second (issue 8: every item of a long
  // list passes through here).
  const keys = pairs.map(
    (p) => `${p.label.toLowerCase()}\u0000${p.text}\u0000${String(p.checked)}`,
  );
  const structured = new Map<string, LabelledValue[]>();
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i] as LabelledValue;
    if (p.source === 'text') continue;
    const key = keys[i] as string;
    const twins = structured.get(key);
    if (twins) twins.push(p);
    else structured.set(key, [p]);
  }
  const seen = new Map<Element, string | Set<string>>();
  return pairs.filter((p, i) => {
    const key = keys[i] as string;
    if (p.source === 'text') {
      const twins = structured.get(key);
      if (!twins) return true;
      // Bounded: a page of a thousand identical rows must not make this quadratic.
      const bound = Math.min(twins.length, 50);
      for (let t = 0; t < bound; t++) {
        if (p.element.contains((twins[t] as LabelledValue).element)) return false;
      }
      return true;
    }
    const held = seen.get(p.element);
    if (held === undefined) {
      seen.set(p.element, key);
      return true;
    }
    if (typeof held === 'string') {
      if (held === key) return false;
      seen.set(p.element, new Set([held, key]));
      return true;
    }
    if (held.has(key)) return false;
    held.add(key);
    return true;
  });
}
