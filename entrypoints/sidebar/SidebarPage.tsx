import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { caseGlance } from '../../lib/present/case-glance';
import { computeFindings } from '../../lib/rules/compute-findings';
import { todayInLondon } from '../../lib/rules/calendar';
import { getCaseView, type LensDb } from '../../lib/store';

/**
 * Wires the store to the sidebar: a live query, so the sidebar updates the moment the background
 * stores a page read (the iframe shares the extension's origin and so its IndexedDB).
 */
export function SidebarPage({ db, caseId }: { db: LensDb; caseId: string }) {
  const today = todayInLondon(new Date());
  const view = useLiveQuery(async () => (await getCaseView(db, caseId)) ?? null, [db, caseId]);
  const findings = useMemo(
    () => (view ? computeFindings(view.record, { today }) : []),
    [view, today],
  );
  const glance = useMemo(
    () => (view ? caseGlance(view.record, findings, today) : undefined),
    [view, findings, today],
  );
  return (
    <Sidebar
      caseId={caseId}
      today={today}
      record={view === undefined ? undefined : (view?.record ?? null)}
      findings={findings}
      glance={glance}
      unread={view?.unread ?? []}
    />
  );
}
