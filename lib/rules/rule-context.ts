import type { IsoDate, Region } from '../domain';
import { BoundedCache } from './bounded-cache';
import { addDays, addWorkingDays, type Closures, compareDates } from './calendar';
import type { CaseReading } from './case-reading';
import type { Finding, FindingEvidence, FindingRule, FindingStatus } from './finding';
import type { Procedure } from './procedure';
import { applyTimescale, type Direction, type RuleSource, type Timescale } from './timescale';

/** Everything a rule needs besides the record. */
export interface RuleContext {
  today: IsoDate;
  region: Region;
  regionAssumed: boolean;
  procedure: Procedure;
  closures: Closures;
  planEndDate?: IsoDate;
  /** What the rules of one `computeFindings` run have read from its record (see `CaseReading`). */
  reading?: CaseReading;
}

export const isAfter = (a: IsoDate, b: IsoDate) => compareDates(a, b) > 0;
export const isOnOrAfter = (a: IsoDate, b: IsoDate) => compareDates(a, b) >= 0;

export function dueDate(
  from: IsoDate,
  timescale: Timescale,
  ctx: RuleContext,
  direction: Direction = 'after',
): IsoDate {
  return applyTimescale(from, timescale, ctx.region, ctx.closures, direction);
}

/** The last day before `date` on which something counted in `timescale`'s unit can happen. */
export function dayBefore(date: IsoDate, timescale: Timescale, ctx: RuleContext): IsoDate {
  return timescale.unit === 'working-days'
    ? addWorkingDays(date, -1, ctx.region, ctx.closures)
    : addDays(date, -1);
}

/**
 * The status of something due on `due`, done on `doneOn` (undefined: not done). Nothing falling
 * due after the plan ends is ever overdue, due soon or upcoming: it does not apply.
 */
export function statusFor(
  due: IsoDate,
  doneOn: IsoDate | undefined,
  ctx: RuleContext,
): FindingStatus {
  if (doneOn !== undefined) return isAfter(doneOn, due) ? 'late' : 'met';
  if (ctx.planEndDate !== undefined && isAfter(due, ctx.planEndDate)) return 'not-applicable';
  if (isAfter(ctx.today, due)) return 'overdue';
  const horizon =
    ctx.reading?.ctx === ctx
      ? ctx.reading.dueSoonHorizon()
      : dueDate(ctx.today, ctx.procedure.dueSoon, ctx);
  return isAfter(due, horizon) ? 'upcoming' : 'due-soon';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

// Every reason names dates, the same few thousand across a caseload: each is written once.
const formatted = new BoundedCache<IsoDate, string>(20_000);

/** "Tue 5 Jan 2027": the weekday matters to a worker booking a meeting. */
export function formatDate(date: IsoDate): string {
  const known = formatted.get(date);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return formatted.set(date, `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`);
}

export interface Outcome {
  status: FindingStatus;
  /** e.g. "The first core group". */
  subject: string;
  due: IsoDate;
  /** e.g. "10 working days after the ICPC on Thu 17 Dec 2026". */
  expectation: string;
  /** e.g. "held on Thu 7 Jan 2027", when done. */
  doneText?: string;
  /** e.g. "no core group is recorded as held since the ICPC", when not done. */
  notDoneText: string;
  /** The subject is plural ("The minutes…"). */
  plural?: boolean;
  /** A meeting booked but not yet held, worth a line in the reason. */
  scheduled?: { date: IsoDate; what: string };
}

/** The plain-English reason for a dated finding, the same shape for every rule. */
export function outcomeReason(o: Outcome, ctx: RuleContext): string {
  const due = formatDate(o.due);
  const [was, is] = o.plural ? ['were', 'are'] : ['was', 'is'];
  let reason: string;
  switch (o.status) {
    case 'met':
      reason = `${o.subject} ${was} ${o.doneText}, on time: due by ${due} (${o.expectation}).`;
      break;
    case 'late':
      reason = `${o.subject} ${was} ${o.doneText}, late: due by ${due} (${o.expectation}).`;
      break;
    case 'overdue':
      reason = `${o.subject} ${is} overdue: due by ${due} (${o.expectation}), and ${o.notDoneText}.`;
      break;
    case 'not-applicable': {
      const end = ctx.planEndDate ?? o.due;
      const ends = isAfter(ctx.today, end) ? 'ended' : 'ends';
      reason = `${o.subject} would be due by ${due} (${o.expectation}), after the plan ${ends} on ${formatDate(end)}, so it does not apply.`;
      break;
    }
    default:
      reason = `${o.subject} ${is} due by ${due} (${o.expectation}); ${o.notDoneText}.`;
  }
  if (o.scheduled && o.status !== 'met' && o.status !== 'late') {
    const on = formatDate(o.scheduled.date);
    if (isAfter(ctx.today, o.scheduled.date)) {
      reason += ` ${o.scheduled.what} was scheduled for ${on} but is not recorded as held.`;
    } else {
      const late = isAfter(o.scheduled.date, o.due)
        ? ', after the due date, so it will be late'
        : '';
      reason += ` ${o.scheduled.what} is scheduled for ${on}${late}.`;
    }
  }
  return reason;
}

export interface FindingParts {
  rule: FindingRule;
  status: FindingStatus;
  reason: string;
  source: RuleSource;
  occurrence?: 'current' | 'past';
  due?: IsoDate;
  windowStart?: IsoDate;
  childId?: string;
  doneOn?: IsoDate;
  computedFrom?: FindingEvidence[];
  /** The timescale the dates came from: says whether bank holidays mattered. */
  timescale?: Timescale;
}

/** A finding with the context's region and procedure, saying so when the region was assumed. */
export function makeFinding(parts: FindingParts, ctx: RuleContext): Finding {
  const { timescale } = parts;
  const usesHolidays =
    timescale !== undefined &&
    parts.due !== undefined &&
    (timescale.unit === 'working-days' || timescale.countBankHolidays === false);
  const reason =
    ctx.regionAssumed && usesHolidays
      ? `${parts.reason} (The case's nation is not recorded, so England and Wales bank holidays were assumed.)`
      : parts.reason;
  // The parts' defined fields in their order, then the context's: a plain loop, because this
  // runs for every finding of every case and `Object.fromEntries(Object.entries(…))` showed up
  // as a tenth of the rules' time (issue 8). Assigning a field already copied keeps its place.
  const finding: Record<string, unknown> = {};
  for (const key in parts) {
    if (key === 'timescale' || !Object.hasOwn(parts, key)) continue;
    const value = parts[key as keyof FindingParts];
    if (value !== undefined) finding[key] = value;
  }
  finding.reason = reason;
  finding.occurrence = parts.occurrence ?? 'current';
  finding.computedFrom = parts.computedFrom ?? [];
  finding.region = ctx.region;
  finding.regionAssumed = ctx.regionAssumed;
  finding.procedureId = ctx.procedure.id;
  return finding as unknown as Finding;
}
