import { canonicalJson } from './canonical-json';
import {
  asPageRead,
  type CaseMeta,
  type CaseWritePlan,
  listTable,
  loadCorrections,
  loadReads,
  ofCase,
  planMergedCase,
} from './case-tables';
import type { Correction } from './corrections';
import type { LensDb } from './db';
import type { ExportedCase, ImportOutcome } from './export-import';
import { mergeCase } from './merge';
import { contentHash, later, utc } from './page-content';
import { LIST_FIELDS, type ListField } from './record-fields';
import { StoreFailure } from './result';
import type { CaseRow, CorrectionRow, PageReadRow } from './rows';

/**
 * Cases planned and written together. Writing record by record cost about 37 ms a case in
 * Chromium (each await a round trip to the browser's IndexedDB); a batch issues one bulk request
 * per table, and its rows (a few MB) are all that is held besides the validated file.
 */
export const IMPORT_BATCH_CASES = 200;

interface StoredCase {
  reads: PageReadRow[];
  corrections: CorrectionRow[];
  lists: Record<ListField, object[]>;
}

const NOTHING_STORED: StoredCase = {
  reads: [],
  corrections: [],
  lists: Object.fromEntries(LIST_FIELDS.map((f) => [f, []])) as unknown as StoredCase['lists'],
};

/**
 * Writes validated cases into the store with exactly the outcome of importing them one by one
 * (a stored case merged page by page, the newer read of each page winning; corrections added
 * unless already held; the record re-merged), but a batch of cases at a time with one bulk
 * request per table. Call it inside one transaction over every case table: a failure part way
 * through (a case held from another site, a full disk) then leaves nothing behind.
 */
export async function importCases(
  db: LensDb,
  cases: readonly ExportedCase[],
  at: string,
  outcome: ImportOutcome,
): Promise<void> {
  const held = await db.cases.bulkGet(cases.map((c) => c.caseId));
  cases.forEach((exported, i) => {
    const previous = held[i];
    if (previous && previous.origin !== exported.origin) {
      throw new StoreFailure(
        'invalid-import',
        `This file was not imported, and nothing from it was stored: case ${exported.caseId} is held here ` +
          `from ${previous.origin} but comes from ${exported.origin} in the file.`,
      );
    }
  });
  for (let from = 0; from < cases.length; from += IMPORT_BATCH_CASES) {
    const to = from + IMPORT_BATCH_CASES;
    await importBatch(db, cases.slice(from, to), held.slice(from, to), at, outcome);
  }
}

/**
 * Only a case whose row is held has rows in the other tables: every write puts a case's row in
 * the transaction that writes its other rows, and deleting a case deletes them all
 * (`deleteCaseRows`). So a new case needs no reads, and the reads of held cases run in parallel.
 */
async function loadStored(db: LensDb, caseId: string): Promise<StoredCase> {
  const [reads, corrections, ...lists] = await Promise.all([
    loadReads(db, caseId),
    loadCorrections(db, caseId),
    ...LIST_FIELDS.map(
      (field) => ofCase(listTable(db, field), caseId).toArray() as Promise<object[]>,
    ),
  ]);
  return {
    reads,
    corrections,
    lists: Object.fromEntries(
      LIST_FIELDS.map((f, i) => [f, lists[i] ?? []]),
    ) as StoredCase['lists'],
  };
}

const correctionId = (c: Pick<Correction, 'enteredAt' | 'change'>) =>
  `${utc(c.enteredAt)}\u0000${canonicalJson(c.change)}`;

const byPath = (a: PageReadRow, b: PageReadRow) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

async function importBatch(
  db: LensDb,
  batch: readonly ExportedCase[],
  held: readonly (CaseRow | undefined)[],
  at: string,
  outcome: ImportOutcome,
): Promise<void> {
  const stored = await Promise.all(
    batch.map((c, i) => (held[i] ? loadStored(db, c.caseId) : NOTHING_STORED)),
  );

  // The file's reads that are newer than the stored read of their page, and the corrections
  // not held already, as the one-by-one import chose them.
  const readPuts: PageReadRow[] = [];
  const readsOf: PageReadRow[][] = [];
  const correctionAdds: Omit<Correction, 'id'>[] = [];
  const addedFor: number[] = [];
  batch.forEach((exported, i) => {
    const { reads, corrections } = stored[i] ?? NOTHING_STORED;
    if (held[i]) outcome.casesMerged++;
    else outcome.casesAdded++;
    const byPathNow = new Map(reads.map((r) => [r.path, r]));
    for (const { checkedAt, ...fileRead } of exported.pageReads) {
      const read = { ...fileRead, readAt: utc(fileRead.readAt) };
      const mine = byPathNow.get(read.path);
      if (mine && Date.parse(mine.readAt) >= Date.parse(read.readAt)) continue;
      const row: PageReadRow = {
        ...read,
        hash: contentHash(read),
        checkedAt: later(utc(checkedAt ?? read.readAt), mine?.checkedAt),
      };
      byPathNow.set(row.path, row);
      readPuts.push(row);
      outcome.pageReadsStored++;
    }
    readsOf.push([...byPathNow.values()].sort(byPath));

    const already = new Set(corrections.map(correctionId));
    for (const { id: _, ...correction } of exported.corrections) {
      if (already.has(correctionId(correction as Correction))) continue;
      const row = { ...correction, enteredAt: utc(correction.enteredAt) };
      if (row.supersededAt !== undefined) row.supersededAt = utc(row.supersededAt);
      correctionAdds.push(row as Omit<Correction, 'id'>);
      addedFor.push(i);
      outcome.correctionsAdded++;
    }
  });
  if (readPuts.length > 0) await db.pageReads.bulkPut(readPuts);
  // Added in file order, so they are numbered as the one-by-one import numbered them.
  const ids =
    correctionAdds.length > 0
      ? await db.corrections.bulkAdd(correctionAdds as Correction[], { allKeys: true })
      : [];
  const correctionsOf = stored.map((s) => [...s.corrections]);
  correctionAdds.forEach((row, j) => {
    correctionsOf[addedFor[j] as number]?.push({ ...row, id: ids[j] as number } as Correction);
  });

  const plans: CaseWritePlan[] = [];
  const superseded: number[] = [];
  batch.forEach((exported, i) => {
    const { caseId } = exported;
    const previous = held[i];
    const merge = mergeCase(caseId, (readsOf[i] ?? []).map(asPageRead), correctionsOf[i] ?? []);
    const earlier = (a: string, b: string | undefined) =>
      b !== undefined && Date.parse(b) < Date.parse(a) ? b : a;
    const lastOpenedAt = exported.lastOpenedAt
      ? later(utc(exported.lastOpenedAt), previous?.lastOpenedAt)
      : previous?.lastOpenedAt;
    const meta: CaseMeta = {
      caseId,
      origin: exported.origin,
      profileId: previous?.profileId ?? exported.profileId,
      firstReadAt: earlier(utc(exported.firstReadAt), previous?.firstReadAt),
      lastReadAt: later(utc(exported.lastReadAt), previous?.lastReadAt),
      lastOpenedAt,
    };
    plans.push(planMergedCase(meta, merge, previous, (stored[i] ?? NOTHING_STORED).lists, at));
    superseded.push(...merge.superseded);
  });

  for (const field of LIST_FIELDS) {
    const table = listTable(db, field);
    const deletes = plans.flatMap((p) => p.lists[field].deletes);
    const puts = plans.flatMap((p) => p.lists[field].puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
    if (puts.length > 0) await table.bulkPut(puts);
  }
  await Promise.all(
    batch.map((c, i) => (held[i] ? ofCase(db.conflicts, c.caseId).delete() : undefined)),
  );
  const conflicts = plans.flatMap((p) => p.conflicts);
  if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
  await db.cases.bulkPut(plans.map((p) => p.row));
  if (superseded.length > 0) {
    await db.corrections.bulkUpdate(
      superseded.map((id) => ({ key: id, changes: { supersededAt: at } })),
    );
  }
}
