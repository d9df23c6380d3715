import type { Child, IsoDate } from '../../lib/domain';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import type { Finding } from '../../lib/rules/finding';
import { StatusBadge } from './StatusBadge';

function when(finding: Finding, today: IsoDate): string | undefined {
  if (!finding.due) return undefined;
  if (finding.status === 'overdue') return overduePhrase(finding.due, today);
  if (finding.status === 'met' || finding.status === 'late') return undefined;
  return relativePhrase(finding.due, today, finding.region);
}

export function FindingItem({
  finding,
  today,
  caseChildren,
}: {
  finding: Finding;
  today: IsoDate;
  caseChildren: readonly Child[];
}) {
  const child = finding.childId ? caseChildren.find((c) => c.id === finding.childId) : undefined;
  const phrase = when(finding, today);
  return (
    <li className={`finding finding-${finding.status}`} data-rule={finding.rule}>
      <div className="finding-head">
        <StatusBadge status={finding.status} />
        <span className="finding-title">
          {RULE_LABELS[finding.rule]}
          {child ? ` — ${child.name}` : ''}
        </span>
      </div>
      {finding.due ? (
        <p className="finding-due">
          <span className="visually-hidden">Due </span>
          <time dateTime={finding.due} title={formatLongDate(finding.due)} data-testid="due">
            {formatUkDate(finding.due)}
          </time>
          {phrase ? <span className="finding-phrase"> ({phrase})</span> : null}
        </p>
      ) : null}
      <p className="finding-reason">{finding.reason}</p>
      <p className="finding-source">
        Source: {finding.source.title}
        {finding.source.paragraph ? `, ${finding.source.paragraph}` : ''}
      </p>
    </li>
  );
}
