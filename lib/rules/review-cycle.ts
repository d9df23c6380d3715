import type { CaseRecord, IsoDate, ReviewConference } from '../domain';
import { compareDates } from './calendar';
import { evidence, firstAfter, icpcEvidence } from './case-events';
import { readingOf } from './case-reading';
import type { FindingEvidence } from './finding';
import { dueDate, formatDate, type RuleContext } from './rule-context';
import type { Timescale } from './timescale';

/** One gap between reviews: from the ICPC (or a review held) to the next review due. */
export interface ReviewCycle {
  /** The ICPC or the review the count runs from. */
  from: { date: IsoDate; label: string; evidence: FindingEvidence[] };
  timescale: Timescale;
  due: IsoDate;
  /** The review that closed this cycle, if one has been held. */
  held?: ReviewConference;
}

/**
 * Every review cycle of the plan: closed ones (a review was held) then the open one, whose next
 * review is not yet held. Empty when neither the ICPC nor any review held is recorded; when only
 * the ICPC is missing, cycles start from the first review held.
 */
export function reviewCycles(record: CaseRecord, ctx: RuleContext): ReviewCycle[] {
  const { procedure } = ctx;
  const held = readingOf(record, ctx).heldReviews();
  const cycles: ReviewCycle[] = [];
  let from: ReviewCycle['from'] | undefined;
  let timescale = procedure.firstReview;
  if (record.icpcDate !== undefined) {
    from = {
      date: record.icpcDate,
      label: `the ${procedure.terms.initialConference}`,
      evidence: icpcEvidence(record, ctx),
    };
  }
  for (const review of held) {
    if (from)
      cycles.push({ from, timescale, due: dueDate(from.date, timescale, ctx), held: review });
    from = {
      date: review.date,
      label: `the last ${procedure.terms.reviewConference}`,
      evidence: [evidence(`${procedure.terms.reviewConference} held`, review)],
    };
    timescale = procedure.laterReviews;
  }
  if (from) cycles.push({ from, timescale, due: dueDate(from.date, timescale, ctx) });
  return cycles;
}

/** The open cycle's review: the one booked if any, else the latest date it may be held. */
export interface NextReview {
  cycle: ReviewCycle;
  date: IsoDate;
  scheduled?: ReviewConference;
}

export function nextReview(record: CaseRecord, ctx: RuleContext): NextReview | undefined {
  const cycle = reviewCycles(record, ctx).at(-1);
  if (!cycle || cycle.held) return undefined;
  const scheduled = firstAfter(readingOf(record, ctx).scheduledReviews(), cycle.from.date);
  return scheduled ? { cycle, date: scheduled.date, scheduled } : { cycle, date: cycle.due };
}

/** The next review is not booked and its latest date falls after the plan ends: none is due. */
export function nextReviewAfterPlanEnd(next: NextReview | undefined, ctx: RuleContext): boolean {
  return (
    next !== undefined &&
    next.scheduled === undefined &&
    ctx.planEndDate !== undefined &&
    compareDates(next.date, ctx.planEndDate) > 0
  );
}

export function planEndedReason(next: NextReview, ctx: RuleContext, what: string): string {
  const end = ctx.planEndDate ?? next.date;
  const ends = compareDates(ctx.today, end) > 0 ? 'ended' : 'ends';
  return `The next ${ctx.procedure.terms.reviewConference} would be due by ${formatDate(next.date)}, after the plan ${ends} on ${formatDate(end)}, so ${what} does not apply.`;
}
