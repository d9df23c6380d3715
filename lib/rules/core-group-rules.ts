import type { CaseRecord } from '../domain';
import { evidence, firstAfter, icpcEvidence } from './case-events';
import { readingOf } from './case-reading';
import type { Finding } from './finding';
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

export { finalCoreGroupBeforeReview } from './final-core-group-rule';
export { minutesCirculated } from './minutes-rule';

/** The first core group, within 10 working days of the ICPC by default. One finding, ever. */
export function firstCoreGroup(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.firstCoreGroup;
  const icpcTerm = ctx.procedure.terms.initialConference;
  const base = { rule: 'first-core-group', source: timescale.source } as const;
  if (record.icpcDate === undefined) {
    const reason = `The ${icpcTerm} date is not recorded, so the first core group cannot be dated.`;
    return [makeFinding({ ...base, status: 'unknown', reason }, ctx, timescale)];
  }
  const icpc = record.icpcDate;
  const due = dueDate(icpc, timescale, ctx);
  const first = readingOf(record, ctx).heldCoreGroups()[0];
  const status = statusFor(due, first?.date, ctx);
  const scheduled = first ? undefined : readingOf(record, ctx).scheduledCoreGroups()[0];
  const reason = outcomeReason(
    {
      status,
      subject: 'The first core group',
      due,
      expectation: `${describeTimescale(timescale, 'after', `the ${icpcTerm}`)} on ${formatDate(icpc)}`,
      doneText: first && `held on ${formatDate(first.date)}`,
      notDoneText: `no core group is recorded as held since the ${icpcTerm}`,
      scheduled: scheduled && { date: scheduled.date, what: 'A core group' },
    },
    ctx,
  );
  const computedFrom = [
    ...icpcEvidence(record, ctx),
    ...(first ? [evidence('Core group held', first)] : []),
    ...(scheduled ? [evidence('Core group scheduled', scheduled)] : []),
  ];
  return [
    makeFinding(
      { ...base, status, due, reason, doneOn: first?.date, computedFrom },
      ctx,
      timescale,
    ),
  ];
}

/**
 * Core groups at least every 6 weeks by default, counted from the last one held: one finding for
 * the next one due, and a `late` finding for each earlier gap that ran over.
 */
export function coreGroupInterval(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.coreGroupInterval;
  const base = { rule: 'core-group-interval', source: timescale.source } as const;
  const held = readingOf(record, ctx).heldCoreGroups();
  const last = held.at(-1);
  if (!last) {
    const reason =
      record.icpcDate === undefined
        ? `No core group held and no ${ctx.procedure.terms.initialConference} date are recorded, so the next core group cannot be dated.`
        : 'No core group has been held yet: the first is checked by its own rule, and the interval counts from it.';
    const status = record.icpcDate === undefined ? 'unknown' : 'not-applicable';
    return [makeFinding({ ...base, status, reason }, ctx, timescale)];
  }
  const interval = describeTimescale(timescale, 'after', 'the last core group');
  const expectation = (from: string) => `${interval} on ${formatDate(from)}`;
  const findings: Finding[] = [];
  held.forEach((group, i) => {
    const previous = held[i - 1];
    if (!previous) return;
    const due = dueDate(previous.date, timescale, ctx);
    if (!isAfter(group.date, due)) return;
    const reason = outcomeReason(
      {
        status: 'late',
        subject: `The core group after the one on ${formatDate(previous.date)}`,
        due,
        expectation: expectation(previous.date),
        doneText: `held on ${formatDate(group.date)}`,
        notDoneText: '',
      },
      ctx,
    );
    const computedFrom = [
      evidence('Core group held', previous),
      evidence('Core group held', group),
    ];
    findings.push(
      makeFinding(
        {
          ...base,
          status: 'late',
          occurrence: 'past',
          due,
          doneOn: group.date,
          reason,
          computedFrom,
        },
        ctx,
        timescale,
      ),
    );
  });
  const due = dueDate(last.date, timescale, ctx);
  const status = statusFor(due, undefined, ctx);
  const scheduled = firstAfter(readingOf(record, ctx).scheduledCoreGroups(), last.date);
  const reason = outcomeReason(
    {
      status,
      subject: 'The next core group',
      due,
      expectation: expectation(last.date),
      notDoneText: `none is recorded as held since ${formatDate(last.date)}`,
      scheduled: scheduled && { date: scheduled.date, what: 'A core group' },
    },
    ctx,
  );
  const computedFrom = [
    evidence('Last core group held', last),
    ...(scheduled ? [evidence('Core group scheduled', scheduled)] : []),
  ];
  findings.push(makeFinding({ ...base, status, due, reason, computedFrom }, ctx, timescale));
  return findings;
}
