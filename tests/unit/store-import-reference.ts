import { writeAudit } from '../../lib/store/audit';
import { canonicalJson } from '../../lib/store/canonical-json';
import {
  asPageRead,
  type CaseMeta,
  caseWriteTables,
  loadCorrections,
  loadReads,
  markSuperseded,
  writeMergedCase,
} from '../../lib/store/case-tables';
import type { Correction } from '../../lib/store/corrections';
import type { LensDb } from '../../lib/store/db';
import {
  ExportFileSchema,
  type ImportOutcome,
  type LensExport,
} from '../../lib/store/export-import';
import { mergeCase } from '../../lib/store/merge';
import { contentHash, later, utc } from '../../lib/store/page-content';
import { attempt, describeIssues, fail, type Result, StoreFailure } from '../../lib/store/result';
import { writeSettings } from '../../lib/store/settings';

/*
 * The import as it was before it wrote in batches: one case at a time, record by record. Kept
 * only as the reference the batched import (lib/store/import-batch.ts) must match exactly.
 */

type ExportedCase = LensExport['cases'][number];

export async function importDataOneByOne(
  db: LensDb,
  file: unknown,
  now: Date,
): Promise<Result<ImportOutcome>> {
  const parsed = ExportFileSchema.safeParse(typeof file === 'string' ? JSON.parse(file) : file);
  if (!parsed.success) {
    return fail('invalid-import', 'not a valid export', describeIssues(parsed.error));
  }
  const contents = parsed.data;
  return attempt(() =>
    db.transaction('rw', [...caseWriteTables(db), db.settings], async () => {
      const at = now.toISOString();
      const outcome: ImportOutcome = {
        casesAdded: 0,
        casesMerged: 0,
        pageReadsStored: 0,
        correctionsAdded: 0,
        settingsImported: false,
      };
      for (const exported of contents.cases) await importCase(db, exported, at, outcome);
      if (contents.settings) {
        await writeSettings(db, contents.settings);
        outcome.settingsImported = true;
      }
      await writeAudit(db, {
        at,
        action: 'import',
        counts: {
          casesAdded: outcome.casesAdded,
          casesMerged: outcome.casesMerged,
          pageReads: outcome.pageReadsStored,
          corrections: outcome.correctionsAdded,
        },
      });
      return outcome;
    }),
  );
}

async function importCase(
  db: LensDb,
  exported: ExportedCase,
  at: string,
  outcome: ImportOutcome,
): Promise<void> {
  const { caseId } = exported;
  const previous = await db.cases.get(caseId);
  if (previous && previous.origin !== exported.origin) {
    throw new StoreFailure(
      'invalid-import',
      `This file was not imported, and nothing from it was stored: case ${caseId} is held here ` +
        `from ${previous.origin} but comes from ${exported.origin} in the file.`,
    );
  }
  if (previous) outcome.casesMerged++;
  else outcome.casesAdded++;

  const stored = new Map((await loadReads(db, caseId)).map((r) => [r.path, r]));
  for (const { checkedAt, ...fileRead } of exported.pageReads) {
    const read = { ...fileRead, readAt: utc(fileRead.readAt) };
    const mine = stored.get(read.path);
    if (mine && Date.parse(mine.readAt) >= Date.parse(read.readAt)) continue;
    await db.pageReads.put({
      ...read,
      hash: contentHash(read),
      checkedAt: later(utc(checkedAt ?? read.readAt), mine?.checkedAt),
    });
    outcome.pageReadsStored++;
  }

  const sameCorrection = (a: Correction) => {
    const id = `${utc(a.enteredAt)}\u0000${canonicalJson(a.change)}`;
    return (b: Correction) => `${utc(b.enteredAt)}\u0000${canonicalJson(b.change)}` === id;
  };
  const mine = await loadCorrections(db, caseId);
  for (const { id: _, ...correction } of exported.corrections) {
    if (mine.some(sameCorrection(correction as Correction))) continue;
    const row = { ...correction, enteredAt: utc(correction.enteredAt) };
    if (row.supersededAt !== undefined) row.supersededAt = utc(row.supersededAt);
    await db.corrections.add(row as Correction);
    outcome.correctionsAdded++;
  }

  const merge = mergeCase(
    caseId,
    (await loadReads(db, caseId)).map(asPageRead),
    await loadCorrections(db, caseId),
  );
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
  await writeMergedCase(db, meta, merge, previous, at);
  await markSuperseded(db, merge.superseded, at);
}
