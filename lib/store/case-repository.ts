import {
  type CaseRecord,
  type IsoDate,
  IsoDateSchema,
  type PageKind,
  type PageRead,
  PageReadSchema,
  type Provenance,
  type UnreadField,
} from '../domain';
import type { ReadableList } from '../rules/unread-lists';
import { writeAudit } from './audit';
import {
  asPageRead,
  type CaseMeta,
  caseWriteTables,
  deleteCaseRows,
  loadCorrections,
  loadReads,
  markSuperseded,
  ofCase,
  readCaseRecord,
  readListRows,
  recordFromRows,
  type WriteCounts,
  writeMergedCase,
} from './case-tables';
import {
  type Correction,
  type CorrectionChange,
  CorrectionInputSchema,
  type PageProvenance,
} from './corrections';
import type { LensDb } from './db';
import { listsReadOf } from './lists-read';
import { auditFieldOf, meetingOn, sectionOnPages } from './meeting-entries';
import { type Conflict, mergeCase, mergePageRead, mergePages, readOrder, slotOf } from './merge';
import { contentHash, isSiteOrigin, later, pageContent, utc } from './page-content';
import { attempt, describeIssues, fail, type Result, StoreFailure } from './result';
import type { CaseRow, CorrectionRow } from './rows';

export interface ApplyPageReadOptions {
  /** The origin of the page that was read (`https://host:port`). */
  origin: string;
  now: Date;
}

export interface ApplyOutcome {
  /**
   * `applied`: the record was updated. `unchanged`: the page shows what it showed last time, so
   * only the time it was last read moved. `stale`: a newer read of this page is already stored
   * (a retried message arriving late), so this one changed nothing.
   */
  status: 'applied' | 'unchanged' | 'stale';
  caseId: string;
  path: string;
  added: number;
  changed: number;
  removed: number;
  /** Open conflicts in the whole case after this read. */
  conflicts: number;
  /** Fields this page showed but could not be read. */
  unread: number;
  /** Corrections that stopped applying because the page now shows something else. */
  supersededCorrections: number;
}

/**
 * Stores one page read: validates it, merges it into its case with every other page's last read
 * and the user's corrections, and writes everything in one transaction, so a failure half-way
 * (or a full disk) leaves what was stored before untouched.
 */
export async function applyPageRead(
  db: LensDb,
  input: unknown,
  options: ApplyPageReadOptions,
): Promise<Result<ApplyOutcome>> {
  const parsed = PageReadSchema.safeParse(input);
  if (!parsed.success) {
    return fail('invalid-input', 'This page read was refused.', describeIssues(parsed.error));
  }
  if (!isSiteOrigin(options.origin)) {
    return fail(
      'invalid-input',
      'This page read was refused: it does not say which site it came from.',
    );
  }
  if (Number.isNaN(options.now.getTime()))
    return fail('invalid-input', 'The time given is not valid.');
  const read: PageRead = { ...parsed.data, readAt: utc(parsed.data.readAt) };
  const { origin } = options;

  return attempt(() =>
    db.transaction('rw', caseWriteTables(db), async (): Promise<ApplyOutcome> => {
      const at = options.now.toISOString();
      const { caseId, path } = read;
      const [previous, stored] = await Promise.all([
        db.cases.get(caseId),
        db.pageReads.get([caseId, path]),
      ]);
      if (previous && previous.origin !== origin) {
        // Two systems can use the same case numbers: mixing them would be silently wrong.
        throw new StoreFailure(
          'origin-mismatch',
          `Case ${caseId} is held from ${previous.origin}, so a page from ${origin} cannot add to it. ` +
            'Delete the stored case first if the case system has moved.',
        );
      }
      const hash = contentHash(read);
      const outcome: ApplyOutcome = {
        status: 'applied',
        caseId,
        path,
        added: 0,
        changed: 0,
        removed: 0,
        conflicts: previous?.conflictCount ?? 0,
        unread: read.unread.length,
        supersededCorrections: 0,
      };

      if (stored && Date.parse(stored.readAt) > Date.parse(read.readAt)) {
        return { ...outcome, status: 'stale' };
      }
      if (previous && stored?.hash === hash && pageContent(stored) === pageContent(read)) {
        await Promise.all([
          db.pageReads.put({ ...stored, checkedAt: later(read.readAt, stored.checkedAt) }),
          db.cases.put({ ...previous, lastReadAt: later(read.readAt, previous.lastReadAt) }),
        ]);
        return { ...outcome, status: 'unchanged' };
      }

      const merge = mergePageRead(
        (await loadReads(db, caseId)).map(asPageRead),
        read,
        await loadCorrections(db, caseId),
      );
      const meta: CaseMeta = {
        caseId,
        origin,
        profileId: read.profileId ?? previous?.profileId,
        firstReadAt: previous?.firstReadAt ?? read.readAt,
        lastReadAt: later(read.readAt, previous?.lastReadAt),
        lastOpenedAt: previous?.lastOpenedAt,
      };
      const counts = await writeMergedCase(db, meta, merge, previous, at);
      await db.pageReads.put({ ...read, hash, checkedAt: read.readAt });
      await markSuperseded(db, merge.superseded, at);
      await writeAudit(db, {
        at,
        action: 'read',
        caseId,
        pageKind: read.pageKind,
        path,
        counts: {
          ...counts,
          unread: read.unread.length,
          conflicts: merge.conflicts.length,
          supersededCorrections: merge.superseded.length,
        },
      });
      return {
        ...outcome,
        ...counts,
        conflicts: merge.conflicts.length,
        supersededCorrections: merge.superseded.length,
      };
    }),
  );
}

/** Re-merges a case from what is stored (after its corrections changed) and writes it. */
async function remergeCase(db: LensDb, previous: CaseRow, at: string): Promise<WriteCounts> {
  const { caseId } = previous;
  const reads = (await loadReads(db, caseId)).map(asPageRead);
  const merge = mergeCase(caseId, reads, await loadCorrections(db, caseId));
  const meta: CaseMeta = {
    caseId,
    origin: previous.origin,
    profileId: previous.profileId,
    firstReadAt: previous.firstReadAt,
    lastReadAt: previous.lastReadAt,
    lastOpenedAt: previous.lastOpenedAt,
  };
  const counts = await writeMergedCase(db, meta, merge, previous, at);
  await markSuperseded(db, merge.superseded, at);
  return counts;
}

/** The record the rules engine works on, as stored (pages merged, corrections applied). */
export function getCaseRecord(db: LensDb, caseId: string): Promise<CaseRecord | undefined> {
  return readCaseRecord(db, caseId);
}

export interface UnreadOnPage extends UnreadField {
  path: string;
  pageKind: PageKind;
  readAt: string;
}

export interface PageSeen {
  path: string;
  pageKind: PageKind;
  /** When the values now stored from this page were read. */
  readAt: string;
  /** The latest time the page was read (unchanged reads move only this). */
  checkedAt: string;
  unread: number;
}

/** Everything the sidebar shows for one case. */
export interface CaseView {
  caseId: string;
  origin: string;
  profileId?: string;
  record: CaseRecord;
  /** Values pages showed but could not be read, with the page: said, never guessed. */
  unread: UnreadOnPage[];
  conflicts: Conflict[];
  /** Active and superseded (`supersededAt` set) corrections, oldest first. */
  corrections: Correction[];
  pages: PageSeen[];
  /** The lists some page read has shown, so rules never judge on a list no page has shown. */
  listsRead: ReadableList[];
  lastReadAt: string;
  lastOpenedAt?: string;
  /** Pass back to `setNextDue`, so a deadline worked out from an older record is not stored. */
  updatedAt: string;
  nextDueDate?: IsoDate;
}

export async function getCaseView(db: LensDb, caseId: string): Promise<CaseView | undefined> {
  return db.transaction('r', caseWriteTables(db), async () => {
    // Asked all at once (see readListRows).
    const [row, lists, readRows, conflictRows, correctionRows] = await Promise.all([
      db.cases.get(caseId),
      readListRows(db, caseId),
      loadReads(db, caseId),
      ofCase(db.conflicts, caseId).toArray(),
      loadCorrections(db, caseId),
    ]);
    if (!row) return undefined;
    const record = recordFromRows(row, lists);
    const reads = readRows.sort(readOrder);
    const conflicts = conflictRows.map(({ slot: _, ...conflict }) => conflict);
    const corrections = correctionRows.sort((a, b) => a.id - b.id);
    const view: CaseView = {
      caseId,
      origin: row.origin,
      record,
      unread: reads.flatMap((r) =>
        r.unread.map((u) => ({ ...u, path: r.path, pageKind: r.pageKind, readAt: r.readAt })),
      ),
      conflicts,
      corrections,
      listsRead: listsReadOf(reads, record),
      pages: reads.map((r) => ({
        path: r.path,
        pageKind: r.pageKind,
        readAt: r.readAt,
        checkedAt: r.checkedAt,
        unread: r.unread.length,
      })),
      lastReadAt: row.lastReadAt,
      updatedAt: row.updatedAt,
    };
    if (row.profileId !== undefined) view.profileId = row.profileId;
    if (row.lastOpenedAt !== undefined) view.lastOpenedAt = row.lastOpenedAt;
    if (row.nextDueDate !== undefined) view.nextDueDate = row.nextDueDate;
    return view;
  });
}

export type CaseSummary = Omit<CaseRow, 'provenance'>;
export type CaseOrder = 'next-due' | 'last-read' | 'region';

/**
 * The dashboard's list. A case whose next deadline (or region) is not known comes first, not
 * last: an unknown must never sink out of sight below the cases that are known to be fine.
 */
export async function listCases(
  db: LensDb,
  options: { orderBy?: CaseOrder } = {},
): Promise<CaseSummary[]> {
  const orderBy = options.orderBy ?? 'next-due';
  const byLastRead = (a: CaseRow, b: CaseRow) =>
    a.lastReadAt === b.lastReadAt ? 0 : a.lastReadAt > b.lastReadAt ? -1 : 1;
  let rows: CaseRow[];
  if (orderBy === 'last-read') {
    rows = await db.cases.orderBy('lastReadAt').reverse().toArray();
  } else if (orderBy === 'next-due') {
    const unknown = await db.cases.filter((c) => c.nextDueDate === undefined).toArray();
    rows = [...unknown.sort(byLastRead), ...(await db.cases.orderBy('nextDueDate').toArray())];
  } else {
    const unknown = await db.cases.filter((c) => c.region === undefined).toArray();
    const known = await db.cases.orderBy('region').toArray();
    const byDue = (a: CaseRow, b: CaseRow) =>
      (a.region ?? '').localeCompare(b.region ?? '') ||
      (a.nextDueDate ?? '').localeCompare(b.nextDueDate ?? '') ||
      byLastRead(a, b);
    rows = [...unknown.sort(byDue), ...known.sort(byDue)];
  }
  return rows.map(({ provenance: _, ...summary }) => summary);
}

/** Every stored record, for the dashboard to run the rules over. */
export async function listCaseRecords(db: LensDb): Promise<CaseRecord[]> {
  return db.transaction('r', caseWriteTables(db), async () => {
    const records: CaseRecord[] = [];
    for (const caseId of (await db.cases.toCollection().primaryKeys()) as string[]) {
      const record = await readCaseRecord(db, caseId);
      if (record) records.push(record);
    }
    return records;
  });
}

/**
 * Stores the next deadline the rules found, for the dashboard's order. `recordUpdatedAt` is the
 * `updatedAt` of the view the rules ran on: if the record has changed since, nothing is stored
 * (`stored: false`) and the caller should work it out again.
 */
export async function setNextDue(
  db: LensDb,
  caseId: string,
  nextDueDate: IsoDate | null,
  recordUpdatedAt: string,
): Promise<Result<{ stored: boolean }>> {
  if (nextDueDate !== null && !IsoDateSchema.safeParse(nextDueDate).success) {
    return fail('invalid-input', 'The next deadline must be a date written YYYY-MM-DD.');
  }
  return attempt(() =>
    db.transaction('rw', db.cases, async () => {
      const row = await db.cases.get(caseId);
      if (!row || row.updatedAt !== recordUpdatedAt) return { stored: false };
      const { nextDueDate: _, ...rest } = row;
      await db.cases.put(nextDueDate === null ? rest : { ...rest, nextDueDate });
      return { stored: true };
    }),
  );
}

/** Records that the sidebar showed the case: retention counts from the last time it was used. */
export async function markCaseOpened(
  db: LensDb,
  caseId: string,
  now: Date,
): Promise<Result<{ found: boolean }>> {
  return attempt(() =>
    db.transaction('rw', db.cases, async () => {
      const row = await db.cases.get(caseId);
      if (!row) return { found: false };
      await db.cases.put({ ...row, lastOpenedAt: now.toISOString() });
      return { found: true };
    }),
  );
}

/**
 * Stores a value the user entered. It wins over the pages until a page shows something other
 * than what it showed now (then the case system has changed, and it is the record).
 */
export async function addCorrection(
  db: LensDb,
  input: unknown,
  now: Date,
): Promise<Result<Correction>> {
  const parsed = CorrectionInputSchema.safeParse(input);
  if (!parsed.success) {
    return fail('invalid-input', 'This correction was refused.', describeIssues(parsed.error));
  }
  const { caseId, change, note } = parsed.data;
  return attempt(() =>
    db.transaction('rw', caseWriteTables(db), async () => {
      const at = now.toISOString();
      const previous = await db.cases.get(caseId);
      if (!previous) throw new StoreFailure('not-found', `Case ${caseId} is not stored.`);
      const reads = (await loadReads(db, caseId)).map(asPageRead).sort(readOrder);
      const fromPages = mergePages(caseId, reads).record;
      let shown: { value: unknown; source?: Provenance };
      if (change.field === 'meetingSection') {
        // Checked here, not only in the schema: an entry for a meeting the case does not hold
        // would be stored and never shown.
        const meeting = meetingOn((await readCaseRecord(db, caseId)) ?? fromPages, change.key);
        if (!meeting) {
          throw new StoreFailure(
            'not-found',
            `Case ${caseId} holds no core group on ${change.key}, so nothing can be entered for it.`,
          );
        }
        const page = meetingOn(fromPages, change.key)?.source;
        shown = {
          value: sectionOnPages(fromPages, change.key, change.section),
          ...(page ? { source: page } : {}),
        };
      } else {
        shown = slotOf(fromPages, change.field, change.key);
      }
      const row: Omit<CorrectionRow, 'id'> = {
        caseId,
        change,
        enteredAt: at,
        pageValue: shown.value,
      };
      if (note !== undefined) row.note = note;
      if (shown.source?.kind === 'page') row.pageSource = shown.source as PageProvenance;
      const id = await db.corrections.add(row as CorrectionRow);
      await remergeCase(db, previous, at);
      await writeAudit(db, { at, action: 'correct', caseId, field: auditField(change) });
      return { ...row, id } as Correction;
    }),
  );
}

/** The field a correction names in the audit log (never its value). */
function auditField(change: CorrectionChange): string {
  return change.field === 'meetingSection' ? auditFieldOf(change) : change.field;
}

/** Removes a correction; the pages' value shows again. */
export async function undoCorrection(
  db: LensDb,
  correctionId: number,
  now: Date,
): Promise<Result<{ undone: boolean }>> {
  return attempt(() =>
    db.transaction('rw', caseWriteTables(db), async () => {
      const at = now.toISOString();
      const correction = await db.corrections.get(correctionId);
      if (!correction) return { undone: false };
      await db.corrections.delete(correctionId);
      const previous = await db.cases.get(correction.caseId);
      if (previous) await remergeCase(db, previous, at);
      await writeAudit(db, {
        at,
        action: 'undo-correction',
        caseId: correction.caseId,
        field: auditField(correction.change),
      });
      return { undone: true };
    }),
  );
}

/**
 * Erases one case from every table, its audit entries included; the log keeps only that a
 * case was deleted, and how many rows, not which. Deleting a case that is not there is not an
 * error (a retried message must not fail).
 */
export async function deleteCase(
  db: LensDb,
  caseId: string,
  now: Date,
): Promise<Result<{ found: boolean; rowsDeleted: number }>> {
  return attempt(() =>
    db.transaction('rw', caseWriteTables(db), async () => {
      const found = (await db.cases.get(caseId)) !== undefined;
      const rowsDeleted = await deleteCaseRows(db, caseId);
      if (found) {
        await writeAudit(db, {
          at: now.toISOString(),
          action: 'delete-case',
          counts: { cases: 1, rows: rowsDeleted },
        });
      }
      return { found, rowsDeleted };
    }),
  );
}

/**
 * Empties every table in one transaction, then deletes the database itself, so nothing is left
 * on disk. Other extension pages holding it open are closed by Dexie (see openLensDb); this
 * connection reopens an empty database on next use. Nothing is logged: nothing is left to log in.
 */
export async function deleteEverything(db: LensDb): Promise<Result<{ rowsDeleted: number }>> {
  return attempt(async () => {
    let rowsDeleted = 0;
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        rowsDeleted += await table.count();
        await table.clear();
      }
    });
    await db.delete({ disableAutoOpen: false });
    return { rowsDeleted };
  });
}
