import * as z from 'zod';
import { CaseRecordSchema, IsoDateTimeSchema, PageReadSchema } from '../domain';
import { type AuditEntry, AuditEntrySchema, writeAudit } from './audit';
import { canonicalJson } from './canonical-json';
import {
  asPageRead,
  type CaseMeta,
  caseWriteTables,
  loadCorrections,
  loadReads,
  markSuperseded,
  readCaseRecord,
  writeMergedCase,
} from './case-tables';
import { type Correction, CorrectionSchema } from './corrections';
import type { LensDb } from './db';
import { mergeCase } from './merge';
import { contentHash, isSiteOrigin, later, utc } from './page-content';
import { attempt, describeIssues, fail, type Result, StoreFailure } from './result';
import type { CaseRow } from './rows';
import { readSettings, SettingsSchema, writeSettings } from './settings';

export const EXPORT_FORMAT = 'core-group-lens-export';
/** Bump when the file's shape changes, and keep importing every earlier version. */
export const EXPORT_FORMAT_VERSION = 1;
/** A file larger than this is refused before it is parsed (about 50 MB of text). */
export const MAX_IMPORT_CHARS = 50_000_000;

const ExportedPageReadSchema = PageReadSchema.extend({ checkedAt: IsoDateTimeSchema.optional() });

const ExportedCaseSchema = z.object({
  caseId: z.string().min(1).max(200),
  origin: z.string().max(300),
  profileId: z.string().max(200).optional(),
  firstReadAt: IsoDateTimeSchema,
  lastReadAt: IsoDateTimeSchema,
  lastOpenedAt: IsoDateTimeSchema.optional(),
  /** For people reading the file. On import the record is rebuilt from the reads and corrections. */
  record: CaseRecordSchema,
  /** The last read of each page of the case: what the record is merged from. */
  pageReads: z.array(ExportedPageReadSchema).max(1000),
  corrections: z.array(CorrectionSchema).max(10_000),
});

export const ExportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: IsoDateTimeSchema,
    scope: z.enum(['all', 'case']),
    cases: z.array(ExportedCaseSchema).max(10_000),
    settings: SettingsSchema.optional(),
    /** Exported for an information-governance review; not imported (it is this install's log). */
    audit: z.array(AuditEntrySchema).max(200_000).optional(),
  })
  .superRefine((file, ctx) => {
    const caseIds = new Set<string>();
    file.cases.forEach((c, i) => {
      const at = (...path: (string | number)[]) => ['cases', i, ...path];
      if (caseIds.has(c.caseId)) {
        ctx.addIssue({
          code: 'custom',
          path: at('caseId'),
          message: 'the same case appears twice',
        });
      }
      caseIds.add(c.caseId);
      if (!isSiteOrigin(c.origin)) {
        ctx.addIssue({ code: 'custom', path: at('origin'), message: 'is not a site origin' });
      }
      if (c.record.caseId !== c.caseId) {
        ctx.addIssue({
          code: 'custom',
          path: at('record', 'caseId'),
          message: 'names another case',
        });
      }
      const paths = new Set<string>();
      c.pageReads.forEach((read, j) => {
        if (read.caseId !== c.caseId) {
          ctx.addIssue({ code: 'custom', path: at('pageReads', j), message: 'names another case' });
        }
        if (paths.has(read.path)) {
          ctx.addIssue({ code: 'custom', path: at('pageReads', j), message: 'page listed twice' });
        }
        paths.add(read.path);
      });
      c.corrections.forEach((correction, j) => {
        if (correction.caseId !== c.caseId) {
          ctx.addIssue({
            code: 'custom',
            path: at('corrections', j),
            message: 'names another case',
          });
        }
      });
    });
  });
export type LensExport = z.infer<typeof ExportFileSchema>;
type ExportedCase = z.infer<typeof ExportedCaseSchema>;

async function exportOneCase(db: LensDb, row: CaseRow): Promise<ExportedCase> {
  const record = (await readCaseRecord(db, row.caseId)) ?? CaseRecordSchema.parse(row);
  const exported: ExportedCase = {
    caseId: row.caseId,
    origin: row.origin,
    firstReadAt: row.firstReadAt,
    lastReadAt: row.lastReadAt,
    record,
    pageReads: (await loadReads(db, row.caseId)).map(({ hash: _, ...read }) => read),
    corrections: await loadCorrections(db, row.caseId),
  };
  if (row.profileId !== undefined) exported.profileId = row.profileId;
  if (row.lastOpenedAt !== undefined) exported.lastOpenedAt = row.lastOpenedAt;
  return exported;
}

/** All cases, the settings and the audit log, as one JSON-ready object. */
export async function exportAll(db: LensDb, now: Date): Promise<Result<LensExport>> {
  return attempt(() =>
    db.transaction('rw', [...caseWriteTables(db), db.settings], async () => {
      const at = now.toISOString();
      const cases: ExportedCase[] = [];
      for (const row of await db.cases.toArray()) cases.push(await exportOneCase(db, row));
      await writeAudit(db, { at, action: 'export', counts: { cases: cases.length } });
      const audit: AuditEntry[] = await db.audit.orderBy('at').toArray();
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: at,
        scope: 'all' as const,
        cases,
        settings: await readSettings(db),
        audit,
      };
    }),
  );
}

/** One case (no settings, no audit log), e.g. to hand to a colleague's installation. */
export async function exportCase(
  db: LensDb,
  caseId: string,
  now: Date,
): Promise<Result<LensExport>> {
  return attempt(() =>
    db.transaction('rw', caseWriteTables(db), async () => {
      const at = now.toISOString();
      const row = await db.cases.get(caseId);
      if (!row) throw new StoreFailure('not-found', `Case ${caseId} is not stored.`);
      const exported = await exportOneCase(db, row);
      await writeAudit(db, { at, action: 'export', caseId, counts: { cases: 1 } });
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: at,
        scope: 'case' as const,
        cases: [exported],
      };
    }),
  );
}

export interface ImportOutcome {
  casesAdded: number;
  casesMerged: number;
  pageReadsStored: number;
  correctionsAdded: number;
  settingsImported: boolean;
}

/**
 * Imports an export file (its text, or the parsed object). The whole file is validated before
 * anything is written, and everything is written in one transaction: a bad or hostile file is
 * refused with the reason and changes nothing. A case already stored is merged page by page
 * (the newer read of each page wins) and its corrections added, never overwritten wholesale.
 */
export async function importData(
  db: LensDb,
  file: unknown,
  now: Date,
): Promise<Result<ImportOutcome>> {
  let data = file;
  if (typeof file === 'string') {
    if (file.length > MAX_IMPORT_CHARS) {
      return fail('invalid-import', 'This file is too large to be a Core Group Lens export.');
    }
    try {
      data = JSON.parse(file);
    } catch {
      return fail(
        'invalid-import',
        'This file is not JSON, so it is not a Core Group Lens export.',
      );
    }
  }
  const parsed = ExportFileSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      'invalid-import',
      'This file was not imported, and nothing from it was stored: it is not a valid export.',
      describeIssues(parsed.error),
    );
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
