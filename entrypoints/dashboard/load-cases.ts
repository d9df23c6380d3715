import { type CaseRecord, SCALAR_FIELDS } from '../../lib/domain';
import type { DashboardCaseInput } from '../../lib/present/dashboard-rows';
import { getCaseRecord, type LensDb, LIST_FIELDS } from '../../lib/store';
import { LIST_TABLE } from '../../lib/store/case-tables';
import type { CaseRow } from '../../lib/store/rows';

/** Above this many changed cases, every list table is read once rather than case by case. */
export const BULK_THRESHOLD = 50;

/**
 * Records as last loaded, by case, with the `updatedAt` they were loaded at: a record is read
 * again only when its case row says it changed.
 */
export class RecordCache {
  private readonly records = new Map<string, { updatedAt: string; record: CaseRecord }>();
  /** How many records were read from the tables (not the cache): the tests check it. */
  recordsRead = 0;

  get(caseId: string, updatedAt: string): CaseRecord | undefined {
    const known = this.records.get(caseId);
    return known?.updatedAt === updatedAt ? known.record : undefined;
  }

  set(caseId: string, updatedAt: string, record: CaseRecord): void {
    this.records.set(caseId, { updatedAt, record });
    this.recordsRead++;
  }

  isEmpty(): boolean {
    return this.records.size === 0;
  }

  keepOnly(caseIds: ReadonlySet<string>): void {
    for (const caseId of this.records.keys()) if (!caseIds.has(caseId)) this.records.delete(caseId);
  }
}

/** Every list table's rows, each table read whole (`getAll`), all asked for at once. */
function readAllLists(db: LensDb): Promise<{ caseId: string }[][]> {
  // Asked for together, IndexedDB fetches the next table while this page unpacks the last one;
  // awaited one by one, each side waited for the other (bench/measure-store.ts, dashboard).
  return Promise.all(
    LIST_FIELDS.map(
      (field) => db.table(LIST_TABLE[field]).toArray() as Promise<{ caseId: string }[]>,
    ),
  );
}

/**
 * The records of `rows` from every list table's rows, grouped by case and assembled as
 * `getCaseRecord` assembles one record (tests/unit/dashboard-load.test.ts holds the two to the
 * same answer): 7 reads for 5,000 cases instead of 35,000.
 */
function recordsFromLists(
  rows: readonly CaseRow[],
  lists: readonly { caseId: string }[][],
): Map<string, CaseRecord> {
  const records = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const record: Record<string, unknown> = { caseId: row.caseId };
    for (const field of SCALAR_FIELDS) if (row[field] !== undefined) record[field] = row[field];
    for (const field of LIST_FIELDS) record[field] = [];
    if (row.provenance) record.provenance = row.provenance;
    records.set(row.caseId, record);
  }
  LIST_FIELDS.forEach((field, i) => {
    for (const { caseId, ...item } of lists[i] ?? []) {
      (records.get(caseId)?.[field] as unknown[] | undefined)?.push(item);
    }
  });
  return records as Map<string, CaseRecord>;
}

/**
 * The dashboard's cases in one read transaction (so a page read landing half-way cannot mix two
 * versions of a case): the case rows, and the records of those that changed since last time.
 * Run it inside `liveQuery`: it reads the whole `cases` table, and every change to a record
 * moves its row's `updatedAt`, so any change re-runs it.
 */
export async function loadCases(db: LensDb, cache: RecordCache): Promise<DashboardCaseInput[]> {
  return db.transaction(
    'r',
    [db.cases, ...LIST_FIELDS.map((f) => db.table(LIST_TABLE[f]))],
    async () => {
      // Opening the page, every case is to be read: the lists are asked for with the case rows.
      const firstLists = cache.isEmpty() ? readAllLists(db) : undefined;
      const rows = await db.cases.toArray();
      const stale = rows.filter((row) => cache.get(row.caseId, row.updatedAt) === undefined);
      if (firstLists || stale.length > BULK_THRESHOLD) {
        const all = recordsFromLists(stale, await (firstLists ?? readAllLists(db)));
        for (const row of stale) {
          const record = all.get(row.caseId);
          if (record) cache.set(row.caseId, row.updatedAt, record);
        }
      } else {
        for (const row of stale) {
          const record = await getCaseRecord(db, row.caseId);
          if (record) cache.set(row.caseId, row.updatedAt, record);
        }
      }
      cache.keepOnly(new Set(rows.map((r) => r.caseId)));
      const inputs: DashboardCaseInput[] = [];
      for (const row of rows) {
        const record = cache.get(row.caseId, row.updatedAt);
        if (!record) continue;
        inputs.push({
          caseId: row.caseId,
          record,
          updatedAt: row.updatedAt,
          lastReadAt: row.lastReadAt,
          unreadCount: row.unreadCount,
          conflictCount: row.conflictCount,
          ...(row.listsRead ? { listsRead: row.listsRead } : {}),
        });
      }
      return inputs;
    },
  );
}
