import type { CaseRecord, IsoDate } from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import { type ChildSeenAlone, seenAloneSummaries } from '../../lib/present/seen-alone-summary';
import type { Finding } from '../../lib/rules/finding';
import { StatusBadge } from './StatusBadge';

function NextVisit({ finding, today }: { finding?: Finding; today: IsoDate }) {
  if (!finding) return <>not worked out</>;
  if (!finding.due) return <>cannot be worked out (see Deadlines)</>;
  const phrase =
    finding.status === 'overdue'
      ? overduePhrase(finding.due, today)
      : finding.status === 'not-applicable'
        ? 'after the plan ends'
        : relativePhrase(finding.due, today, finding.region);
  return (
    <>
      by <time dateTime={finding.due}>{formatUkDate(finding.due)}</time> ({phrase}){' '}
      <StatusBadge status={finding.status} />
    </>
  );
}

function ChildCard({ child, today }: { child: ChildSeenAlone; today: IsoDate }) {
  const exempt = child.preVerbal || child.notRequired;
  return (
    <li className="child-card" data-testid="seen-alone-child" data-child={child.childId}>
      <h3 className="child-name">
        {child.name}
        {child.preVerbal ? <span className="tag">Pre-verbal</span> : null}
        {child.notRequired ? <span className="tag">Seen alone not required</span> : null}
      </h3>
      {child.seenAloneFinding ? (
        <p className="child-status">
          <StatusBadge status={child.seenAloneFinding.status} />{' '}
          {child.preVerbal
            ? 'Pre-verbal: must be seen, not expected to be spoken to alone.'
            : child.notRequired
              ? 'The conference decided this child need not be seen alone.'
              : child.seenAloneFinding.status === 'met'
                ? 'Seen alone at the latest visit.'
                : child.seenAloneFinding.status === 'overdue'
                  ? 'Not seen alone at the latest visit.'
                  : child.seenAloneFinding.status === 'unknown'
                    ? 'Cannot tell: see Deadlines for what is missing.'
                    : null}
        </p>
      ) : null}
      <dl className="facts">
        <dt>Last visit</dt>
        <dd data-testid="last-visit">
          {child.lastVisit ? (
            <>
              <time dateTime={child.lastVisit.date}>{formatUkDate(child.lastVisit.date)}</time>
              {child.lastVisit.seen ? '' : ' (not seen)'}
            </>
          ) : (
            'none recorded'
          )}
        </dd>
        {exempt ? null : (
          <>
            <dt>Last seen alone</dt>
            <dd data-testid="last-seen-alone">
              {child.lastSeenAlone ? (
                <time dateTime={child.lastSeenAlone}>{formatUkDate(child.lastSeenAlone)}</time>
              ) : (
                'never recorded in this plan'
              )}
            </dd>
            <dt>Visits in a row not seen alone</dt>
            <dd data-testid="not-alone-in-a-row">
              {child.notAloneInARow}
              {child.notAloneInARow > 0 ? <span aria-hidden="true"> ⚠</span> : null}
              {child.latestAloneNotRecorded ? ' (the latest visit does not say)' : ''}
            </dd>
          </>
        )}
        <dt>Next visit due</dt>
        <dd data-testid="next-visit">
          <NextVisit finding={child.nextVisit} today={today} />
        </dd>
      </dl>
    </li>
  );
}

/** Per child: has each been seen, and seen alone, and when is the next visit due. */
export function SeenAlonePanel({
  record,
  findings,
  today,
}: {
  record: CaseRecord;
  findings: readonly Finding[];
  today: IsoDate;
}) {
  const children = seenAloneSummaries(record, findings);
  return (
    <section className="panel" aria-labelledby="seen-alone-heading" id="seen-alone">
      <h2 id="seen-alone-heading">Seen alone</h2>
      {children.length === 0 ? (
        <p>No children have been read for this case yet: open the case summary.</p>
      ) : (
        <ul className="child-cards">
          {children.map((child) => (
            <ChildCard key={child.childId} child={child} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}
