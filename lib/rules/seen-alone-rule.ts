import type { CaseRecord, Child } from '../domain';
import { readingOf } from './case-reading';
import { type SeenVisit, seenVisitEvidence } from './child-visits';
import type { Finding, FindingStatus } from './finding';
import {
  dueDate,
  formatDate,
  makeFinding,
  outcomeReason,
  type RuleContext,
  statusFor,
} from './rule-context';

/**
 * Each child seen alone at every visit (or, under some local procedures, at least every other
 * visit), unless pre-verbal or the conference decided otherwise. A visit that does not record
 * whether the child was seen alone is "not recorded": never taken as alone.
 */
export function seenAlone(record: CaseRecord, ctx: RuleContext): Finding[] {
  const { source } = ctx.procedure.seenAlone;
  if (record.children.length === 0) {
    const reason = 'No children are recorded on this case, so seen-alone cannot be checked.';
    return [makeFinding({ rule: 'seen-alone', status: 'unknown', reason, source }, ctx)];
  }
  return record.children.flatMap((child) => seenAloneFor(record, child, ctx));
}

function seenAloneFor(record: CaseRecord, child: Child, ctx: RuleContext): Finding[] {
  const { policy, source } = ctx.procedure.seenAlone;
  const alternate = policy === 'alternate-visits';
  const name = child.name;
  const base = { rule: 'seen-alone', source, childId: child.id } as const;
  if (child.preVerbal || child.seenAloneNotRequired) {
    const reason = child.preVerbal
      ? `${name} is recorded as pre-verbal: ${name} must be seen, but is not expected to be spoken to alone.`
      : `The conference decided ${name} need not be seen alone (the reason is in the case record).`;
    return [makeFinding({ ...base, status: 'not-applicable', reason }, ctx)];
  }
  const seen = readingOf(record, ctx).visitsSeen(child);
  const latest = seen.at(-1);
  if (!latest) {
    const reason = `No visit at which ${name} was seen is recorded during this plan, so whether ${name} was seen alone cannot be checked.`;
    return [makeFinding({ ...base, status: 'unknown', reason }, ctx)];
  }
  // Under alternate visits, a visit not alone is a breach only when the one before was not either.
  const breach = (i: number) =>
    seen[i]?.seenAlone === false && (!alternate || seen[i - 1]?.seenAlone === false);
  const expected = alternate ? 'at least at every other visit' : 'at every visit';
  const findings: Finding[] = [];

  // The next visit seen alone after each, found in one pass from the end (issue 8).
  const nextAloneAfter: (SeenVisit | undefined)[] = new Array(seen.length).fill(undefined);
  for (let i = seen.length - 1, next: SeenVisit | undefined; i >= 0; i -= 1) {
    nextAloneAfter[i] = next;
    if (seen[i]?.seenAlone === true) next = seen[i];
  }
  seen.forEach((visit, i) => {
    const nextAlone = nextAloneAfter[i];
    if (!breach(i) || !nextAlone) return;
    const reason = `${name} was seen but not alone at the visit on ${formatDate(visit.date)} (expected ${expected}); ${name} was next seen alone on ${formatDate(nextAlone.date)}.`;
    const computedFrom = [seenVisitEvidence(visit, name), seenVisitEvidence(nextAlone, name)];
    findings.push(
      makeFinding(
        {
          ...base,
          status: 'late',
          occurrence: 'past',
          due: visit.date,
          doneOn: nextAlone.date,
          reason,
          computedFrom,
        },
        ctx,
      ),
    );
  });

  const earlier = seen.slice(0, -1);
  const unrecorded = earlier.filter((v) => v.seenAlone === undefined).length;
  const unrecordedText = unrecorded
    ? ` ${unrecorded} earlier visit${unrecorded === 1 ? ' does' : 's do'} not record whether ${name} was seen alone.`
    : '';
  const previous = earlier.at(-1);
  const computedFrom = [seenVisitEvidence(latest, name)];
  const current = (status: FindingStatus, reason: string, extra: Partial<Finding> = {}) =>
    makeFinding(
      {
        ...base,
        status,
        due: latest.date,
        reason: reason + unrecordedText,
        computedFrom,
        ...extra,
      },
      ctx,
    );
  const on = formatDate(latest.date);

  if (latest.seenAlone === true) {
    findings.push(
      current('met', `${name} was seen alone at the latest visit, on ${on}.`, {
        doneOn: latest.date,
      }),
    );
  } else if (latest.seenAlone === undefined) {
    findings.push(
      current(
        'unknown',
        `The visit on ${on} does not record whether ${name} was seen alone; not recorded is never taken as yes.`,
      ),
    );
  } else if (!alternate || previous?.seenAlone === false) {
    const streak = trailingNotAlone(seen);
    const since =
      streak > 1
        ? ` (the last ${streak} visits, since ${formatDate(seen[seen.length - streak]?.date ?? latest.date)})`
        : '';
    findings.push(
      current(
        'overdue',
        `${name} was seen but not alone at the latest visit, on ${on}${since}; ${name} should be seen alone ${expected}, or the reason recorded.`,
      ),
    );
  } else if (previous && previous.seenAlone === undefined) {
    findings.push(
      current(
        'unknown',
        `${name} was not seen alone on ${on}, and the visit before, on ${formatDate(previous.date)}, does not record whether ${name} was; so it cannot be told whether ${name} must be seen alone next time.`,
      ),
    );
  } else {
    findings.push(nextVisitMustBeAlone(latest, name, ctx, base));
  }
  return findings;
}

/** Alternate visits: not alone last time (but alone the time before), so alone at the next. */
function nextVisitMustBeAlone(
  latest: SeenVisit,
  name: string,
  ctx: RuleContext,
  base: Pick<Finding, 'rule' | 'source' | 'childId'>,
): Finding {
  const timescale = ctx.procedure.visitFrequency;
  const due = dueDate(latest.date, timescale, ctx);
  const status = statusFor(due, undefined, ctx);
  const reason = outcomeReason(
    {
      status,
      subject: `Seeing ${name} alone`,
      due,
      expectation: `at the next visit: ${name} was not seen alone on ${formatDate(latest.date)}`,
      notDoneText: 'no later visit is recorded',
    },
    ctx,
  );
  const computedFrom = [seenVisitEvidence(latest, name)];
  return makeFinding({ ...base, status, due, reason, computedFrom }, ctx, timescale);
}

function trailingNotAlone(seen: readonly SeenVisit[]): number {
  let count = 0;
  for (let i = seen.length - 1; i >= 0 && seen[i]?.seenAlone === false; i -= 1) count += 1;
  return count;
}
