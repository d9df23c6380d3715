import type { CaseRecord, Child, IsoDate } from '../../lib/domain';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import { missingValuesFor } from '../../lib/present/missing-values';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import type { Finding } from '../../lib/rules/finding';
import type { PageSeen } from '../../lib/store/case-repository';
import type { SidebarActions } from './actions';
import { ComputedFrom } from './ComputedFrom';
import { MissingValueEntry } from './MissingValueEntry';
import { StatusBadge } from './StatusBadge';

function when(finding: Finding, today: IsoDate): string | undefined {
  if (!finding.due) return undefined;
  if (finding.status === 'overdue') return overduePhrase(finding.due, today);
  if (finding.status === 'met' || finding.status === 'late') {
    return finding.doneOn ? `done ${formatUkDate(finding.doneOn)}` : undefined;
  }
  if (finding.status === 'not-applicable') return undefined;
  return relativePhrase(finding.due, today, finding.region);
}

function RuleSource({ finding }: { finding: Finding }) {
  const { source } = finding;
  return (
    <p className="finding-source">
      Source:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        source.title
      )}
      {source.paragraph ? `, ${source.paragraph}` : ''}.{source.note ? ` ${source.note}` : ''}
    </p>
  );
}

/**
 * One deadline: its status in words and icon, the date in UK form with how far off it is, and,
 * behind "Why", the reason, the rule's source and the values it was worked out from. An unknown
 * says what is missing in plain sight and offers to enter it.
 */
export function FindingItem({
  finding,
  today,
  caseChildren,
  record,
  origin,
  pages,
  actions,
  icpcTerm,
}: {
  finding: Finding;
  today: IsoDate;
  caseChildren: readonly Child[];
  record?: CaseRecord;
  origin?: string;
  pages?: readonly PageSeen[];
  actions?: SidebarActions;
  icpcTerm?: string;
}) {
  const child = finding.childId ? caseChildren.find((c) => c.id === finding.childId) : undefined;
  const phrase = when(finding, today);
  const unknown = finding.status === 'unknown';
  const missing = unknown && record ? missingValuesFor(finding, record) : [];
  return (
    <li
      className={`finding finding-${finding.status}`}
      data-testid="finding"
      data-rule={finding.rule}
      data-status={finding.status}
      data-child={finding.childId ?? ''}
      data-occurrence={finding.occurrence}
      data-due={finding.due ?? ''}
    >
      <div className="finding-head">
        <StatusBadge status={finding.status} />
        <span className="finding-title">
          {RULE_LABELS[finding.rule]}
          {child ? `: ${child.name}` : ''}
        </span>
      </div>
      {finding.due ? (
        <p className="finding-due">
          {finding.windowStart ? (
            <>
              {'Between '}
              <time dateTime={finding.windowStart} title={formatLongDate(finding.windowStart)}>
                {formatUkDate(finding.windowStart)}
              </time>
              {' and '}
            </>
          ) : (
            <span className="visually-hidden">Due </span>
          )}
          <time dateTime={finding.due} title={formatLongDate(finding.due)} data-testid="due">
            {formatUkDate(finding.due)}
          </time>
          {phrase ? <span className="finding-phrase"> ({phrase})</span> : null}
        </p>
      ) : null}
      {unknown ? <p className="finding-reason">{finding.reason}</p> : null}
      {missing.length > 0 && record
        ? missing.map((m) => (
            <MissingValueEntry
              key={JSON.stringify(m)}
              missing={m}
              record={record}
              actions={actions}
              origin={origin}
              pages={pages}
              icpcTerm={icpcTerm}
            />
          ))
        : null}
      <details className="finding-why">
        <summary>
          Why<span className="visually-hidden">: {RULE_LABELS[finding.rule]}</span>
        </summary>
        {unknown ? null : <p className="finding-reason">{finding.reason}</p>}
        <RuleSource finding={finding} />
        <ComputedFrom evidence={finding.computedFrom} origin={origin} />
      </details>
    </li>
  );
}
