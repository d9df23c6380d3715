import type { CaseRecord } from '../domain';
import { compareDates } from './calendar';
import { evidence, firstOnOrAfter, icpcEvidence } from './case-events';
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

/**
 * A core group within 10 working days (by default) of a child moving school, so the new school
 * joins the plan. One finding per move. The record does not say where a core group met, so any
 * core group held after the move counts, and the reason says so.
 */
export function schoolMoveCoreGroup(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.schoolMoveCoreGroup;
  const base = { rule: 'school-move-core-group', source: timescale.source } as const;
  const held = readingOf(record, ctx).heldCoreGroups();
  const scheduled = readingOf(record, ctx).scheduledCoreGroups();
  const nameOf = (childId: string) =>
    record.children.find((c) => c.id === childId)?.name ?? `child ${childId}`;
  const moves = [...record.schoolMoves].sort((a, b) => compareDates(a.date, b.date));
  return moves.map((move) => {
    const name = nameOf(move.childId);
    const moveEvidence = evidence(`${name} moved school`, move);
    if (record.icpcDate !== undefined && isAfter(record.icpcDate, move.date)) {
      const reason = `${name} moved school on ${formatDate(move.date)}, before the plan began (${ctx.procedure.terms.initialConference} on ${formatDate(record.icpcDate)}), so no core group was required for it.`;
      const computedFrom = [moveEvidence, ...icpcEvidence(record, ctx)];
      return makeFinding(
        { ...base, status: 'not-applicable', childId: move.childId, reason, computedFrom },
        ctx,
        timescale,
      );
    }
    const due = dueDate(move.date, timescale, ctx);
    const done = firstOnOrAfter(held, move.date);
    const status = statusFor(due, done?.date, ctx);
    const booked = done ? undefined : firstOnOrAfter(scheduled, move.date);
    const reason = outcomeReason(
      {
        status,
        subject: `A core group after ${name}'s school move`,
        due,
        expectation: `${describeTimescale(timescale, 'after', 'the move')} on ${formatDate(move.date)}`,
        doneText: done && `held on ${formatDate(done.date)} (check the new school was invited)`,
        notDoneText: 'none is recorded as held since the move',
        scheduled: booked && { date: booked.date, what: 'A core group' },
      },
      ctx,
    );
    const computedFrom = [
      moveEvidence,
      ...(done ? [evidence('Core group held', done)] : []),
      ...(booked ? [evidence('Core group scheduled', booked)] : []),
    ];
    return makeFinding(
      { ...base, status, childId: move.childId, due, doneOn: done?.date, reason, computedFrom },
      ctx,
      timescale,
    );
  });
}
