import type { FieldPath } from './fields';
import { normaliseLabel } from './normalise-label';
import { type LabelledValue, labelText, readHeaderTable, scanPage } from './scan-page';
import type { ValueSource } from './site-profile';

/*
 * Teach a field: the worker clicks a value on a page no profile reads well, and this works out
 * how to find that value again next time, on this page and on the same page of other cases.
 * A selector that only works today (an nth-child chain, a generated id, an id holding a record
 * number) would break the first time the case system re-renders, and a broken selector reads
 * "not found" rather than a wrong value, so robustness here is what makes teaching worth it.
 */

/** The fields a worker can teach, in the words the sidebar offers them. */
export const TEACHABLE_FIELDS = {
  caseId: 'Case ID',
  icpcDate: 'ICPC date (initial child protection conference)',
  planEndDate: 'Plan end date',
  'reviewConferences.date': 'Review conference date',
  'coreGroups.date': 'Core group date',
  'coreGroups.minutesCirculatedDate': 'Core group minutes circulated',
  'visits.date': 'Visit date',
  'visits.seen': 'Child seen (on a visit)',
  'visits.seenAlone': 'Child seen alone (on a visit)',
  'children.dateOfBirth': "Child's date of birth",
} as const satisfies Partial<Record<FieldPath, string>>;
export type TeachableField = keyof typeof TEACHABLE_FIELDS;

export function isTeachableField(value: unknown): value is TeachableField {
  return typeof value === 'string' && Object.hasOwn(TEACHABLE_FIELDS, value);
}

/** A case-level field is shown once on a page; a list field once per item (per meeting...). */
export function isListField(field: TeachableField): boolean {
  return field.includes('.');
}

/** How the value was pinned down, most robust first. */
export type PlaceHow = 'id' | 'label' | 'attribute' | 'structure';

export interface TaughtPlace {
  /** The element holding the value (a label clicked by mistake leads to its value). */
  element: Element;
  /** A selector matching that element and nothing else on the page. */
  selector: string;
  /** How `selector` was built: `structure` is the fragile last resort. */
  selectorHow: Exclude<PlaceHow, 'label'>;
  /**
   * Where a profile should look for a value shown once on the page: the element's id, its
   * label when no other value on the page has that label, a stable attribute, or the selector.
   */
  source: ValueSource;
  how: PlaceHow;
  /**
   * The label, or the column header, the page gives the value. A list field is taught by it
   * (as a synonym): every meeting's date has the same label, none has the same selector.
   */
  label?: string;
  /** Reads this very value (and no other): `selector`, and the pattern below if it needs one. */
  exact: ValueSource;
}

/** Attributes that name what a value is rather than where it happens to be. */
const STABLE_ATTRIBUTES = ['name', 'itemprop', 'aria-label', 'title', 'headers', 'for'];
/** Prefixes of ids and attributes that frameworks generate afresh on each render. */
const GENERATED =
  /^(?:ember|react-|mui-|radix-|headlessui-|ext-gen|yui|gwt-|ng-|:r|__|j_id|ctl\d|id-?\d)/i;
const OWN_MARK = 'data-core-group-lens';

/**
 * True for an id or attribute value that will still name this value tomorrow and on another
 * case: no run of digits (a record number, a date, a generated counter), no framework prefix.
 */
export function isStableName(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed !== value || trimmed.length > 80) return false;
  if (/\d{2,}/.test(trimmed) || GENERATED.test(trimmed)) return false;
  // A long run of hex letters and digits is a hash even without two digits together.
  if (/[0-9a-f]{12,}/i.test(trimmed) && /\d/.test(trimmed)) return false;
  return true;
}

/** A selector for an id: `#id` when it is a plain name, else `[id="…"]`. */
export function idSelector(id: string): string {
  return /^[A-Za-z_][\w-]*$/.test(id) ? `#${id}` : `[id=${cssString(id)}]`;
}

/** A string escaped for a CSS attribute selector's quoted value. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;
}

/** The elements `selector` matches, or none when it is not valid CSS. */
function matchesOf(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function isOnly(doc: Document, selector: string, el: Element): boolean {
  const found = matchesOf(doc, selector);
  return found.length === 1 && found[0] === el;
}

/** The `tag[attr="value"]` selectors naming `el` by one stable attribute, best first. */
function attributeSelectors(el: Element): string[] {
  const tag = el.localName;
  const names = [
    ...STABLE_ATTRIBUTES,
    ...Array.from(el.attributes)
      .map((a) => a.name)
      .filter((n) => (n.startsWith('data-') && n !== OWN_MARK) || n.startsWith('aria-')),
  ];
  const out: string[] = [];
  for (const name of new Set(names)) {
    if (name === 'aria-labelledby' || name === 'aria-describedby' || name === 'aria-hidden') {
      continue;
    }
    const value = el.getAttribute(name);
    if (value === null || !isStableName(value)) continue;
    out.push(`${tag}[${name}=${cssString(value)}]`);
  }
  return out;
}

/** The most robust selector that matches `el` alone: id, stable attribute, anchored path. */
export function robustSelector(el: Element): {
  selector: string;
  how: Exclude<PlaceHow, 'label'>;
} {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id !== null && isStableName(id) && isOnly(doc, idSelector(id), el)) {
    return { selector: idSelector(id), how: 'id' };
  }
  for (const selector of attributeSelectors(el)) {
    if (isOnly(doc, selector, el)) return { selector, how: 'attribute' };
  }
  // Inside the nearest ancestor that has a name of its own, by position: a stable anchor
  // keeps the fragile part short, so a change elsewhere on the page cannot break it.
  const steps = [stepOf(el)];
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    const anchor = anchorOf(parent);
    if (anchor) {
      const selector = [anchor, ...steps].join(' > ');
      if (isOnly(doc, selector, el)) return { selector, how: 'structure' };
    }
    if (parent === doc.body || parent === doc.documentElement) break;
    steps.unshift(stepOf(parent));
  }
  return { selector: ['body', ...steps].join(' > '), how: 'structure' };
}

/** A selector naming `el` by a stable id or attribute, if it has one that is unique. */
function anchorOf(el: Element): string | undefined {
  const doc = el.ownerDocument;
  if (el === doc.body) return 'body';
  const id = el.getAttribute('id');
  if (id !== null && isStableName(id) && isOnly(doc, idSelector(id), el)) {
    return idSelector(id);
  }
  return attributeSelectors(el).find((s) => isOnly(doc, s, el));
}

function stepOf(el: Element): string {
  const tag = el.localName;
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = Array.from(parent.children).filter((c) => c.localName === tag);
  if (same.length === 1) return tag;
  return `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

/**
 * The element holding the value the worker meant. Clicking a label, a `<dt>` or a row's
 * heading cell means its value; clicking inside a value means the whole value.
 */
export function valueElementFor(clicked: Element, pairs?: readonly LabelledValue[]): Element {
  const doc = clicked.ownerDocument;
  const tag = clicked.localName;
  if (tag === 'label') {
    const forId = clicked.getAttribute('for');
    const control =
      (forId ? doc.getElementById(forId) : null) ??
      clicked.querySelector('input, select, textarea');
    if (control) return control;
  }
  if (tag === 'dt') {
    for (let next = clicked.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.localName === 'dd') return next;
      if (next.localName === 'dt') break;
    }
  }
  if (tag === 'th' && clicked.parentElement?.localName === 'tr') {
    const cells = Array.from(clicked.parentElement.children);
    const value = cells[cells.indexOf(clicked) + 1];
    if (cells.length === 2 && value?.localName === 'td') return value;
  }
  const all = pairs ?? scanPage(doc.body ?? doc).pairs;
  // Inside a value: the value. Around exactly one value (its row, its box): that value.
  const holding = all.filter((p) => p.element === clicked || p.element.contains(clicked));
  const innermost = holding.sort((a, b) => (a.element.contains(b.element) ? 1 : -1))[0];
  if (innermost) return innermost.element;
  const inside = all.filter((p) => clicked.contains(p.element));
  if (inside.length === 1 && inside[0]) return inside[0].element;
  // The label half of a label-beside-value pair.
  const said = normaliseLabel(labelText(clicked));
  const beside = all.find(
    (p) =>
      p.element.parentElement === clicked.parentElement &&
      p.element !== clicked &&
      normaliseLabel(p.label) === said,
  );
  return beside?.element ?? clicked;
}

/** The column header above a table cell holding `el`, if its table has a header row. */
export function columnHeaderOf(el: Element): string | undefined {
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const table = cell?.closest('table');
  if (!cell || !row || !table) return undefined;
  const read = readHeaderTable(table);
  if (!read) return undefined;
  const index = read.rows.findIndex((r) => r.element === row);
  if (index < 0) return undefined;
  let column = 0;
  for (const c of Array.from(row.children)) {
    if (c === cell) break;
    if (c.localName === 'td' || c.localName === 'th') {
      const span = Number.parseInt(c.getAttribute('colspan') ?? '1', 10);
      column += Number.isFinite(span) && span > 1 ? span : 1;
    }
  }
  const header = read.headers[column];
  return header ? header : undefined;
}

/**
 * Works out where the clicked value is, for a profile to find it again: see TaughtPlace.
 * `clicked` must be in a document; nothing on the page is changed.
 */
export function placeOf(clicked: Element): TaughtPlace {
  const doc = clicked.ownerDocument;
  const pairs = scanPage(doc.body ?? doc).pairs;
  const element = valueElementFor(clicked, pairs);
  const { selector, how: selectorHow } = robustSelector(element);
  const pair = pairs.find((p) => p.element === element);
  const label = pair?.label ?? columnHeaderOf(element);
  // A "Label: value" line is one element: the value is what follows the label in its text.
  const exact: ValueSource =
    pair?.source === 'text'
      ? { selector, pattern: `^\\s*${escapeRegex(pair.label)}\\s*:\\s*([\\s\\S]+)$` }
      : { selector };
  const place = { element, selector, selectorHow, exact };

  if (selectorHow === 'id') {
    return withLabel({ ...place, source: exact, how: 'id' }, label);
  }
  if (pair) {
    const wanted = normaliseLabel(pair.label);
    const sameLabel = pairs.filter((p) => normaliseLabel(p.label) === wanted);
    if (sameLabel.length === 1) {
      return { ...place, source: { label: pair.label }, how: 'label', label: pair.label };
    }
  }
  return withLabel({ ...place, source: exact, how: selectorHow }, label);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withLabel(place: TaughtPlace, label: string | undefined): TaughtPlace {
  return label ? { ...place, label } : place;
}
