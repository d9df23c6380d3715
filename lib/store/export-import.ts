import * as z from 'zod';
import { CaseRecordSchema, IsoDateTimeSchema, PageReadSchema } from '../domain';
import { AuditEntrySchema, writeAudit } from './audit';
import { caseWriteTables } from './case-tables';
import { CorrectionSchema } from './corrections';
import type { LensDb } from './db';
import { importCases } from './import-batch';
import { isSiteOrigin } from './page-content';
import { attempt, describeIssues, fail, type Result } from './result';
import { SettingsSchema, writeSettings } from './settings';

export const EXPORT_FORMAT = 'core-group-lens-export';
/** Bump when the file's shape changes, and keep importing every earlier version. */
export const EXPORT_FORMAT_VERSION = 1;
/**
 * A file larger than this is refused before it is parsed (about 250 MB of text). An export of
 * 5,000 of the bench's generated cases (bench/generate-cases.ts, longer histories than most
 * caseloads) is about 80 MB; the schema's 10,000 cases of that kind about 160 MB.
 */
export const MAX_IMPORT_CHARS = 250_000_000;

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
export type ExportedCase = z.infer<typeof ExportedCaseSchema>;

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
      await importCases(db, contents.cases, at, outcome);
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
