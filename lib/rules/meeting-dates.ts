import type { CaseRecord, CoreGroup, IsoDate } from '../domain';
import { compareDates } from './calendar';
import { evidence } from './case-events';
import { type MeetingFinding, meetingEvidence, meetingFinding } from './meeting-finding';
import { GUERNSEY_CORE_GROUPS } from './meeting-sources';
import { dueDate, formatDate, isOnOrAfter, type RuleContext } from './rule-context';
import { describeTimescale } from './timescale';

/** The record sets the date of the next core group before the meeting closes. */
export function nextMeetingDateSet(meeting: CoreGroup): MeetingFinding {
  const base = { check: 'next-meeting-date-set', meeting, source: GUERNSEY_CORE_GROUPS } as const;
  const next = meeting.nextMeetingDate;
  if (next === undefined) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: 'Whether a date was set for the next core group is not recorded on the pages read.',
    });
  }
  if (next === null) {
    return meetingFinding({
      ...base,
      outcome: 'gap',
      reason: 'No date is recorded for the next core group.',
      prompt: 'Set and record the date of the next core group, so the plan keeps moving.',
    });
  }
  return meetingFinding({
    ...base,
    outcome: 'met',
    reason: `The next core group was set for ${formatDate(next)}.`,
  });
}

/**
 * Dates are agreed for every core group up to the next review conference: the latest date agreed
 * (the next meeting or a later one) reaches the window before the review in which the last core
 * group must be held (the procedure's `finalCoreGroupBeforeReview`).
 */
export function futureDatesToReview(
  meeting: CoreGroup,
  record: CaseRecord,
  ctx: RuleContext,
): MeetingFinding {
  const term = ctx.procedure.terms.reviewConference;
  const base = {
    check: 'future-dates-to-review',
    meeting,
    source: GUERNSEY_CORE_GROUPS,
  } as const;
  const review = [...record.reviewConferences]
    .sort((a, b) => compareDates(a.date, b.date))
    .find((r) => compareDates(r.date, meeting.date) > 0);
  if (!review) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `No ${term} after this meeting is recorded, so it cannot be checked whether core group dates were agreed up to it.`,
    });
  }
  const timescale = ctx.procedure.finalCoreGroupBeforeReview;
  let windowStart: IsoDate;
  try {
    windowStart = dueDate(review.date, timescale, ctx, 'before');
  } catch (error) {
    // A date outside the known bank-holiday years: the window cannot be dated, so say so.
    if (!(error instanceof RangeError)) throw error;
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `The window before the ${term} on ${formatDate(review.date)} cannot be dated: ${error.message}.`,
    });
  }
  const computedFrom = [
    meetingEvidence(meeting),
    evidence(review.status === 'held' ? `${term} held` : `${term} booked`, review),
  ];
  const window = `${describeTimescale(timescale, 'before', `the ${term} on ${formatDate(review.date)}`)}, from ${formatDate(windowStart)}`;
  if (isOnOrAfter(meeting.date, windowStart)) {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `This meeting falls in the window before the ${term} (${window}): no later core group is needed before it.`,
      computedFrom,
    });
  }
  const next = typeof meeting.nextMeetingDate === 'string' ? [meeting.nextMeetingDate] : [];
  const agreed: IsoDate[] = [...next, ...(meeting.futureDatesAgreed ?? [])].sort(compareDates);
  const last = agreed.at(-1);
  if (last !== undefined && isOnOrAfter(last, windowStart)) {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `Core group dates are agreed up to ${formatDate(last)}, in the window before the ${term} (${window}).`,
      computedFrom,
    });
  }
  if (meeting.futureDatesAgreed === undefined || meeting.nextMeetingDate === undefined) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `${meeting.futureDatesAgreed === undefined ? 'Which future core group dates were agreed' : 'The date set for the next core group'} is not recorded on the pages read${last ? ` (the latest date read is ${formatDate(last)})` : ''}, so it is not known whether dates reach the ${term}.`,
      computedFrom,
    });
  }
  return meetingFinding({
    ...base,
    outcome: 'gap',
    reason: `${last ? `Core group dates are agreed only up to ${formatDate(last)}` : 'No future core group dates are recorded as agreed'}; the last core group before the ${term} should be ${window}.`,
    prompt: `Agree the core group dates up to the ${term}, including one in the window before it.`,
    computedFrom,
  });
}
