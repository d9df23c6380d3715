import type { CaseRecord, Child } from '../domain';
import { icpcEvidence } from './case-events';
import { readingOf } from './case-reading';
import { seenVisitEvidence, visitsNotSeenAfter } from './child-visits';
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
  /** "the ICPC", or "the visit at which Amy was seen". */
  label: string;
  /** As a rule's basis for the next visit: "the last visit at which Amy was seen". */
  lastLabel: string;
  /** Built when a finding shows it: most anchors are met gaps that never do (issue 8). */
  evidence: () => FindingEvidence[];
}

/** `make`'s result, made on the first call: a gap's evidence is shared by the findings either side. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
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
    const icpc = `the ${icpcTerm}`;
    anchors.push({
      date: record.icpcDate,
      label: icpc.replace('the last', 'the'),
      lastLabel: icpc,
      evidence: once(() => icpcEvidence(record, ctx)),
    });
  }
  const visitLabel = `the visit at which ${child.name} was seen`;
  const lastVisitLabel = `the last visit at which ${child.name} was seen`;
  for (const visit of readingOf(record, ctx).visitsSeen(child)) {
    anchors.push({
      date: visit.date,
      label: visitLabel,
      lastLabel: lastVisitLabel,
      evidence: once(() => [seenVisitEvidence(visit, child.name)]),
    });
  }
  const last = anchors.at(-1);
  if (!last) {
    const reason = `No visit at which ${child.name} was seen is recorded, and the ${icpcTerm} date is not recorded, so the next visit cannot be dated.`;
    return [makeFinding({ ...base, status: 'unknown', childId: child.id, reason }, ctx)];
  }
  // Worded once per label, not once per visit: the same words for every gap.
  const described = new Map<string, string>();
  const expectation = (label: string, date: string) => {
    let words = described.get(label);
    if (words === undefined) {
      words = describeTimescale(timescale, 'after', label);
      described.set(label, words);
    }
    return `${words} on ${formatDate(date)}`;
  };
  const findings: Finding[] = [];
  for (let i = 1; i < anchors.length; i++) {
    const previous = anchors[i - 1] as Anchor;
    const anchor = anchors[i] as Anchor;
    const due = dueDate(previous.date, timescale, ctx);
    if (!isAfter(anchor.date, due)) continue;
    const reason = outcomeReason(
      {
        status: 'late',
        subject: `The visit to ${child.name} after ${formatDate(previous.date)}`,
        due,
        expectation: expectation(previous.label, previous.date),
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
          computedFrom: [...previous.evidence(), ...anchor.evidence()],
        },
        ctx,
      ),
    );
  }
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
      expectation: expectation(last.lastLabel, last.date),
      notDoneText: `no later visit at which ${child.name} was seen is recorded${notSeenText}`,
    },
    ctx,
  );
  findings.push(
    makeFinding(
      { ...base, status, childId: child.id, due, reason, computedFrom: last.evidence() },
      ctx,
    ),
  );
  return findings;
}
