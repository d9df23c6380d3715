import type { CaseRecord, Child, IsoDate } from '../../lib/domain';
import { findingKey, groupFindings } from '../../lib/present/finding-groups';
import { formatUkDate } from '../../lib/present/format-date';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import type { Finding } from '../../lib/rules/finding';
import type { PageSeen } from '../../lib/store/case-repository';
import type { SidebarActions } from './actions';
import { FindingItem } from './FindingItem';

/**
 * Every finding for the case, in groups: overdue, due soon, cannot be worked out, coming up;
 * then, closed, what is done or does not apply, and the earlier breaches that show drift.
 */
export function DeadlinesPanel({
  findings,
  today,
  caseChildren,
  record,
  origin,
  pages,
  actions,
  icpcTerm,
}: {
  findings: readonly Finding[];
  today: IsoDate;
  caseChildren: readonly Child[];
  record?: CaseRecord;
  origin?: string;
  pages?: readonly PageSeen[];
  actions?: SidebarActions;
  icpcTerm?: string;
}) {
  const groups = groupFindings(findings);
  const items = (list: readonly Finding[]) =>
    withUniqueKeys(list, findingKey).map(({ key, item: f }) => (
      <FindingItem
        key={key}
        finding={f}
        today={today}
        caseChildren={caseChildren}
        record={record}
        origin={origin}
        pages={pages}
        actions={actions}
        icpcTerm={icpcTerm}
      />
    ));
  return (
    <section className="panel" aria-labelledby="deadlines-heading" id="deadlines">
      <h2 id="deadlines-heading">Deadlines</h2>
      {groups.length === 0 ? (
        <p>No deadlines could be worked out for this case yet.</p>
      ) : groups.every((g) => g.closed) ? (
        <p data-testid="nothing-open">
          <span aria-hidden="true">✔ </span>Nothing is overdue, due soon, or unknown.
        </p>
      ) : null}
      {groups.map((group) =>
        group.closed ? (
          <details key={group.id} className="finding-group" data-group={group.id}>
            <summary>
              {group.heading} ({group.findings.length})
              {group.id === 'upcoming' && group.findings[0]?.due
                ? `: next ${formatUkDate(group.findings[0].due)}`
                : ''}
            </summary>
            <ul className="findings">{items(group.findings)}</ul>
          </details>
        ) : (
          <div key={group.id} className="finding-group" data-group={group.id}>
            <h3 id={`group-${group.id}`}>
              {group.heading} ({group.findings.length})
            </h3>
            <ul className="findings" aria-labelledby={`group-${group.id}`}>
              {items(group.findings)}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
