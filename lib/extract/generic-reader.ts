import type { PageReadInput, UnreadField } from '../domain/page-read';
import type { PageKind } from '../domain/provenance';
import { buildPageRead } from './build-page-read';
import {
  CASE_FIELDS,
  type CaseField,
  type FieldPath,
  type ListName,
  PLAN_SECTIONS,
  splitFieldPath,
} from './fields';
import type { Findings, Found, FoundItem, FoundListName } from './findings';
import { normaliseLabel } from './normalise-label';
import { readContext } from './read-context';
import { type LabelledValue, type ReadTable, scanPage } from './scan-page';
import {
  BUILT_IN_INDEX,
  BUILT_IN_SYNONYMS,
  buildSynonymIndex,
  type SynonymIndex,
  type Synonyms,
} from './synonyms';

export { type LabelledValue, type ReadTable, readLabelledValues, readTables } from './scan-page';

export interface GenericReadOptions {
  /** Labels to add to the built-in synonyms (a profile's own). */
  synonyms?: Synonyms;
  /** When the read happens (tests pass a fixed time). */
  now?: Date;
}

/**
 * A table is read as a list when at least this many of its columns name fields of that list,
 * one of them a field no other list has ("Seen alone" makes a table of visits).
 */
const MIN_COLUMNS = 2;

/**
 * Reads a page no profile describes: label/value pairs and header-row tables, mapped through
 * the synonym list. Null when nothing case-like is there (and so no sidebar), and also when
 * something is but no case id is shown (readPage says which).
 */
export function readGenericPage(
  doc: Document,
  url: URL,
  options: GenericReadOptions = {},
): PageReadInput | null {
  const findings = findGeneric(doc, options.synonyms);
  if (!findings) return null;
  const result = buildPageRead(findings, readContext(url, options.now));
  return result.kind === 'case-page' ? result.read : null;
}

/** What the generic reader finds on a page, before parsing; null when nothing case-like. */
export function findGeneric(doc: Document, synonyms?: Synonyms): Findings | null {
  const index = synonyms ? buildSynonymIndex(BUILT_IN_SYNONYMS, synonyms) : BUILT_IN_INDEX;
  const { pairs, tables } = scanPage(doc.body ?? doc);
  const unread: UnreadField[] = [];

  const labelled = pairs
    .map((pair) => ({ pair, fields: index.get(normaliseLabel(pair.label)) ?? [] }))
    .filter((p) => p.fields.length > 0);
  const readTables = tables
    .map((table) => classifyTable(table, index))
    .filter((t): t is ClassifiedTable => t !== undefined);

  // Lists a page clearly shows: a label or table only that list uses ("Seen alone").
  const shown = new Set<ListName>();
  for (const { fields } of labelled) {
    const lists = new Set(fields.map((f) => splitFieldPath(f).list));
    if (lists.size === 1) {
      const [only] = lists;
      if (only) shown.add(only);
    }
  }
  for (const t of readTables) shown.add(t.list);

  const caseValues: Partial<Record<CaseField, Found[]>> = {};
  const pairItems: Partial<Record<ListName, { field: string; pair: LabelledValue }[]>> = {};
  for (const { pair, fields } of labelled) {
    const field = resolve(fields, shown);
    if (!field) continue;
    const { list, field: name } = splitFieldPath(field);
    if (!list) {
      const key = name as CaseField;
      caseValues[key] = [...(caseValues[key] ?? []), { shown: pair, label: pair.label }];
    } else {
      const entries = pairItems[list] ?? [];
      entries.push({ field: name, pair });
      pairItems[list] = entries;
    }
  }

  const findings: Findings = { pageKind: 'other', caseValues: {}, lists: {}, unread };
  for (const [field, values] of Object.entries(caseValues) as [CaseField, Found[]][]) {
    const texts = new Set(values.map((v) => v.shown.text));
    const first = values[0];
    if (!first) continue;
    if (texts.size > 1) {
      unread.push({
        field,
        label: first.label,
        raw: [...texts].join(' | ').slice(0, 300),
        reason: 'shown more than once with different values',
      });
    } else findings.caseValues[field] = first;
  }

  for (const list of LIST_ORDER) {
    const entries = pairItems[list];
    if (entries) addItems(findings, list, itemsFromPairs(list, entries, unread));
  }
  for (const t of readTables) {
    addItems(
      findings,
      t.list,
      t.table.rows.map((row) => {
        const values: FoundItem['values'] = {};
        t.columns.forEach((field, i) => {
          const cell = row.cells[i];
          if (field && cell && values[field] === undefined)
            values[field] = { shown: cell, label: t.table.headers[i] };
        });
        return { values };
      }),
    );
  }

  // The child a single-child page is about, when it names one child id and nothing else does.
  const childIds = new Set(
    labelled
      .filter(({ fields }) => fields.some((f) => f.endsWith('.childId') || f === 'children.id'))
      .map(({ pair }) => pair.text),
  );
  const [onlyChild] = childIds;
  if (childIds.size === 1 && onlyChild) findings.pageChildId = onlyChild;

  settlePlans(findings);
  requireKeys(findings);
  const found =
    Object.keys(findings.caseValues).some((k) => k !== 'caseId') ||
    Object.keys(findings.lists).length > 0 ||
    findings.unread.length > 0;
  if (!found) return null;
  findings.pageKind = kindOf(findings);
  return findings;
}

type Entry = { field: string; pair: LabelledValue };

const LIST_ORDER: readonly ListName[] = [
  'children',
  'reviewConferences',
  'coreGroups',
  'visits',
  'schoolMoves',
  'plans',
  'actions',
];
/** The value that starts a new item of each list, in order of preference. */
const ITEM_KEYS: Record<ListName, readonly string[]> = {
  children: ['id', 'name'],
  reviewConferences: ['date'],
  coreGroups: ['date'],
  visits: ['date'],
  schoolMoves: ['date'],
  plans: ['childId', 'childName'],
  actions: ['text'],
};
const VISIT_CHILD_FIELDS = new Set(['childId', 'childName', 'seen', 'seenAlone']);
const VISIT_CHILD_KEYS = ['childId', 'childName', 'seen', 'seenAlone'];

/**
 * Puts scattered label/value pairs together into items by where they sit in the page: each
 * item's key value (a meeting's date) claims the largest part of the page holding no other
 * key, and every other value belongs to the part it is in. So a visit section holding a date
 * and a block per child becomes one visit with its children, whatever the markup's shape.
 */
function itemsFromPairs(list: ListName, entries: Entry[], unread: UnreadField[]): FoundItem[] {
  const groups = groupByKey(entries, ITEM_KEYS[list]);
  if (!groups) {
    // A page shows one plan: its sections need no key to belong together.
    if (list === 'plans') return [toItem(list, entries, unread)];
    unread.push({
      field: `${list}.${ITEM_KEYS[list][0]}`,
      reason: `${list}: values shown without their ${ITEM_KEYS[list][0]}`,
    });
    return [];
  }
  return groups.map((group) => {
    if (list !== 'visits') return toItem(list, group, unread);
    const own = group.filter((e) => !VISIT_CHILD_FIELDS.has(e.field));
    const item = toItem(list, own, unread);
    const perChild = groupByKey(
      group.filter((e) => VISIT_CHILD_FIELDS.has(e.field)),
      VISIT_CHILD_KEYS,
    );
    item.children = (perChild ?? []).map((child) => toItem(list, child, unread));
    return item;
  });
}

function toItem(list: ListName, entries: Entry[], unread: UnreadField[]): FoundItem {
  const item: FoundItem = { values: {} };
  for (const { field, pair } of entries) {
    const before = item.values[field];
    if (!before) item.values[field] = { shown: pair, label: pair.label };
    else if (before.shown.text !== pair.text) {
      unread.push({
        field: `${list}.${field}`,
        label: pair.label,
        raw: `${before.shown.text} | ${pair.text}`.slice(0, 300),
        reason: 'shown twice for one item with different values',
      });
    }
  }
  return item;
}

/** Groups entries around their key values (see itemsFromPairs); undefined when no key is shown. */
function groupByKey(entries: Entry[], keys: readonly string[]): Entry[][] | undefined {
  const key = keys.find((k) => entries.some((e) => e.field === k));
  if (key === undefined) return undefined;
  const keyEntries = entries.filter((e) => e.field === key);
  const keysInside = new Map<Node, number>();
  for (const { pair } of keyEntries) {
    for (let node: Element | null = pair.element; node; node = node.parentElement) {
      keysInside.set(node, (keysInside.get(node) ?? 0) + 1);
    }
  }
  const groups = new Map<Element, Entry[]>();
  for (const entry of keyEntries) {
    let container = entry.pair.element;
    while (container.parentElement && keysInside.get(container.parentElement) === 1) {
      container = container.parentElement;
    }
    groups.set(container, [...(groups.get(container) ?? []), entry]);
  }
  for (const entry of entries) {
    if (entry.field === key) continue;
    for (let node: Element | null = entry.pair.element; node; node = node.parentElement) {
      const group = groups.get(node);
      if (group) {
        group.push(entry);
        break;
      }
    }
  }
  return [...groups.values()];
}

interface ClassifiedTable {
  table: ReadTable;
  list: ListName;
  /** Field per column, undefined for columns it does not know. */
  columns: (string | undefined)[];
}

function classifyTable(table: ReadTable, index: SynonymIndex): ClassifiedTable | undefined {
  if (table.rows.length === 0) return undefined;
  const perColumn = table.headers.map((h) => index.get(normaliseLabel(h)) ?? []);
  const votes = new Map<ListName, { count: number; specific: boolean }>();
  for (const fields of perColumn) {
    const lists = new Set(
      fields.map((f) => splitFieldPath(f).list).filter((l): l is ListName => l !== undefined),
    );
    for (const list of lists) {
      const vote = votes.get(list) ?? { count: 0, specific: false };
      vote.count++;
      if (lists.size === 1) vote.specific = true;
      votes.set(list, vote);
    }
  }
  const ranked = [...votes.entries()]
    .filter(([, v]) => v.specific && v.count >= MIN_COLUMNS)
    .sort((a, b) => b[1].count - a[1].count);
  const best = ranked[0];
  if (!best || (ranked[1] && ranked[1][1].count === best[1].count)) return undefined;
  const list = best[0];
  const columns = perColumn.map((fields) => {
    const path = fields.find((f) => splitFieldPath(f).list === list);
    return path ? splitFieldPath(path).field : undefined;
  });
  return { table, list, columns };
}

/** One field for a label: a case field, or a list field of a list the page shows. */
function resolve(
  fields: readonly FieldPath[],
  shown: ReadonlySet<ListName>,
): FieldPath | undefined {
  const caseField = fields.find((f) => Object.hasOwn(CASE_FIELDS, f));
  if (caseField) return caseField;
  const inShownLists = fields.filter((f) => {
    const list = splitFieldPath(f).list;
    return list !== undefined && shown.has(list);
  });
  return inShownLists.length === 1 ? inShownLists[0] : undefined;
}

function addItems(findings: Findings, list: ListName, items: FoundItem[]) {
  if (items.length === 0) return;
  if (list === 'actions') {
    const plans = findings.lists.plans ?? [];
    findings.lists.plans = plans;
    const last = plans[plans.length - 1];
    if (last) last.actions = [...(last.actions ?? []), ...items];
    else plans.push({ values: {}, actions: items });
    return;
  }
  const name = list as FoundListName;
  findings.lists[name] = [...(findings.lists[name] ?? []), ...items];
}

/**
 * A plan is read only when every section's label was recognised: a section this reader does
 * not know would otherwise look missing, and a missing section is a finding the worker acts on.
 */
function settlePlans(findings: Findings) {
  const plans = findings.lists.plans;
  if (!plans) return;
  const kept = plans.filter((plan) => {
    const known = PLAN_SECTIONS.filter((id) => plan.values[id] !== undefined).length;
    if (known === PLAN_SECTIONS.length) return true;
    findings.unread.push({
      field: 'plans.sections',
      reason:
        known === 0
          ? 'plan values shown without any plan section this recognises'
          : `only ${known} of ${PLAN_SECTIONS.length} plan sections recognised: the others may be on the page under labels this does not know`,
    });
    return false;
  });
  if (kept.length > 0) findings.lists.plans = kept;
  else delete findings.lists.plans;
}

/** Items put together from scattered labels must still have their key value. */
function requireKeys(findings: Findings) {
  const keys: Partial<Record<FoundListName, string>> = {
    children: 'id',
    reviewConferences: 'date',
    coreGroups: 'date',
    visits: 'date',
    schoolMoves: 'date',
  };
  for (const [list, key] of Object.entries(keys) as [FoundListName, string][]) {
    const items = findings.lists[list];
    if (!items) continue;
    const kept = items.filter((item, i) => {
      if (item.values[key]) return true;
      findings.unread.push({
        field: `${list}.${key}`,
        reason: `${list} item ${i + 1}: not found beside the other values`,
      });
      return false;
    });
    // Items found but none readable is not "there are none": say nothing about the list.
    if (kept.length > 0 || items.length === 0) findings.lists[list] = kept;
    else delete findings.lists[list];
  }
}

function kindOf(findings: Findings): PageKind {
  const lists = Object.keys(findings.lists) as FoundListName[];
  const kinds = new Set<PageKind>();
  for (const list of lists) {
    if (list === 'visits') kinds.add('visit');
    else if (list === 'coreGroups') kinds.add('core-group');
    else if (list === 'reviewConferences') kinds.add('conference');
    else if (list === 'plans') kinds.add('plan');
    else kinds.add('case-summary');
  }
  if (kinds.size === 0) return 'case-summary';
  if (kinds.size === 1) return [...kinds][0] as PageKind;
  return 'other';
}
