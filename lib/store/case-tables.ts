import type { Collection, Table } from 'dexie';
import { type CaseRecord, CaseRecordSchema, type PageRead, SCALAR_FIELDS } from '../domain';
import { canonicalJson, sameValue, withoutUndefined } from './canonical-json';
import { CASE_TABLES, type LensDb } from './db';
import { listsReadOf } from './lists-read';
import type { Conflict, MergeResult } from './merge';
import { type AnyListItem, LIST_FIELDS, type ListField, naturalKey } from './record-fields';
import { StoreFailure } from './result';
import type { CaseRow, ConflictRow, CorrectionRow, PageReadRow } from './rows';

/** Which table holds each list of the record. */
export const LIST_TABLE: Readonly<Record<ListField, keyof LensDb & string>> = {
  children: 'children',
  reviewConferences: 'conferences',
  coreGroups: 'coreGroups',
  visits: 'visits',
  schoolMoves: 'schoolMoves',
  plans: 'plans',
};

// The list tables hold different row types; this module is the one place that treats them alike.
// biome-ignore lint/suspicious/noExplicitAny: rows of six shapes, keyed alike by caseId first
type AnyRowTable = Table<any, unknown[]>;

/**
 * One case's rows of a table keyed `[caseId+…]`, in key order. The range runs from `[caseId]` to
 * `[caseId, []]` (in IndexedDB's key order an array sorts after every string), which covers keys
 * of any length; Dexie's virtual `where('caseId')` builds a range fake-indexeddb rejects for
 * three-part keys.
 */
export function ofCase<T, K>(table: Table<T, K>, caseId: string): Collection<T, K> {
  return table.where(':id').between([caseId], [caseId, []], true, false);
}

export function listTable(db: LensDb, field: ListField): AnyRowTable {
  return db.table(LIST_TABLE[field]) as AnyRowTable;
}

/** Every table a write to one case touches, plus the audit log it writes in the same transaction. */
export function caseWriteTables(db: LensDb): Table[] {
  return [...CASE_TABLES.map((name) => db.table(name)), db.audit];
}

/** What the store keeps about a case besides the record: where and when it was read and shown. */
export type CaseMeta = Pick<
  CaseRow,
  'caseId' | 'origin' | 'profileId' | 'firstReadAt' | 'lastReadAt' | 'lastOpenedAt'
>;

export function asPageRead({ hash: _h, checkedAt: _c, ...read }: PageReadRow): PageRead {
  return read;
}

/** Marks corrections that lapsed in a merge (the page now shows something else). */
export async function markSuperseded(
  db: LensDb,
  ids: readonly number[],
  at: string,
): Promise<void> {
  for (const id of ids) await db.corrections.update(id, { supersededAt: at });
}

export async function loadReads(db: LensDb, caseId: string): Promise<PageReadRow[]> {
  return ofCase(db.pageReads, caseId).toArray();
}

export async function loadCorrections(db: LensDb, caseId: string): Promise<CorrectionRow[]> {
  return db.corrections.where('caseId').equals(caseId).toArray();
}

/**
 * One case's rows of every list table, each in key order. The tables are asked all at once: one
 * after another, each waited for the last one's answer to cross from the database and back, and
 * this is on the way to the sidebar's first paint (issue 8).
 */
export async function readListRows(
  db: LensDb,
  caseId: string,
): Promise<Record<ListField, object[]>> {
  const rows = await Promise.all(
    LIST_FIELDS.map((field) => ofCase(listTable(db, field), caseId).toArray()),
  );
  const lists = {} as Record<ListField, object[]>;
  LIST_FIELDS.forEach((field, i) => {
    lists[field] = rows[i] ?? [];
  });
  return lists;
}

/** The record as stored, or undefined if the case is not held. */
export async function readCaseRecord(db: LensDb, caseId: string): Promise<CaseRecord | undefined> {
  const [row, lists] = await Promise.all([db.cases.get(caseId), readListRows(db, caseId)]);
  return row ? recordFromRows(row, lists) : undefined;
}

/** The record from a case's row and its list tables' rows (each list in key order). */
export function recordFromRows(
  row: CaseRow,
  lists: Readonly<Record<ListField, readonly object[]>>,
): CaseRecord {
  const record: Record<string, unknown> = { caseId: row.caseId };
  for (const field of SCALAR_FIELDS) {
    if (row[field] !== undefined) record[field] = row[field];
  }
  for (const field of LIST_FIELDS) {
    record[field] = lists[field].map((listRow) => {
      const { caseId: _, ...item } = listRow as { caseId: string };
      return item;
    });
  }
  if (row.provenance) record.provenance = row.provenance;
  return record as CaseRecord;
}

export interface WriteCounts {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Writes a merged case into the tables: upserts the list items that changed, deletes the ones
 * gone, replaces the case's conflicts and its row. Call it inside a transaction over all the
 * case tables. Refuses (throws) a record that does not pass CaseRecordSchema, so nothing the
 * rules could trip over is ever stored.
 */
export async function writeMergedCase(
  db: LensDb,
  meta: CaseMeta,
  merge: MergeResult,
  previous: CaseRow | undefined,
  now: string,
): Promise<WriteCounts> {
  const stored = await readListRows(db, meta.caseId);
  const plan = planMergedCase(meta, merge, previous, stored, now);
  for (const field of LIST_FIELDS) {
    const { puts, deletes } = plan.lists[field];
    const table = listTable(db, field);
    if (deletes.length > 0) await table.bulkDelete(deletes);
    if (puts.length > 0) await table.bulkPut(puts);
  }
  await ofCase(db.conflicts, meta.caseId).delete();
  if (plan.conflicts.length > 0) await db.conflicts.bulkPut(plan.conflicts);
  await db.cases.put(plan.row);
  return plan.counts;
}

/** What writing one merged case changes, table by table (see `writeMergedCase`). */
export interface CaseWritePlan {
  lists: Record<ListField, { puts: object[]; deletes: unknown[][] }>;
  /** Replace every stored conflict of the case. */
  conflicts: ConflictRow[];
  row: CaseRow;
  counts: WriteCounts;
}

/**
 * The writes `writeMergedCase` makes, worked out from the list rows stored for the case (each
 * list's rows as the table holds them), without touching the database: a bulk import plans many
 * cases and writes them table by table.
 */
export function planMergedCase(
  meta: CaseMeta,
  merge: MergeResult,
  previous: CaseRow | undefined,
  storedLists: Readonly<Record<ListField, readonly object[]>>,
  now: string,
): CaseWritePlan {
  checkRecord(merge.record);
  const counts: WriteCounts = { added: 0, changed: 0, removed: 0 };
  const { caseId } = meta;
  const lists = {} as CaseWritePlan['lists'];

  for (const field of LIST_FIELDS) {
    const stored = new Map<string, { key: unknown[]; content: string }>();
    for (const row of storedLists[field]) {
      const { caseId: _, ...item } = row as { caseId: string } & AnyListItem;
      stored.set(naturalKey(field, item), {
        key: primaryKey(caseId, field, item),
        content: canonicalJson(item),
      });
    }
    const puts: object[] = [];
    for (const item of merge.record[field] as AnyListItem[]) {
      const key = naturalKey(field, item);
      const before = stored.get(key);
      stored.delete(key);
      if (before?.content === canonicalJson(item)) continue;
      if (before) counts.changed++;
      else counts.added++;
      puts.push({ caseId, ...withoutUndefined(item) });
    }
    const deletes = [...stored.values()].map((s) => s.key);
    counts.removed += deletes.length;
    lists[field] = { puts, deletes };
  }

  const scalars = scalarPart(merge.record);
  const listsRead = listsReadOf(merge.reads, merge.record);
  const changed =
    counts.added + counts.changed + counts.removed > 0 ||
    !previous ||
    !sameValue(scalars, scalarPart(previous)) ||
    !sameValue(listsRead, previous.listsRead);
  const row: CaseRow = withoutUndefined({
    ...meta,
    ...scalars,
    updatedAt: changed ? now : (previous?.updatedAt ?? now),
    nextDueDate: changed ? undefined : previous?.nextDueDate,
    childNames: merge.record.children.map((c) => c.name),
    conflictCount: merge.conflicts.length,
    unreadCount: merge.reads.reduce((n, r) => n + r.unread.length, 0),
    listsRead,
  });
  return { lists, conflicts: merge.conflicts.map(conflictRow), row, counts };
}

function scalarPart(from: Partial<CaseRecord> | CaseRow): Partial<CaseRow> {
  return withoutUndefined({
    region: from.region,
    icpcDate: from.icpcDate,
    planEndDate: from.planEndDate,
    provenance: from.provenance,
  });
}

function primaryKey(caseId: string, field: ListField, item: AnyListItem): unknown[] {
  const loose = item as Partial<Record<'id' | 'childId' | 'date', string>>;
  switch (field) {
    case 'children':
      return [caseId, loose.id];
    case 'schoolMoves':
      return [caseId, loose.childId, loose.date];
    case 'plans':
      return [caseId, loose.childId];
    default:
      return [caseId, loose.date];
  }
}

export function conflictRow(conflict: Conflict): ConflictRow {
  return { ...conflict, slot: JSON.stringify([conflict.field, conflict.key, ...conflict.at]) };
}

function checkRecord(record: CaseRecord): void {
  const parsed = CaseRecordSchema.safeParse(record);
  if (parsed.success) return;
  const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big');
  throw new StoreFailure(
    tooBig ? 'record-too-large' : 'invalid-input',
    tooBig
      ? 'This case now holds more than the store keeps (e.g. over 50 children); nothing was changed.'
      : 'The pages of this case add up to a record that is not valid; nothing was changed.',
    parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).slice(0, 20),
  );
}

/** Deletes every row of one case in every case table; returns how many rows went. */
export async function deleteCaseRows(db: LensDb, caseId: string): Promise<number> {
  let removed = (await db.cases.get(caseId)) ? 1 : 0;
  await db.cases.delete(caseId);
  for (const field of LIST_FIELDS) {
    removed += await ofCase(listTable(db, field), caseId).delete();
  }
  removed += await ofCase(db.pageReads, caseId).delete();
  removed += await ofCase(db.conflicts, caseId).delete();
  removed += await db.corrections.where('caseId').equals(caseId).delete();
  // The log of a deleted case goes with it: after erasure its id should be nowhere.
  removed += await db.audit.where('caseId').equals(caseId).delete();
  return removed;
}
