import type { CaseRecord, Child } from '../domain';
import { icpcEvidence } from './case-events';
import { seenVisitEvidence, visitsNotSeenAfter, visitsSeen } from './child-visits';
import type { Finding, FindingEvidence } from './finding';
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

export { seenAlone } from './seen-alone-rule';

/**
 * Each child visited and seen at least every 10 working days (by default), counted from the last
 * visit at which the child was seen, or from the ICPC before the first. One finding per child
 * for the next visit due, and a `late` finding for each earlier gap that ran over.
 */
export function visitFrequency(record: CaseRecord, ctx: RuleContext): Finding[] {
  const timescale = ctx.procedure.visitFrequency;
  const base = { rule: 'visit-frequency', source: timescale.source, timescale } as const;
  if (record.children.length === 0) {
    const reason = 'No children are recorded on this case, so visits cannot be checked.';
    return [makeFinding({ ...base, status: 'unknown', reason }, ctx)];
  }
  return record.children.flatMap((child) => visitFrequencyFor(record, child, ctx, base));
}

interface Anchor {
  date: string;
  label: string;
  evidence: FindingEvidence[];
}

function visitFrequencyFor(
  record: CaseRecord,
  child: Child,
  ctx: RuleContext,
  base: Pick<Finding, 'rule' | 'source'> & { timescale: typeof ctx.procedure.visitFrequency },
): Finding[] {
  const { timescale } = base;
  const icpcTerm = ctx.procedure.terms.initialConference;
  const anchors: Anchor[] = [];
  if (record.icpcDate !== undefined) {
    anchors.push({
      date: record.icpcDate,
      label: `the ${icpcTerm}`,
      evidence: icpcEvidence(record, ctx),
    });
  }
  for (const visit of visitsSeen(record, child, ctx)) {
    anchors.push({
      date: visit.date,
      label: `the last visit at which ${child.name} was seen`,
      evidence: [seenVisitEvidence(visit, child.name)],
    });
  }
  const last = anchors.at(-1);
  if (!last) {
    const reason = `No visit at which ${child.name} was seen is recorded, and the ${icpcTerm} date is not recorded, so the next visit cannot be dated.`;
    return [makeFinding({ ...base, status: 'unknown', childId: child.id, reason }, ctx)];
  }
  const expectation = (a: Anchor) =>
    `${describeTimescale(timescale, 'after', a.label)} on ${formatDate(a.date)}`;
  const findings: Finding[] = [];
  anchors.forEach((anchor, i) => {
    const previous = anchors[i - 1];
    if (!previous) return;
    const due = dueDate(previous.date, timescale, ctx);
    if (!isAfter(anchor.date, due)) return;
    const reason = outcomeReason(
      {
        status: 'late',
        subject: `The visit to ${child.name} after ${formatDate(previous.date)}`,
        due,
        expectation: expectation({ ...previous, label: previous.label.replace('the last', 'the') }),
        doneText: `made on ${formatDate(anchor.date)}`,
        notDoneText: '',
      },
      ctx,
    );
    findings.push(
      makeFinding(
        {
          ...base,
          status: 'late',
          occurrence: 'past',
          childId: child.id,
          due,
          doneOn: anchor.date,
          reason,
          computedFrom: [...previous.evidence, ...anchor.evidence],
        },
        ctx,
      ),
    );
  });
  const due = dueDate(last.date, timescale, ctx);
  const status = statusFor(due, undefined, ctx);
  const notSeen = visitsNotSeenAfter(record, child, last.date);
  const notSeenText = notSeen.length
    ? ` (visits on ${notSeen.map(formatDate).join(', ')} record ${child.name} as not seen)`
    : '';
  const reason = outcomeReason(
    {
      status,
      subject: `The next visit to ${child.name}`,
      due,
      expectation: expectation(last),
      notDoneText: `no later visit at which ${child.name} was seen is recorded${notSeenText}`,
    },
    ctx,
  );
  findings.push(
    makeFinding(
      { ...base, status, childId: child.id, due, reason, computedFrom: last.evidence },
      ctx,
    ),
  );
  return findings;
}
