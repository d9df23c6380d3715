import { useMemo } from 'react';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { caseGlance } from '../../lib/present/case-glance';
import { todayInLondon } from '../../lib/rules/calendar';
import { computeFindings } from '../../lib/rules/compute-findings';
import { useCaseView } from './use-case-view';

/** Wires the background's answer to the sidebar; all the logic is in lib/, all the markup in components/. */
export function SidebarPage({ caseId }: { caseId: string }) {
  const today = todayInLondon(new Date());
  const caseView = useCaseView(caseId);
  const view = caseView.state === 'loaded' ? caseView.view : undefined;
  const findings = useMemo(
    () => (view ? computeFindings(view.record, { today }) : []),
    [view, today],
  );
  const glance = useMemo(
    () => (view ? caseGlance(view.record, findings, today) : undefined),
    [view, findings, today],
  );
  if (caseView.state === 'error') {
    return (
      <p role="alert" className="sidebar">
        Core Group Lens could not load this case: {caseView.message}
      </p>
    );
  }
  return (
    <Sidebar
      caseId={caseId}
      today={today}
      record={caseView.state === 'loading' ? undefined : (view?.record ?? null)}
      findings={findings}
      glance={glance}
      unread={view?.unread ?? []}
    />
  );
}
