import type { UnreadField } from '../domain/page-read';
import { convert } from './build-page-read';
import { type FieldPath, fieldPath, type ListName, splitFieldPath, valueKindOf } from './fields';
import type { Findings, Found, FoundItem, FoundListName, ValueOptions } from './findings';
import { normaliseLabel } from './normalise-label';
import {
  type LabelledValue,
  readHeaderTable,
  scanPageNoting,
  scanWithin,
  type WalkSpan,
} from './scan-page';
import { GENERIC_SELECTORS } from './selectors';
import { readShownValue, type ShownValue } from './shown-value';
import type { ListSource, PageSpec, RowFilter, SiteProfile, ValueSource } from './site-profile';
import { BUILT_IN_SYNONYMS } from './synonyms';
import { urlMatchesAny } from './url-pattern';

type Scope = Document | Element;
type Row = { headers: readonly string[]; cells: readonly ShownValue[] };
type Lookup = { found: Found } | { missing: true } | { error: string; raw?: string };

/** True when the profile claims this URL. */
export function profileOwns(profile: SiteProfile, url: URL): boolean {
  return urlMatchesAny(url, profile.urls);
}

/** The profile's first page spec whose tests all hold for this page. */
export function pageSpecFor(doc: Document, url: URL, profile: SiteProfile): PageSpec | undefined {
  return profile.pages.find((spec) => {
    if (spec.path !== undefined && !regex(spec.path)?.test(url.pathname)) return false;
    for (const [param, pattern] of Object.entries(spec.query ?? {})) {
      const value = url.searchParams.get(param);
      const re = regex(`^(?:${pattern})$`);
      if (value === null || !re?.test(value)) return false;
    }
    if (spec.selector !== undefined && !safeQuery(doc, spec.selector)) return false;
    if (spec.heading !== undefined) {
      const wanted = normaliseLabel(spec.heading);
      const headings = safeQueryAll(doc, GENERIC_SELECTORS.heading);
      if (!headings.some((h) => normaliseLabel(h.textContent ?? '').includes(wanted))) return false;
    }
    return true;
  });
}

/**
 * Reads a page as a profile's page spec describes it. Everything the spec declares and the
 * page does not show (and the spec does not call optional) is listed as "not found on page".
 */
export function findWithProfile(
  doc: Document,
  url: URL,
  profile: SiteProfile,
  spec: PageSpec,
): Findings {
  const reader = new ProfileReader(doc, url, profile);
  const findings: Findings = {
    pageKind: spec.kind,
    caseValues: {},
    lists: {},
    unread: reader.unread,
  };

  const caseId = reader.lookUp(spec.caseId, 'caseId', doc);
  if ('found' in caseId) findings.caseValues.caseId = caseId.found;
  else reader.report('caseId', caseId, spec.caseId);

  if (spec.childId) {
    const child = reader.lookUp(spec.childId, 'plans.childId', doc);
    if ('found' in child && child.found.shown.text !== '')
      findings.pageChildId = child.found.shown.text;
    else reader.report('plans.childId', child, spec.childId);
  }

  for (const [field, source] of Object.entries(spec.fields ?? {}) as [
    'region' | 'icpcDate' | 'planEndDate',
    ValueSource,
  ][]) {
    const result = reader.lookUp(source, field, doc);
    if ('found' in result) findings.caseValues[field] = result.found;
    else reader.report(field, result, source);
  }

  for (const [list, source] of Object.entries(spec.lists ?? {}) as [FoundListName, ListSource][]) {
    const items = reader.readList(list, source, doc);
    if (items) findings.lists[list] = items;
  }
  return findings;
}

/** What teach-a-field shows before saving a field: the value read there, or why not. */
export type ValuePreview =
  | { ok: true; value: unknown; shown: string }
  | { ok: false; reason: string; raw?: string };

/**
 * Reads one value the way a profile would, for previewing a field being taught: `source` is
 * what would be saved (a selector, a label...), `field` the record field it is for.
 */
export function previewValue(
  doc: Document,
  url: URL,
  field: FieldPath,
  source: ValueSource,
  profile?: SiteProfile,
): ValuePreview {
  const reader = new ProfileReader(doc, url, profile ?? { id: '', name: '', urls: [], pages: [] });
  const result = reader.lookUp(source, field, doc);
  if (!('found' in result)) {
    const reason =
      reader.unread[0]?.reason ?? ('missing' in result ? 'not found on page' : result.error);
    return 'raw' in result && result.raw
      ? { ok: false, reason, raw: result.raw }
      : { ok: false, reason };
  }
  const { list, field: name } = splitFieldPath(field);
  const kind = valueKindOf(list, name);
  if (!kind) return { ok: false, reason: `${field} is not a field this knows` };
  const converted = convert(kind, result.found, field);
  const shown = result.found.shown.text;
  if (converted.ok) return { ok: true, value: converted.value, shown };
  if (converted.blank) return { ok: false, reason: 'blank on this page', raw: shown };
  return { ok: false, reason: converted.reason, raw: converted.raw };
}

class ProfileReader {
  readonly unread: UnreadField[] = [];
  private readonly scans = new Map<
    Scope,
    { pairs: LabelledValue[]; byLabel: Map<string, number[]> }
  >();
  private readonly options = new Map<ValueSource, ValueOptions>();
  private readonly labelSets = new Map<ValueSource, { path: FieldPath; labels: Set<string> }>();
  private readonly spans = new Map<Element, WalkSpan>();
  /** Items a list will read inside an item being read: the only spans its scan notes. */
  private readonly wanted = new Set<Element>();
  /** Those items, found once (see readItem). */
  private readonly itemsWithin = new WeakMap<Element, { selector: string; items: Element[] }>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly url: URL,
    private readonly profile: SiteProfile,
  ) {}

  /** Lists a value the profile expects and the page did not give; each problem once. */
  report(
    path: FieldPath | string,
    result: Lookup,
    source?: { optional?: boolean },
    where?: string,
  ) {
    if ('found' in result) return;
    if ('missing' in result && source?.optional) return;
    const reason = 'missing' in result ? 'not found on page' : result.error;
    const key = `${path}\u0000${where ?? ''}\u0000${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const entry: UnreadField = {
      field: path,
      reason: (where ? `${where}: ${reason}` : reason).slice(0, 300),
    };
    if ('raw' in result && result.raw) entry.raw = result.raw.slice(0, 300);
    this.unread.push(entry);
  }

  readList(
    list: FoundListName | 'actions',
    source: ListSource,
    scope: Scope,
    where?: string,
    path: string = list,
  ): FoundItem[] | undefined {
    const at = source.fromPage ? this.doc : scope;
    const emptyShown = () =>
      source.emptyWhen !== undefined && safeQuery(at, source.emptyWhen) !== null;
    const itemName = (i: number) =>
      where ? `${where}, ${listWord(list)} ${i + 1}` : `${list} item ${i + 1}`;

    if (source.table !== undefined) {
      const tableEl = this.query(at, source.table, path);
      const table = tableEl ? readHeaderTable(tableEl) : undefined;
      if (!table) {
        if (emptyShown()) return [];
        this.report(
          path,
          tableEl ? { error: 'the table has no header row' } : { missing: true },
          source,
          where,
        );
        return undefined;
      }
      if (table.rows.length === 0) {
        if (emptyShown()) return [];
        this.report(
          path,
          { error: 'the table shows no rows and no "none" message' },
          source,
          where,
        );
        return undefined;
      }
      const rows = source.where
        ? table.rows.filter((r) => rowMatches(table.headers, r.cells, source.where as RowFilter))
        : table.rows;
      return rows.map((r, i) =>
        this.readItem(
          list,
          source,
          r.element,
          { headers: table.headers, cells: r.cells },
          itemName(i),
        ),
      );
    }

    if (source.items === undefined) {
      this.report(
        path,
        { error: 'the profile gives neither items nor table for this list' },
        undefined,
        where,
      );
      return undefined;
    }
    const known = isDocument(at) ? undefined : this.itemsWithin.get(at);
    const elements =
      known?.selector === source.items ? known.items : this.queryAll(at, source.items, path);
    if (elements.length === 0) {
      if (emptyShown()) return [];
      this.report(path, { missing: true }, source, where);
      return undefined;
    }
    return elements.map((el, i) => this.readItem(list, source, el, undefined, itemName(i)));
  }

  private readItem(
    list: FoundListName | 'actions',
    source: ListSource,
    element: Element,
    row: Row | undefined,
    where: string,
  ): FoundItem {
    const item: FoundItem = { values: {} };
    // The items of a list inside this one are found first, so that the scan of this item notes
    // where each sits and their own scans reuse it rather than walk them again.
    for (const inner of [source.children, source.actions]) {
      if (inner?.items === undefined || inner.fromPage) continue;
      let items: Element[];
      try {
        items = Array.from(element.querySelectorAll(inner.items));
      } catch {
        continue; // The list's own read says the selector is not valid.
      }
      this.itemsWithin.set(element, { selector: inner.items, items });
      for (const el of items) this.wanted.add(el);
    }
    for (const [field, fieldSource] of Object.entries(source.fields)) {
      const path = fieldPath(list as ListName, field);
      const result = this.lookUp(fieldSource, path, element, row);
      if ('found' in result) item.values[field] = result.found;
      else this.report(path, result, fieldSource, where);
    }
    if (source.children) {
      item.children =
        this.readList('visits', source.children, element, where, 'visits.children') ?? [];
    }
    if (source.actions) {
      item.actions =
        this.readList('actions', source.actions, element, where, 'plans.actions') ?? [];
    }
    return item;
  }

  /** Finds one value where `source` says it is, inside `scope` (or the row, for a column). */
  lookUp(source: ValueSource, path: FieldPath, scope: Scope, row?: Row): Lookup {
    const shown = this.locate(source, path, scope, row);
    if (!('found' in shown)) return shown;
    let { text } = shown.found.shown;
    if (source.pattern !== undefined) {
      const re = regex(source.pattern);
      if (!re) return { error: `the profile's pattern is not a valid regular expression` };
      const m = re.exec(text);
      if (!m) return { error: "does not match the profile's pattern", raw: text };
      text = (m[1] ?? m[0]).trim();
      shown.found.shown = { text, lines: text === '' ? [] : [text] };
    }
    shown.found.options = this.optionsFor(source);
    return shown;
  }

  /** How a source's values are read; one object per source, shared by every item's value. */
  private optionsFor(source: ValueSource): ValueOptions {
    let options = this.options.get(source);
    if (!options) {
      options = {};
      const blank = [...(this.profile.blank ?? []), ...(source.blank ?? [])];
      if (blank.length > 0) options.blank = blank;
      if (source.values) options.values = source.values;
      if (source.yes || source.no) options.yesNo = { yes: source.yes ?? [], no: source.no ?? [] };
      if (source.emptyMeansNone) options.emptyMeansNone = true;
      this.options.set(source, options);
    }
    return options;
  }

  private locate(source: ValueSource, path: FieldPath, scope: Scope, row?: Row): Lookup {
    if (source.path !== undefined) {
      const m = regex(source.path)?.exec(this.url.pathname);
      return m ? fromText(decode(m[1] ?? m[0])) : { missing: true };
    }
    if (source.query !== undefined) {
      const value = this.url.searchParams.get(source.query);
      return value === null ? { missing: true } : fromText(value);
    }
    const inside = source.within !== undefined ? this.query(scope, source.within, path) : scope;
    if (!inside) return { missing: true };

    if (source.column !== undefined) {
      if (row && source.table === undefined) return cellOf(row, source.column);
      if (source.table === undefined || !source.row) {
        return { error: 'the profile gives a column without its table and row' };
      }
      const tableEl = this.query(inside, source.table, path);
      const table = tableEl ? readHeaderTable(tableEl) : undefined;
      if (!table) return { missing: true };
      const filter = source.row;
      const rows = table.rows.filter((r) => rowMatches(table.headers, r.cells, filter));
      const values = rows.map((r) =>
        cellOf({ headers: table.headers, cells: r.cells }, source.column as string | string[]),
      );
      return oneOf(values);
    }

    if (source.selector !== undefined) {
      const el = this.query(inside, source.selector, path);
      if (!el) return { missing: true };
      if (source.attribute !== undefined) {
        const value = el.getAttribute(source.attribute);
        return value === null ? { missing: true } : fromText(value);
      }
      return { found: { shown: readShownValue(el) } };
    }

    const labels = this.labelsFor(source, path);
    if (labels.size === 0) return { error: 'the profile does not say where this value is' };
    return onePairOf(this.pairsLabelled(inside, labels));
  }

  /** The labels (normalised) a source names for a field; worked out once, not per item. */
  private labelsFor(source: ValueSource, path: FieldPath): ReadonlySet<string> {
    const known = this.labelSets.get(source);
    if (known?.path === path) return known.labels;
    const labels = new Set<string>();
    const given =
      source.label === undefined
        ? []
        : typeof source.label === 'string'
          ? [source.label]
          : source.label;
    for (const l of given) labels.add(normaliseLabel(l));
    if (source.synonyms) {
      for (const l of [
        ...(BUILT_IN_SYNONYMS[path] ?? []),
        ...(this.profile.synonyms?.[path] ?? []),
      ]) {
        labels.add(normaliseLabel(l));
      }
    }
    this.labelSets.set(source, { path, labels });
    return labels;
  }

  /** The pairs in `scope` whose label is one of `labels` (normalised), in page order. */
  private pairsLabelled(scope: Scope, labels: ReadonlySet<string>): LabelledValue[] {
    let scan = this.scans.get(scope);
    if (!scan) {
      // An item inside one scanned before (a visit's child inside the visit) is not walked again.
      const { pairs } =
        (isDocument(scope) ? undefined : scanWithin(scope, this.spans)) ??
        scanPageNoting(isDocument(scope) ? (scope.body ?? scope) : scope, this.spans, this.wanted);
      const byLabel = new Map<string, number[]>();
      for (let i = 0; i < pairs.length; i++) {
        const label = normaliseLabel((pairs[i] as LabelledValue).label);
        const at = byLabel.get(label);
        if (at) at.push(i);
        else byLabel.set(label, [i]);
      }
      scan = { pairs, byLabel };
      this.scans.set(scope, scan);
    }
    const hits: number[] = [];
    let lists = 0;
    for (const label of labels) {
      const at = scan.byLabel.get(label);
      if (!at) continue;
      hits.push(...at);
      lists++;
    }
    if (lists > 1) hits.sort((a, b) => a - b);
    const pairs = scan.pairs;
    return hits.map((i) => pairs[i] as LabelledValue);
  }

  private query(scope: Scope, selector: string, path: string): Element | null {
    try {
      return scope.querySelector(selector);
    } catch {
      this.report(path, { error: `the profile's selector "${selector}" is not valid CSS` });
      return null;
    }
  }

  private queryAll(scope: Scope, selector: string, path: string): Element[] {
    try {
      return Array.from(scope.querySelectorAll(selector));
    } catch {
      this.report(path, { error: `the profile's selector "${selector}" is not valid CSS` });
      return [];
    }
  }
}

function listWord(list: string): string {
  return list === 'actions' ? 'action' : list === 'visits' ? 'child' : 'item';
}

/** What tells two values apart: the text shown and, for a box, whether it is ticked. */
function sameness(shown: ShownValue): string {
  return `${shown.text}\u0000${shown.checked}`;
}

/**
 * Several values shown for one field, as a conflict worth saying. Built only when there is one:
 * most fields are shown once, and every item of a long list reads them (issue 8).
 */
function conflictOf(shown: readonly ShownValue[]): Lookup {
  return {
    error: `shown ${shown.length} times with different values`,
    raw: [...new Set(shown.map((v) => v.text || String(v.checked)))].join(' | '),
  };
}

/** One value from several places: the same text everywhere, or a conflict worth saying. */
function oneOf(results: Lookup[]): Lookup {
  const found = results.filter((r): r is { found: Found } => 'found' in r);
  const first = found[0];
  if (!first) return results.find((r) => 'error' in r) ?? { missing: true };
  const key = sameness(first.found.shown);
  if (found.every((f) => sameness(f.found.shown) === key)) return first;
  return conflictOf(found.map((f) => f.found.shown));
}

/** `oneOf` for labelled pairs, without a lookup made for each pair it does not return. */
function onePairOf(pairs: readonly LabelledValue[]): Lookup {
  const first = pairs[0];
  if (!first) return { missing: true };
  if (pairs.length > 1) {
    const key = sameness(first);
    if (!pairs.every((p) => sameness(p) === key)) return conflictOf(pairs);
  }
  return { found: { shown: first, label: first.label } };
}

function cellOf(row: Row, column: string | string[]): Lookup {
  const index = columnIndex(row.headers, column);
  if (index < 0) return { missing: true };
  const cell = row.cells[index];
  return cell ? { found: { shown: cell, label: row.headers[index] } } : { missing: true };
}

/** Which column a header names, worked out once per table (every row shares its headers). */
const columnIndexes = new WeakMap<readonly string[], Map<string | readonly string[], number>>();
function columnIndex(headers: readonly string[], column: string | readonly string[]): number {
  let byColumn = columnIndexes.get(headers);
  if (!byColumn) {
    byColumn = new Map();
    columnIndexes.set(headers, byColumn);
  }
  let index = byColumn.get(column);
  if (index === undefined) {
    const wanted = (typeof column === 'string' ? [column] : column).map(normaliseLabel);
    index = headers.findIndex((h) => wanted.includes(normaliseLabel(h)));
    byColumn.set(column, index);
  }
  return index;
}

function rowMatches(
  headers: readonly string[],
  cells: readonly ShownValue[],
  filter: RowFilter,
): boolean {
  const cell = cellOf({ headers, cells }, filter.column);
  if (!('found' in cell)) return false;
  const said = normaliseLabel(cell.found.shown.text);
  return filter.equals.some((e) => normaliseLabel(e) === said);
}

function fromText(text: string): Lookup {
  const clean = text.trim();
  return { found: { shown: { text: clean, lines: clean === '' ? [] : [clean] } } };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const regexCache = new Map<string, RegExp | null>();
/** A profile's regular expression, compiled once; null when it is not valid. */
function regex(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}

function safeQuery(scope: Scope, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(scope: Scope, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function isDocument(scope: Scope): scope is Document {
  return scope.nodeType === 9;
}
