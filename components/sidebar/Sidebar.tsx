import type { CaseRecord, IsoDate, UnreadField } from '../../lib/domain';
import type { CaseGlance } from '../../lib/present/case-glance';
import type { Finding } from '../../lib/rules/finding';
import { CaseGlanceLine } from './CaseGlanceLine';
import { DeadlinesPanel } from './DeadlinesPanel';
import { UnreadNotice } from './UnreadNotice';

export interface SidebarProps {
  caseId: string;
  today: IsoDate;
  /** Undefined while loading; null when nothing is stored for this case. */
  record: CaseRecord | null | undefined;
  findings: readonly Finding[];
  glance?: CaseGlance;
  unread: readonly UnreadField[];
}

export function Sidebar({ caseId, today, record, findings, glance, unread }: SidebarProps) {
  return (
    <main className="sidebar" aria-label="Core Group Lens">
      <header className="sidebar-header">
        <div>
          <h1>Core Group Lens</h1>
          <p className="sidebar-meta">
            Case <span data-testid="case-id">{caseId}</span>
          </p>
        </div>
      </header>
      {record === undefined ? (
        <p role="status">Loading what has been read for this case…</p>
      ) : record === null ? (
        <p role="status" data-testid="no-data">
          Nothing has been stored for this case yet. Open its summary, conference, core group, visit
          and plan pages so the extension can read them.
        </p>
      ) : (
        <>
          {glance ? <CaseGlanceLine glance={glance} /> : null}
          <UnreadNotice unread={unread} />
          <DeadlinesPanel findings={findings} today={today} caseChildren={record.children} />
        </>
      )}
    </main>
  );
}
