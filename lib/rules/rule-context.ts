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
}

/** The optional parts, which a rule may give as `undefined`: such a field is left out. */
const OPTIONAL_PARTS = [
  'occurrence',
  'due',
  'windowStart',
  'childId',
  'doneOn',
  'computedFrom',
] as const satisfies readonly (keyof FindingParts)[];

/**
 * A finding with the context's region and procedure, saying so when the region was assumed.
 * `timescale` is the one the dates came from: it says whether bank holidays mattered.
 *
 * `parts` must be the caller's own new object: it becomes the finding. This runs for every
 * finding of every case on the dashboard, and copying each into a new object was a fifth of
 * the rules' time (issue 8). The fields keep the parts' order, the ones added after them.
 */
export function makeFinding(parts: FindingParts, ctx: RuleContext, timescale?: Timescale): Finding {
  const usesHolidays =
    timescale !== undefined &&
    parts.due !== undefined &&
    (timescale.unit === 'working-days' || timescale.countBankHolidays === false);
  const reason =
    ctx.regionAssumed && usesHolidays
      ? `${parts.reason} (The case's nation is not recorded, so England and Wales bank holidays were assumed.)`
      : parts.reason;
  const finding = hasUndefinedPart(parts) ? withoutUndefined(parts) : parts;
  finding.reason = reason;
  const out = finding as FindingParts & Partial<Finding>;
  out.occurrence = parts.occurrence ?? 'current';
  out.computedFrom = parts.computedFrom ?? [];
  out.region = ctx.region;
  out.regionAssumed = ctx.regionAssumed;
  out.procedureId = ctx.procedure.id;
  return out as Finding;
}

function hasUndefinedPart(parts: FindingParts): boolean {
  for (const key of OPTIONAL_PARTS) if (parts[key] === undefined && key in parts) return true;
  return false;
}

/** A copy without the fields given as `undefined`, the others in their order. */
function withoutUndefined(parts: FindingParts): FindingParts {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parts)) if (value !== undefined) copy[key] = value;
  return copy as unknown as FindingParts;
}
