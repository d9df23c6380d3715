import type { CaseRecord, Child, IsoDate } from '../domain';
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
  const base = { rule: 'visit-frequency', source: timescale.source } as const;
  if (record.children.length === 0) {
    const reason = 'No children are recorded on this case, so visits cannot be checked.';
    return [makeFinding({ ...base, status: 'unknown', reason }, ctx, timescale)];
  }
  return record.children.flatMap((child) => visitFrequencyFor(record, child, ctx, base));
}

function visitFrequencyFor(
  record: CaseRecord,
  child: Child,
  ctx: RuleContext,
  base: Pick<Finding, 'rule' | 'source'>,
): Finding[] {
  const timescale = ctx.procedure.visitFrequency;
  const icpcTerm = ctx.procedure.terms.initialConference;
  const icpcDate = record.icpcDate;
  const seen = readingOf(record, ctx).visitsSeen(child);
  // The anchors each gap counts from: the ICPC (if recorded), then every visit the child was
  // seen at. Kept as indexes, not objects: a child has dozens, and most gaps are on time, so
  // words and evidence are made only for the gaps that show in a finding (issue 8).
  const first = icpcDate === undefined ? 0 : 1;
  const count = first + seen.length;
  if (count === 0) {
    const reason = `No visit at which ${child.name} was seen is recorded, and the ${icpcTerm} date is not recorded, so the next visit cannot be dated.`;
    return [makeFinding({ ...base, status: 'unknown', childId: child.id, reason }, ctx, timescale)];
  }
  const dateAt = (k: number) => (k < first ? icpcDate : seen[k - first]?.date) as IsoDate;
  // One evidence array per anchor, shared by the findings either side of it.
  const evidence: FindingEvidence[][] = [];
  const evidenceAt = (k: number) => {
    let made = evidence[k];
    if (!made) {
      const visit = seen[k - first];
      made = visit ? [seenVisitEvidence(visit, child.name)] : icpcEvidence(record, ctx);
      evidence[k] = made;
    }
    return made;
  };
  const icpcLabel = `the ${icpcTerm}`;
  const described = new Map<string, string>();
  const expectation = (label: string, date: IsoDate) => {
    let words = described.get(label);
    if (words === undefined) {
      words = describeTimescale(timescale, 'after', label);
      described.set(label, words);
    }
    return `${words} on ${formatDate(date)}`;
  };
  // A past gap names the visit it ran from as "the visit at which…"; the next one as "the last…".
  const icpcGap = icpcLabel.replace('the last', 'the');
  const visitGap = `the visit at which ${child.name} was seen`;
  const visitNext = `the last visit at which ${child.name} was seen`;
  const gapLabel = (k: number) => (k < first ? icpcGap : visitGap);
  const nextLabel = (k: number) => (k < first ? icpcLabel : visitNext);

  const findings: Finding[] = [];
  for (let k = 1; k < count; k++) {
    const from = dateAt(k - 1);
    const to = dateAt(k);
    const due = dueDate(from, timescale, ctx);
    if (!isAfter(to, due)) continue;
    const reason = outcomeReason(
      {
        status: 'late',
        subject: `The visit to ${child.name} after ${formatDate(from)}`,
        due,
        expectation: expectation(gapLabel(k - 1), from),
        doneText: `made on ${formatDate(to)}`,
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
          doneOn: to,
          reason,
          computedFrom: [...evidenceAt(k - 1), ...evidenceAt(k)],
        },
        ctx,
        timescale,
      ),
    );
  }
  const lastAt = count - 1;
  const last = dateAt(lastAt);
  const due = dueDate(last, timescale, ctx);
  const status = statusFor(due, undefined, ctx);
  const notSeen = visitsNotSeenAfter(record, child, last);
  const notSeenText = notSeen.length
    ? ` (visits on ${notSeen.map(formatDate).join(', ')} record ${child.name} as not seen)`
    : '';
  const reason = outcomeReason(
    {
      status,
      subject: `The next visit to ${child.name}`,
      due,
      expectation: expectation(nextLabel(lastAt), last),
      notDoneText: `no later visit at which ${child.name} was seen is recorded${notSeenText}`,
    },
    ctx,
  );
  findings.push(
    makeFinding(
      { ...base, status, childId: child.id, due, reason, computedFrom: evidenceAt(lastAt) },
      ctx,
      timescale,
    ),
  );
  return findings;
}
