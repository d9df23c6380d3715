import type { CaseRecord, CoreGroup, IsoDate } from '../domain';
import { dayNumberOf } from './calendar';
import { evidence } from './case-events';
import { readingOf } from './case-reading';
import type { Finding } from './finding';
import { nextReview, nextReviewAfterPlanEnd, planEndedReason } from './review-cycle';
import {
  dayBefore,
  dueDate,
  formatDate,
  isAfter,
  makeFinding,
  outcomeReason,
  type RuleContext,
  statusFor,
} from './rule-context';
import { describeTimescale } from './timescale';

/**
 * The last core group before each review must fall in the 15 working days before it (by
 * default), so the review hears how the plan is going now. Checked for the next review (the one
 * booked, or if none, the latest date it may be held) and for each review already held.
 */
export function finalCoreGroupBeforeReview(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.finalCoreGroupBeforeReview;
  const review = ctx.procedure.terms.reviewConference;
  const base = {
    rule: 'final-core-group-before-review',
    source: timescale.source,
  } as const;
  const held = readingOf(record, ctx).heldCoreGroups();
  // Each core group's date read once for all the reviews (issue 8).
  let heldDays: number[] | undefined;
  const windowBefore = (date: IsoDate) => {
    const windowStart = dueDate(date, timescale, ctx, 'before');
    const due = dayBefore(date, timescale, ctx);
    heldDays ??= held.map((g) => dayNumberOf(g.date));
    const start = dayNumberOf(windowStart);
    const end = dayNumberOf(date);
    let done: CoreGroup | undefined;
    let before: CoreGroup | undefined;
    for (let i = 0; i < held.length && (heldDays[i] ?? end) < end; i++) {
      before = held[i];
      if ((heldDays[i] ?? start) >= start) done = held[i];
    }
    return { windowStart, due, done, before };
  };
  let window: string | undefined;
  const expectation = (windowStart: IsoDate) => {
    window ??= describeTimescale(timescale, 'before', `the ${review}`);
    return `within the ${window}, from ${formatDate(windowStart)}`;
  };
  const evidenceOf = (groups: (CoreGroup | undefined)[]) =>
    groups.flatMap((g) => (g ? [evidence('Core group held', g)] : []));

  const findings: Finding[] = [];
  for (const past of readingOf(record, ctx).heldReviews()) {
    const { windowStart, due, done, before } = windowBefore(past.date);
    if (done || statusFor(due, undefined, ctx) !== 'overdue') continue;
    const last = before
      ? `the last before it was on ${formatDate(before.date)}`
      : 'none is recorded before it';
    const reason = `No core group was held in the window before the ${review} on ${formatDate(past.date)} (${expectation(windowStart)} to ${formatDate(due)}); ${last}.`;
    const computedFrom = [evidence(`${review} held`, past), ...evidenceOf([before])];
    findings.push(
      makeFinding(
        { ...base, status: 'overdue', occurrence: 'past', due, windowStart, reason, computedFrom },
        ctx,
        timescale,
      ),
    );
  }

  const next = nextReview(record, ctx);
  if (next && nextReviewAfterPlanEnd(next, ctx)) {
    const reason = planEndedReason(next, ctx, 'the last core group before it');
    findings.push(makeFinding({ ...base, status: 'not-applicable', reason }, ctx, timescale));
    return findings;
  }
  if (!next || (!next.scheduled && isAfter(ctx.today, next.date))) {
    const reason = next
      ? `The next ${review} was due by ${formatDate(next.date)} and is not recorded as held or booked, so the window for the last core group before it cannot be set.`
      : `No ${review} is booked and the ${ctx.procedure.terms.initialConference} date is not recorded, so the window for the last core group before a review cannot be set.`;
    findings.push(makeFinding({ ...base, status: 'unknown', reason }, ctx, timescale));
    return findings;
  }
  const { windowStart, due, done, before } = windowBefore(next.date);
  const status = done ? 'met' : statusFor(due, undefined, ctx);
  const which = next.scheduled
    ? `the ${review} booked for ${formatDate(next.date)}`
    : `the next ${review} (not yet booked; it must be held by ${formatDate(next.date)})`;
  const reason = outcomeReason(
    {
      status,
      subject: `The last core group before ${which}`,
      due,
      expectation: expectation(windowStart),
      doneText: done && `held on ${formatDate(done.date)}`,
      notDoneText: before
        ? `none is recorded in that window yet (the last was on ${formatDate(before.date)})`
        : 'none is recorded in that window yet',
    },
    ctx,
  );
  const computedFrom = [
    ...(next.scheduled
      ? [evidence(`${review} scheduled`, next.scheduled)]
      : next.cycle.from.evidence),
    ...evidenceOf([done ?? before]),
  ];
  findings.push(
    makeFinding(
      { ...base, status, due, windowStart, doneOn: done?.date, reason, computedFrom },
      ctx,
      timescale,
    ),
  );
  return findings;
}
