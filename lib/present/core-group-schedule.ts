import type { CaseRecord, IsoDate, Region } from '../domain';
import { type Closures, compareDates } from '../rules/calendar';
import type { Finding } from '../rules/finding';
import type { Procedure } from '../rules/procedure';
import { nextReview } from '../rules/review-cycle';
import type { RuleContext } from '../rules/rule-context';
import { applyTimescale } from '../rules/timescale';

const OPEN = new Set<Finding['status']>(['overdue', 'due-soon', 'upcoming']);
/** A plan runs months, not years, between reviews: more dates than this means bad data. */
const MOST_DATES = 12;

export interface CoreGroupSchedule {
  /** The finding the first date comes from (the first core group, or the next after the last). */
  next?: Finding;
  /**
   * The latest date each coming core group may be held, up to the next review: the first as the
   * rules give it, each later one counted from the one before as if that were held on its last
   * allowed day (or today, when the one before is already overdue). Holding one earlier brings
   * the rest forward.
   */
  mustFallBy: IsoDate[];
  /** The review the dates run up to: the one booked, else the latest date it may be held. */
  review?: { date: IsoDate; booked: boolean };
  /** The rule for the last core group before that review: its window and status. */
  finalBeforeReview?: Finding;
  /** Minutes not yet circulated (the latest meeting's, and any earlier still missing). */
  minutesDue: Finding[];
  /** The latest meeting's minutes, whatever their status. */
  latestMinutes?: Finding;
  /** Why no dates can be given, when none can (the rules' own reason). */
  cannotDate?: string;
}

export interface ScheduleOptions {
  today: IsoDate;
  procedure: Procedure;
  /** The bank-holiday calendar the findings used. */
  region: Region;
  closures?: Closures;
}

const current = (findings: readonly Finding[], rule: Finding['rule']) =>
  findings.find((f) => f.rule === rule && f.occurrence === 'current');

/**
 * What a worker on the core group page needs next: the dates the coming meetings must fall by
 * until the next review, the window for the last one before it, and the minutes still due.
 */
export function coreGroupSchedule(
  record: CaseRecord,
  findings: readonly Finding[],
  options: ScheduleOptions,
): CoreGroupSchedule {
  const { today, procedure, region } = options;
  const closures = options.closures ?? new Set<IsoDate>();
  const minutes = findings.filter((f) => f.rule === 'minutes-circulated');
  const schedule: CoreGroupSchedule = {
    mustFallBy: [],
    minutesDue: minutes.filter((f) => OPEN.has(f.status)),
  };
  const latestMinutes = current(minutes, 'minutes-circulated');
  if (latestMinutes) schedule.latestMinutes = latestMinutes;
  const finalBeforeReview = current(findings, 'final-core-group-before-review');
  if (finalBeforeReview) schedule.finalBeforeReview = finalBeforeReview;

  const ctx: RuleContext = {
    today,
    region,
    regionAssumed: false,
    procedure,
    closures,
    ...(record.planEndDate !== undefined ? { planEndDate: record.planEndDate } : {}),
  };
  const review = nextReview(record, ctx);
  if (review) schedule.review = { date: review.date, booked: review.scheduled !== undefined };

  const interval = current(findings, 'core-group-interval');
  const first = current(findings, 'first-core-group');
  const next = [interval, first].find((f) => f?.due !== undefined && OPEN.has(f.status));
  if (!next?.due) {
    const why = [first, interval].find((f) => f?.status === 'unknown');
    if (why) schedule.cannotDate = why.reason;
    return schedule;
  }
  schedule.next = next;
  const stop = (date: IsoDate) =>
    (review !== undefined && compareDates(date, review.date) >= 0) ||
    (record.planEndDate !== undefined && compareDates(date, record.planEndDate) > 0);
  let date = next.due;
  while (!stop(date) && schedule.mustFallBy.length < MOST_DATES) {
    schedule.mustFallBy.push(date);
    const from = compareDates(date, today) < 0 ? today : date;
    date = applyTimescale(from, procedure.coreGroupInterval, region, closures);
  }
  return schedule;
}
