import type { Table } from 'dexie';
import { type AuditEntry, writeAudit } from './audit';
import { caseWriteTables, listTable, recordFromRows } from './case-tables';
import type { LensDb } from './db';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportedCase,
  type LensExport,
} from './export-import';
import { LIST_FIELDS, type ListField } from './record-fields';
import { attempt, type Result, StoreFailure } from './result';
import type { CaseRow } from './rows';
import { readSettings, type Settings } from './settings';

/**
 * Cases read from the database and handed on together: a few requests per batch rather than
 * several per case, and only one batch of cases in memory at a time.
 */
export const EXPORT_BATCH_CASES = 200;

type ExportHead = Pick<LensExport, 'format' | 'formatVersion' | 'exportedAt' | 'scope'>;

/** Receives the export in order: the head, the cases batch by batch, then the rest. */
interface ExportSink {
  head(head: ExportHead): void;
  cases(batch: ExportedCase[]): void;
  tail(settings?: Settings, audit?: AuditEntry[]): void;
}

export interface ExportCount {
  cases: number;
}

/**
 * Reads the export (every case, or the one named) into `sink`, in one transaction, which also
 * logs the export: the log says a file was made, and the file holds that entry. A case that is
 * not held is `not-found`.
 */
async function runExport(
  db: LensDb,
  now: Date,
  caseId: string | undefined,
  sink: ExportSink,
): Promise<Result<ExportCount>> {
  return attempt(() =>
    db.transaction('rw', [...caseWriteTables(db), db.settings], async () => {
      const at = now.toISOString();
      let caseIds: string[];
      if (caseId === undefined) {
        caseIds = (await db.cases.toCollection().primaryKeys()) as string[];
      } else {
        if (!(await db.cases.get(caseId))) {
          throw new StoreFailure('not-found', `Case ${caseId} is not stored.`);
        }
        caseIds = [caseId];
      }
      await writeAudit(db, {
        at,
        action: 'export',
        ...(caseId === undefined ? {} : { caseId }),
        counts: { cases: caseIds.length },
      });
      sink.head({
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: at,
        scope: caseId === undefined ? 'all' : 'case',
      });
      for (let from = 0; from < caseIds.length; from += EXPORT_BATCH_CASES) {
        sink.cases(await readBatch(db, caseIds.slice(from, from + EXPORT_BATCH_CASES)));
      }
      if (caseId === undefined)
        sink.tail(await readSettings(db), await db.audit.orderBy('at').toArray());
      else sink.tail();
      return { cases: caseIds.length };
    }),
  );
}

/**
 * The cases named, which must be consecutive in key order (as `primaryKeys()` lists them): one
 * key range per table then covers exactly their rows.
 */
async function readBatch(db: LensDb, caseIds: readonly string[]): Promise<ExportedCase[]> {
  const first = caseIds[0];
  const last = caseIds.at(-1);
  if (first === undefined || last === undefined) return [];
  // From the first case's first key to past the last case's last (see `ofCase`).
  const range = <T, K>(table: Table<T, K>) =>
    table.where(':id').between([first], [last, []], true, false).toArray();
  const [rows, reads, corrections, ...lists] = await Promise.all([
    db.cases.bulkGet([...caseIds]),
    range(db.pageReads),
    db.corrections.where('caseId').between(first, last, true, true).toArray(),
    ...LIST_FIELDS.map((field) => range(listTable(db, field)) as Promise<object[]>),
  ]);
  const readsOf = groupByCase(reads);
  const correctionsOf = groupByCase(corrections);
  const listsOf = LIST_FIELDS.map((_, i) => groupByCase((lists[i] ?? []) as { caseId: string }[]));
  return rows
    .filter((row): row is CaseRow => row !== undefined)
    .map((row) => {
      const mine = {} as Record<ListField, object[]>;
      LIST_FIELDS.forEach((field, i) => {
        mine[field] = listsOf[i]?.get(row.caseId) ?? [];
      });
      const exported: ExportedCase = {
        caseId: row.caseId,
        origin: row.origin,
        firstReadAt: row.firstReadAt,
        lastReadAt: row.lastReadAt,
        record: recordFromRows(row, mine),
        pageReads: (readsOf.get(row.caseId) ?? []).map(({ hash: _, ...read }) => read),
        corrections: correctionsOf.get(row.caseId) ?? [],
      };
      if (row.profileId !== undefined) exported.profileId = row.profileId;
      if (row.lastOpenedAt !== undefined) exported.lastOpenedAt = row.lastOpenedAt;
      return exported;
    });
}

function groupByCase<T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.caseId);
    if (group) group.push(row);
    else groups.set(row.caseId, [row]);
  }
  return groups;
}

/** All cases, the settings and the audit log, as one JSON-ready object (small stores, tests). */
export async function exportAll(db: LensDb, now: Date): Promise<Result<LensExport>> {
  return collect(db, now, undefined);
}

/** One case (no settings, no audit log), e.g. to hand to a colleague's installation. */
export async function exportCase(
  db: LensDb,
  caseId: string,
  now: Date,
): Promise<Result<LensExport>> {
  return collect(db, now, caseId);
}

async function collect(
  db: LensDb,
  now: Date,
  caseId: string | undefined,
): Promise<Result<LensExport>> {
  let file: LensExport | undefined;
  const done = await runExport(db, now, caseId, {
    head: (head) => {
      file = { ...head, cases: [] };
    },
    cases: (batch) => file?.cases.push(...batch),
    tail: (settings, audit) => {
      if (file && settings) file.settings = settings;
      if (file && audit) file.audit = audit;
    },
  });
  if (!done.ok) return done;
  if (!file) throw new Error('the export wrote no head');
  return { ok: true, value: file };
}

/**
 * The export file's text, handed to `write` a batch of cases at a time, so a caseload of
 * thousands never has to be one string (nor one object) in memory. The file is the JSON of the
 * export object, laid out with one case (and one audit entry) to a line: half the size of
 * indenting every value, and a search for a case id finds all of that case.
 */
export function writeExportText(
  db: LensDb,
  now: Date,
  caseId: string | undefined,
  write: (chunk: string) => void,
): Promise<Result<ExportCount>> {
  let casesWritten = 0;
  const line = (value: unknown) => `\n    ${JSON.stringify(value)}`;
  return runExport(db, now, caseId, {
    head(head) {
      const fields = Object.entries(head).map(
        ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`,
      );
      write(`{\n${fields.join('')}  "cases": [`);
    },
    cases(batch) {
      if (batch.length === 0) return;
      write((casesWritten > 0 ? ',' : '') + batch.map(line).join(','));
      casesWritten += batch.length;
    },
    tail(settings, audit) {
      let text = casesWritten > 0 ? '\n  ]' : ']';
      if (settings) text += `,\n  "settings": ${JSON.stringify(settings)}`;
      if (audit)
        text += `,\n  "audit": [${audit.map(line).join(',')}${audit.length > 0 ? '\n  ' : ''}]`;
      write(`${text}\n}\n`);
    },
  });
}
