import { useEffect, useRef } from 'react';
import type { Child } from '../../lib/domain';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import type { CaseReport, DeadlineGroups } from '../../lib/reports/case-report';
import type { Finding } from '../../lib/rules/finding';
import { StatusBadge } from '../sidebar/StatusBadge';
import { PlanCompletenessTable } from './PlanCompletenessTable';
import { RagStatus } from './RagStatus';
import { SeenAloneTable } from './SeenAloneTable';

const GROUPS: { key: keyof DeadlineGroups; heading: string }[] = [
  { key: 'missed', heading: 'Missed (overdue, not done)' },
  { key: 'late', heading: 'Done late' },
  { key: 'open', heading: 'Coming up' },
  { key: 'unknown', heading: 'Cannot be worked out from what was read' },
  { key: 'met', heading: 'Met on time' },
];

function DeadlineRows({
  findings,
  caseChildren,
}: {
  findings: Finding[];
  caseChildren: readonly Child[];
}) {
  return (
    <>
      {findings.map((f, i) => {
        const child = f.childId ? caseChildren.find((c) => c.id === f.childId) : undefined;
        return (
          <tr key={`${f.rule}-${f.childId ?? ''}-${f.due ?? i}-${f.occurrence}`}>
            <th scope="row">
              {RULE_LABELS[f.rule]}
              {child ? ` — ${child.name}` : ''}
            </th>
            <td>{f.due ? formatUkDate(f.due) : '—'}</td>
            <td>{f.doneOn ? formatUkDate(f.doneOn) : '—'}</td>
            <td>
              <StatusBadge status={f.status} />
            </td>
            <td>{f.reason}</td>
          </tr>
        );
      })}
    </>
  );
}

/**
 * The printable summary for supervision or the review conference. It opens and ends with the
 * notice that it was generated from locally read data and that the case system is the record.
 */
export function CaseReportView({
  report,
  caseChildren,
  backHref,
  onPrint,
}: {
  report: CaseReport;
  caseChildren: readonly Child[];
  backHref: string;
  onPrint: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const counts = GROUPS.map((g) => `${report.deadlines[g.key].length} ${g.heading.toLowerCase()}`);
  return (
    <article className="case-report" data-testid="case-report" aria-labelledby="report-title">
      <nav className="no-print report-actions" aria-label="Summary actions">
        <a href={backHref}>← Back to the case</a>
        <button type="button" onClick={onPrint}>
          Print or save as PDF
        </button>
      </nav>
      <header>
        <h1 id="report-title" ref={heading} tabIndex={-1}>
          {report.title}
        </h1>
        <p className="report-meta">
          Case <strong>{report.caseId}</strong> · as at {formatLongDate(report.today)} ·{' '}
          {report.period.text}
        </p>
        <p className="report-notice" data-testid="report-notice">
          {report.notice}
        </p>
      </header>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">At a glance</h2>
        <p>
          <RagStatus rag={report.glance.rag} text={report.glance.ragText} />
        </p>
        <p>Deadlines in this period: {counts.join('; ')}.</p>
      </section>
      <section aria-labelledby="report-deadlines">
        <h2 id="report-deadlines">Deadlines</h2>
        <table className="report-table">
          <caption className="visually-hidden">Deadlines by outcome</caption>
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Due</th>
              <th scope="col">Done</th>
              <th scope="col">Status</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          {GROUPS.map((g) =>
            report.deadlines[g.key].length === 0 ? null : (
              <tbody key={g.key} data-group={g.key}>
                <tr>
                  <th scope="rowgroup" colSpan={5} className="report-group">
                    {g.heading} ({report.deadlines[g.key].length})
                  </th>
                </tr>
                <DeadlineRows findings={report.deadlines[g.key]} caseChildren={caseChildren} />
              </tbody>
            ),
          )}
        </table>
      </section>
      <section aria-labelledby="report-plan">
        <h2 id="report-plan">The plan</h2>
        <PlanCompletenessTable plans={report.plans} />
      </section>
      <section aria-labelledby="report-seen">
        <h2 id="report-seen">Seen alone</h2>
        <SeenAloneTable records={report.seenAlone} period={report.period.text} />
      </section>
      {report.caveats.length > 0 ? (
        <section aria-labelledby="report-caveats">
          <h2 id="report-caveats">What this summary may be missing</h2>
          <ul>
            {report.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <footer className="report-footer">{report.notice}</footer>
    </article>
  );
}
