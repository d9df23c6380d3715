import { type IsoDate, isIsoDate } from '../domain';
import { writeAudit } from './audit';
import { caseWriteTables, deleteCaseRows } from './case-tables';
import type { LensDb } from './db';
import { attempt, fail, type Result } from './result';
import { readSettings } from './settings';

export interface PurgeOptions {
  /** Today's date where the user is. */
  today: IsoDate;
  now: Date;
  /** Defaults to the stored setting (itself 90 days by default). */
  retentionDays?: number;
}

export interface PurgeOutcome {
  cutoff: IsoDate;
  casesPurged: number;
  rowsDeleted: number;
  auditEntriesPurged: number;
}

const MAX_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/** `date` minus `days` calendar days, computed in UTC so no clock change can shift it. */
export function daysBefore(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - days)).toISOString().slice(0, 10);
}

/**
 * Deletes what is no longer needed (the case system stays the record): a case is kept for
 * `retentionDays` after it was last used (read or opened), and for as long after its plan ended:
 * with 90 days, a plan that ended on 1 January is deleted from 2 April (the 91st day), and so is
 * a case last used on 1 January (give or take the day the time zone can add, see below).
 * Audit entries older than the same period go too.
 */
export async function purgeExpired(
  db: LensDb,
  options: PurgeOptions,
): Promise<Result<PurgeOutcome>> {
  if (!isIsoDate(options.today)) return fail('invalid-input', 'Today must be a date YYYY-MM-DD.');
  const days = options.retentionDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
    return fail(
      'invalid-input',
      'The retention period must be a whole number of days, at least 1.',
    );
  }
  return attempt(() =>
    db.transaction('rw', [...caseWriteTables(db), db.settings], async () => {
      const retentionDays = days ?? (await readSettings(db)).retentionDays;
      const cutoff = daysBefore(options.today, retentionDays);
      // Timestamps are stored in UTC, `today` is the user's local date. Moving the cutoff back
      // by the largest zone offset (UTC+14) means a case is never deleted before its last local
      // day of use is `retentionDays` old; at most it is kept one day longer.
      const cutoffTime = new Date(
        Date.parse(`${cutoff}T00:00:00.000Z`) - MAX_ZONE_OFFSET_MS,
      ).toISOString();
      const unused = await db.cases
        .where('lastReadAt')
        .below(cutoffTime)
        .filter((c) => c.lastOpenedAt === undefined || c.lastOpenedAt < cutoffTime)
        .primaryKeys();
      const planEnded = await db.cases.where('planEndDate').below(cutoff).primaryKeys();
      const expired = [...new Set([...unused, ...planEnded])];

      let rowsDeleted = 0;
      for (const caseId of expired) rowsDeleted += await deleteCaseRows(db, caseId);
      const auditEntriesPurged = await db.audit.where('at').below(cutoffTime).delete();
      if (expired.length > 0 || auditEntriesPurged > 0) {
        await writeAudit(db, {
          at: options.now.toISOString(),
          action: 'purge',
          counts: { cases: expired.length, rows: rowsDeleted, auditEntries: auditEntriesPurged },
        });
      }
      return { cutoff, casesPurged: expired.length, rowsDeleted, auditEntriesPurged };
    }),
  );
}
