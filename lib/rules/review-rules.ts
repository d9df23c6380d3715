import type { CaseRecord, ReviewConference } from '../domain';
import { evidence, firstAfter } from './case-events';
import { readingOf } from './case-reading';
import type { Finding } from './finding';
import { nextReview, nextReviewAfterPlanEnd, planEndedReason, reviewCycles } from './review-cycle';
import {
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
 * The first review within 3 months of the ICPC, then every 6 months after the last review held
 * (by default). One finding for the next review due, one `late` finding per review held late.
 */
export function reviewConference(record: CaseRecord, ctx: RuleContext): Finding[] {
  const review = ctx.procedure.terms.reviewConference;
  const cycles = reviewCycles(record, ctx);
  const open = cycles.at(-1);
  if (!open) {
    const timescale = ctx.procedure.firstReview;
    const reason = `The ${ctx.procedure.terms.initialConference} date is not recorded and no ${review} is recorded as held, so the next review cannot be dated.`;
    return [
      makeFinding(
        { rule: 'review-conference', status: 'unknown', reason, source: timescale.source },
        ctx,
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const cycle of cycles) {
    const { from, timescale, due, held } = cycle;
    const base = { rule: 'review-conference', source: timescale.source } as const;
    const expectation = `${describeTimescale(timescale, 'after', from.label)} on ${formatDate(from.date)}`;
    if (held) {
      if (!isAfter(held.date, due)) continue;
      const reason = outcomeReason(
        {
          status: 'late',
          subject: `The ${review}`,
          due,
          expectation,
          doneText: `held on ${formatDate(held.date)}`,
          notDoneText: '',
        },
        ctx,
      );
      const computedFrom = [...from.evidence, evidence(`${review} held`, held)];
      findings.push(
        makeFinding(
          {
            ...base,
            status: 'late',
            occurrence: 'past',
            due,
            doneOn: held.date,
            reason,
            computedFrom,
          },
          ctx,
          timescale,
        ),
      );
      continue;
    }
    const status = statusFor(due, undefined, ctx);
    const scheduled = firstAfter(readingOf(record, ctx).scheduledReviews(), from.date);
    const reason = outcomeReason(
      {
        status,
        subject: `The next ${review}`,
        due,
        expectation,
        notDoneText: `none is recorded as held since ${formatDate(from.date)}`,
        scheduled: scheduled && { date: scheduled.date, what: `A ${review}` },
      },
      ctx,
    );
    const computedFrom = [
      ...from.evidence,
      ...(scheduled ? [evidence(`${review} scheduled`, scheduled)] : []),
    ];
    findings.push(makeFinding({ ...base, status, due, reason, computedFrom }, ctx, timescale));
  }
  return findings;
}

/**
 * The social worker's report shared with the family at least 2 working days (48 hours) before
 * each review, by default. One finding for the next review, one for each review held whose
 * report was shared late or has no date it was shared.
 */
export function reviewReportShared(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.reviewReportShared;
  const review = ctx.procedure.terms.reviewConference;
  const base = { rule: 'review-report-shared', source: timescale.source } as const;
  const expectation = describeTimescale(timescale, 'before', `the ${review}`);
  const findings: Finding[] = [];
  const check = (conference: ReviewConference, occurrence: 'current' | 'past') => {
    const due = dueDate(conference.date, timescale, ctx, 'before');
    const shared = conference.reportSharedDate;
    const status = statusFor(due, shared, ctx);
    if (occurrence === 'past' && status !== 'late' && status !== 'overdue') return;
    const when = conference.status === 'held' ? 'held on' : 'booked for';
    const reason = outcomeReason(
      {
        status,
        subject: `The report for the ${review} ${when} ${formatDate(conference.date)}`,
        due,
        expectation,
        doneText: shared && `shared on ${formatDate(shared)}`,
        notDoneText: 'no date it was shared with the family is recorded',
      },
      ctx,
    );
    const computedFrom = [evidence(`${review} ${conference.status}`, conference)];
    if (shared) computedFrom.push({ ...evidence('Report shared', conference), date: shared });
    findings.push(
      makeFinding(
        { ...base, status, occurrence, due, doneOn: shared, reason, computedFrom },
        ctx,
        timescale,
      ),
    );
  };
  for (const held of readingOf(record, ctx).heldReviews()) check(held, 'past');

  const next = nextReview(record, ctx);
  if (next && nextReviewAfterPlanEnd(next, ctx)) {
    const reason = planEndedReason(next, ctx, 'the report for it');
    findings.push(makeFinding({ ...base, status: 'not-applicable', reason }, ctx, timescale));
  } else if (next?.scheduled) {
    check(next.scheduled, 'current');
  } else if (next && !isAfter(ctx.today, next.date)) {
    const due = dueDate(next.date, timescale, ctx, 'before');
    const status = statusFor(due, undefined, ctx);
    const reason = outcomeReason(
      {
        status,
        subject: `The report for the next ${review}`,
        due,
        expectation: `${expectation}, which is not yet booked and must be held by ${formatDate(next.date)}`,
        notDoneText: 'it is not recorded as shared',
      },
      ctx,
    );
    findings.push(
      makeFinding(
        { ...base, status, due, reason, computedFrom: next.cycle.from.evidence },
        ctx,
        timescale,
      ),
    );
  } else {
    const reason = next
      ? `The next ${review} was due by ${formatDate(next.date)} and is not recorded as held or booked, so the date the report is due cannot be set.`
      : `No ${review} is booked and the ${ctx.procedure.terms.initialConference} date is not recorded, so the date the report is due cannot be set.`;
    findings.push(makeFinding({ ...base, status: 'unknown', reason }, ctx, timescale));
  }
  return findings;
}
