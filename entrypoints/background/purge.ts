import { browser } from 'wxt/browser';
import { todayInLondon } from '../../lib/rules/calendar';
import { type LensDb, type PurgeOutcome, purgeExpired, type Result } from '../../lib/store';

/** The name of the daily retention alarm (the tests fire it early under this name). */
export const PURGE_ALARM = 'core-group-lens-retention-purge';
const DAY_IN_MINUTES = 24 * 60;

export interface PurgeScheduleOptions {
  now?: () => Date;
  /** Called after a purge that deleted cases, so open pages can fetch again. */
  onPurged?: (outcome: PurgeOutcome) => void;
  /**
   * The period the organisation's policy sets, if it sets one: it wins over the worker's own
   * setting (docs/data-protection.md, section 8). Read at each run, as policy can change.
   */
  policyRetentionDays?: () => Promise<number | undefined>;
}

/**
 * Deletes what the retention period has expired (docs/data-protection.md, section 4) each time
 * the worker starts and then once a day. The schedule lives in the browser's alarms, not in this
 * worker's memory: MV3 stops the worker whenever it is idle, and an alarm wakes it again.
 * Resolves with the outcome of the purge run at start.
 */
export function startPurgeSchedule(
  db: LensDb,
  options: PurgeScheduleOptions = {},
): Promise<Result<PurgeOutcome>> {
  const now = options.now ?? (() => new Date());
  const runPurge = async (): Promise<Result<PurgeOutcome>> => {
    const at = now();
    const retentionDays = await options.policyRetentionDays?.().catch(() => undefined);
    // Retention counts in UK calendar days, the days the deadlines and the worker run on.
    const result = await purgeExpired(db, {
      today: todayInLondon(at),
      now: at,
      ...(retentionDays !== undefined ? { retentionDays } : {}),
    });
    if (result.ok && result.value.casesPurged > 0) options.onPurged?.(result.value);
    // A failed purge deletes nothing and is tried again at the next start or alarm. Only the
    // code is logged: the console must never hold case data.
    if (!result.ok) console.warn(`Core Group Lens: retention purge failed (${result.error.code})`);
    return result;
  };

  // Listeners are added in the worker's first turn: a worker woken by an event hears it only
  // if its listener was registered synchronously at start.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void runPurge();
  });
  // Having an onStartup listener makes the browser start this worker when it starts, so the
  // purge below runs at every browser start, not only once a case page is opened.
  browser.runtime.onStartup.addListener(() => undefined);

  void ensureDailyAlarm();
  return runPurge();
}

/**
 * Chrome may drop alarms when the browser restarts or the extension updates, so every start
 * checks the alarm is there, without moving one that is (that would postpone it at each start).
 */
async function ensureDailyAlarm(): Promise<void> {
  const existing = await browser.alarms.get(PURGE_ALARM);
  if (existing) return;
  await browser.alarms.create(PURGE_ALARM, {
    delayInMinutes: DAY_IN_MINUTES,
    periodInMinutes: DAY_IN_MINUTES,
  });
}
