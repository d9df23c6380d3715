import type { UnreadField } from '../domain/page-read';
import type { PageKind } from '../domain/provenance';
import type { CaseField } from './fields';
import type { Found, FoundItem, FoundListName, ValueOptions } from './findings';
import type { PageShown } from './page-shown';
import type { ShownValue } from './shown-value';

/**
 * PageShown as the content script sends it (issue 8). Every cell of a list used to carry its
 * field's label and options again, and `lines` repeated `text`: 1,270 KB for a CareFlow page
 * of 2,000 visit rows, against 138 KB for the built read. Here each distinct label and options
 * object travels once, in a table, and a value refers to it by index; `lines` is left out when
 * it is exactly `[text]`. Only a ShownValue's own fields travel: a reader may hand over a richer
 * object (scan-page.ts pairs carry their element), which was never part of the message.
 * lib/messages/page-shown-schema.ts checks this form on arrival (indexes inside the tables);
 * `fromWire(toWire(shown))` deep-equals `shown` (tests/unit/page-shown-wire.test.ts).
 */
export interface PageShownWire {
  /** Each distinct label once. */
  labels: string[];
  /** Each distinct way of reading values once. */
  options: ValueOptions[];
  findings: FindingsWire;
  path: string;
  readAt: string;
  profileId?: string;
}

/** One shown value, keys kept short because there is one per cell. */
export interface FoundWire {
  /** ShownValue.text */
  t: string;
  /** ShownValue.lines, absent when it is exactly `[t]`. */
  l?: string[];
  /** ShownValue.checked */
  c?: boolean;
  /** ShownValue.machineDate */
  d?: string;
  /** Found.label, as an index into `labels`. */
  n?: number;
  /** Found.options, as an index into `options`. */
  o?: number;
}

export interface FoundItemWire {
  values: Record<string, FoundWire>;
  children?: FoundItemWire[];
  actions?: FoundItemWire[];
}

export interface FindingsWire {
  pageKind: PageKind;
  caseValues: Partial<Record<CaseField, FoundWire>>;
  pageChildId?: string;
  lists: Partial<Record<FoundListName, FoundItemWire[]>>;
  unread: UnreadField[];
}

/**
 * Hands out each entry's index in `entries`, adding it the first time. Readers share one
 * options object per source, so the object itself is looked up first; equal objects made apart
 * still travel once (by their JSON, a string key, which no object key can be mistaken for).
 */
function indexer<T extends object>(entries: T[]): (entry: T) => number {
  const seen = new Map<unknown, number>();
  return (entry) => {
    let at = seen.get(entry);
    if (at === undefined) {
      const json = JSON.stringify(entry);
      at = seen.get(json) ?? entries.push(entry) - 1;
      seen.set(json, at);
      seen.set(entry, at);
    }
    return at;
  };
}

export function toWire(shown: PageShown): PageShownWire {
  const labels: string[] = [];
  const labelAt = new Map<string, number>();
  const options: ValueOptions[] = [];
  const optionsAt = indexer(options);
  const found = (f: Found): FoundWire => {
    const { text, lines, checked, machineDate } = f.shown;
    const out: FoundWire = { t: text };
    if (!(lines.length === 1 && lines[0] === text)) out.l = lines;
    if (checked !== undefined) out.c = checked;
    if (machineDate !== undefined) out.d = machineDate;
    if (f.label !== undefined) {
      let at = labelAt.get(f.label);
      if (at === undefined) {
        at = labels.push(f.label) - 1;
        labelAt.set(f.label, at);
      }
      out.n = at;
    }
    if (f.options !== undefined) out.o = optionsAt(f.options);
    return out;
  };
  const item = (i: FoundItem): FoundItemWire => {
    const values: [string, FoundWire][] = [];
    for (const [field, f] of Object.entries(i.values)) {
      if (f !== undefined) values.push([field, found(f)]);
    }
    // fromEntries, not assignment: a field named "__proto__" stays a field.
    const out: FoundItemWire = { values: Object.fromEntries(values) };
    if (i.children) out.children = i.children.map(item);
    if (i.actions) out.actions = i.actions.map(item);
    return out;
  };
  const { findings } = shown;
  const caseValues: FindingsWire['caseValues'] = {};
  for (const [field, f] of Object.entries(findings.caseValues) as [CaseField, Found][]) {
    if (f !== undefined) caseValues[field] = found(f);
  }
  const lists: FindingsWire['lists'] = {};
  for (const [name, items] of Object.entries(findings.lists) as [FoundListName, FoundItem[]][]) {
    if (items !== undefined) lists[name] = items.map(item);
  }
  const wireFindings: FindingsWire = {
    pageKind: findings.pageKind,
    caseValues,
    lists,
    unread: findings.unread,
  };
  if (findings.pageChildId !== undefined) wireFindings.pageChildId = findings.pageChildId;
  const wire: PageShownWire = {
    labels,
    options,
    findings: wireFindings,
    path: shown.path,
    readAt: shown.readAt,
  };
  if (shown.profileId !== undefined) wire.profileId = shown.profileId;
  return wire;
}

/** The first index in `wire` outside its tables, said as a reason; undefined when all are inside. */
export function badIndex(wire: PageShownWire): string | undefined {
  const check = (f: FoundWire, at: string): string | undefined => {
    if (f.n !== undefined && f.n >= wire.labels.length) {
      return `${at}: label ${f.n} is not among the message's ${wire.labels.length} labels`;
    }
    if (f.o !== undefined && f.o >= wire.options.length) {
      return `${at}: options ${f.o} are not among the message's ${wire.options.length} options`;
    }
    return undefined;
  };
  const inItems = (items: FoundItemWire[] | undefined, at: string): string | undefined => {
    for (const [i, item] of (items ?? []).entries()) {
      for (const [field, f] of Object.entries(item.values)) {
        const bad = check(f, `${at}[${i}].${field}`);
        if (bad) return bad;
      }
      const bad =
        inItems(item.children, `${at}[${i}].children`) ??
        inItems(item.actions, `${at}[${i}].actions`);
      if (bad) return bad;
    }
    return undefined;
  };
  for (const [field, f] of Object.entries(wire.findings.caseValues)) {
    const bad = f && check(f, field);
    if (bad) return bad;
  }
  for (const [name, items] of Object.entries(wire.findings.lists)) {
    const bad = inItems(items, name);
    if (bad) return bad;
  }
  return undefined;
}

export function fromWire(wire: PageShownWire): PageShown {
  const found = (f: FoundWire): Found => {
    const shown: ShownValue = { text: f.t, lines: f.l ?? [f.t] };
    if (f.c !== undefined) shown.checked = f.c;
    if (f.d !== undefined) shown.machineDate = f.d;
    const out: Found = { shown };
    if (f.n !== undefined) out.label = entry(wire.labels, f.n, 'label');
    if (f.o !== undefined) out.options = entry(wire.options, f.o, 'options');
    return out;
  };
  const item = (i: FoundItemWire): FoundItem => {
    const values = Object.fromEntries(Object.entries(i.values).map(([k, f]) => [k, found(f)]));
    const out: FoundItem = { values };
    if (i.children) out.children = i.children.map(item);
    if (i.actions) out.actions = i.actions.map(item);
    return out;
  };
  const { findings } = wire;
  const caseValues = Object.fromEntries(
    Object.entries(findings.caseValues).flatMap(([k, f]) => (f ? [[k, found(f)]] : [])),
  ) as PageShown['findings']['caseValues'];
  const lists = Object.fromEntries(
    Object.entries(findings.lists).flatMap(([k, items]) => (items ? [[k, items.map(item)]] : [])),
  ) as PageShown['findings']['lists'];
  const shown: PageShown = {
    findings: { pageKind: findings.pageKind, caseValues, lists, unread: findings.unread },
    path: wire.path,
    readAt: wire.readAt,
  };
  if (findings.pageChildId !== undefined) shown.findings.pageChildId = findings.pageChildId;
  if (wire.profileId !== undefined) shown.profileId = wire.profileId;
  return shown;
}

/** The schema refuses a message with an index outside its tables; this is the last guard. */
function entry<T>(table: readonly T[], at: number, what: string): T {
  const value = table[at];
  if (value === undefined) throw new Error(`${what} ${at} is not in the message`);
  return value;
}
