import type { CaseRecord } from '../domain';
import { evidence } from './case-events';
import { readingOf } from './case-reading';
import type { Finding } from './finding';
import {
  dueDate,
  formatDate,
  makeFinding,
  outcomeReason,
  type RuleContext,
  statusFor,
} from './rule-context';
import { describeTimescale } from './timescale';

/**
 * Minutes of each core group circulated within 5 working days by default. One finding for the
 * latest core group held, and one for each earlier core group whose minutes were late or have no
 * circulation date (a missing date is never taken as circulated).
 */
export function minutesCirculated(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.minutesCirculated;
  const base = { rule: 'minutes-circulated', source: timescale.source } as const;
  const held = readingOf(record, ctx).heldCoreGroups();
  if (held.length === 0) {
    const reason = 'No core group is recorded as held, so there are no minutes to circulate yet.';
    return [makeFinding({ ...base, status: 'not-applicable', reason }, ctx, timescale)];
  }
  const expectation = describeTimescale(timescale, 'after', 'the meeting');
  const findings: Finding[] = [];
  held.forEach((group, i) => {
    const current = i === held.length - 1;
    const due = dueDate(group.date, timescale, ctx);
    const circulated = group.minutesCirculatedDate;
    const status = statusFor(due, circulated, ctx);
    if (!current && status !== 'late' && status !== 'overdue') return;
    const reason = outcomeReason(
      {
        status,
        subject: `The minutes of the core group on ${formatDate(group.date)}`,
        plural: true,
        due,
        expectation,
        doneText: circulated && `circulated on ${formatDate(circulated)}`,
        notDoneText: 'no date they were circulated is recorded',
      },
      ctx,
    );
    const computedFrom = [evidence('Core group held', group)];
    if (circulated)
      computedFrom.push({ ...evidence('Minutes circulated', group), date: circulated });
    findings.push(
      makeFinding(
        {
          ...base,
          status,
          occurrence: current ? 'current' : 'past',
          due,
          doneOn: circulated,
          reason,
          computedFrom,
        },
        ctx,
        timescale,
      ),
    );
  });
  return findings;
}
