import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SidebarActions } from '../../components/sidebar/actions';
import { preloadSectionForms } from '../../components/sidebar/SectionFormLater';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { SidebarShell } from '../../components/sidebar/SidebarShell';
import type { PageKind } from '../../lib/domain';
import { builtInProfileName } from '../../lib/extract/profiles/names';
import { caseGlance } from '../../lib/present/case-glance';
import { describeChange } from '../../lib/present/correction-changes';
import { routeHash } from '../../lib/present/dashboard-route';
import { rulesSetupWith } from '../../lib/present/rules-setup';
import type { SidebarLayout } from '../../lib/present/sidebar-frame';
import { visitFormPrompt } from '../../lib/present/visit-form-prompt';
import { todayInLondon } from '../../lib/rules/calendar';
import { computeFindings } from '../../lib/rules/compute-findings';
import { mergeOverrides } from '../../lib/rules/merge-overrides';
import { listProcedures } from '../../lib/rules/procedures';
import { askBackground } from './background';
import { useFirstDataMark } from './first-data-mark';
import { TeachField } from './TeachField';
import { useLayout } from './use-layout';
import { useSidebarData } from './use-sidebar-data';
import { useVisitForm } from './use-visit-form';

const PROCEDURES = listProcedures().map(({ id, name, description }) => ({
  id,
  name,
  ...(description ? { description } : {}),
}));

export interface SidebarPageProps {
  caseId: string;
  /** The kind of host page the sidebar was opened on. */
  pageKind?: PageKind;
  /** The case system's origin: the key the layout is remembered under. */
  hostOrigin: string;
  initialLayout: SidebarLayout;
}

/** Wires the background's answers to the sidebar; all the logic is in lib/, all the markup in components/. */
export function SidebarPage({ caseId, pageKind, hostOrigin, initialLayout }: SidebarPageProps) {
  const today = todayInLondon(new Date());
  const { caseView, settingsState, pageReadNotSaved } = useSidebarData(caseId);
  const { layout, setLayout, startResize } = useLayout(hostOrigin, initialLayout);
  const visitForm = useVisitForm();
  const [notice, setNotice] = useState<string>();
  // Retention counts from the last time the case was shown (lib/store/retention.ts).
  useEffect(() => {
    void askBackground({ type: 'case-opened', caseId });
  }, [caseId]);

  const view = caseView.state === 'loaded' ? caseView.view : undefined;
  const settings = settingsState.state === 'loaded' ? settingsState.settings : undefined;
  // The background gave these settings, and it takes an organisation's overrides only once they
  // make a valid procedure (lib/settings/managed-config.ts), so they are merged here unchecked:
  // checking them again would load zod into every sidebar for nothing.
  const setup = useMemo(() => rulesSetupWith(settings, today, mergeOverrides), [settings, today]);
  const problems =
    settingsState.state === 'error'
      ? [
          `Settings could not be loaded (${settingsState.message}), so England's timescales are used.`,
          ...setup.problems,
        ]
      : setup.problems;
  // Settings change the findings, so wait for them: never show one set, then another.
  const ready = view !== undefined && settingsState.state !== 'loading';
  useFirstDataMark(ready || caseView.state === 'error');
  // The entry forms are left out of the first paint (SectionFormLater.tsx) and fetched once the
  // case is on screen and the frame is idle, before anyone can open one.
  useEffect(() => {
    if (!ready) return;
    const load = () => void preloadSectionForms();
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 200);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(load, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [ready]);
  const findings = useMemo(
    () =>
      ready && view
        ? computeFindings(view.record, { ...setup.options, listsRead: new Set(view.listsRead) })
        : [],
    [ready, view, setup],
  );
  const glance = useMemo(
    () => (ready && view ? caseGlance(view.record, findings, today) : undefined),
    [ready, view, findings, today],
  );

  const shownRecord = useRef(view?.record);
  shownRecord.current = view?.record;
  const actions: SidebarActions = useMemo(() => {
    const said = <T,>(
      answer: { ok: true; value: T } | { ok: false; error: { message: string } },
    ) =>
      answer.ok ? ({ ok: true } as const) : ({ ok: false, message: answer.error.message } as const);
    return {
      async correct(change, note) {
        const answer = await askBackground({
          type: 'add-correction',
          caseId,
          change,
          ...(note ? { note } : {}),
        });
        if (answer.ok) {
          setNotice(`Saved, as entered by you: ${describeChange(change, shownRecord.current)}.`);
        }
        return said(answer);
      },
      async undo(correctionId) {
        const answer = await askBackground({ type: 'undo-correction', caseId, correctionId });
        if (answer.ok) setNotice('Correction undone: the value read from the pages shows again.');
        return said(answer);
      },
      async saveSettings(patch) {
        const answer = await askBackground({ type: 'put-settings', patch });
        if (answer.ok) setNotice('Settings saved; the deadlines were worked out again.');
        return said(answer);
      },
    };
  }, [caseId]);

  if (caseView.state === 'error') {
    return (
      <main className="sidebar" aria-label="Core Group Lens">
        <h1>Core Group Lens</h1>
        <p role="alert">Core Group Lens could not load this case: {caseView.message}</p>
      </main>
    );
  }
  if (view && hostOrigin && view.origin !== hostOrigin) {
    // Two case systems can use the same case numbers: showing one's data on the other's page
    // would be silently wrong.
    return (
      <main className="sidebar" aria-label="Core Group Lens">
        <h1>Core Group Lens</h1>
        <p role="alert" data-testid="other-origin">
          Case {caseId} is stored from another case system ({view.origin}), so nothing is shown for
          it here. Delete the stored case from the extension’s options if the case system has moved.
        </p>
      </main>
    );
  }
  const profileId = view?.profileId;
  const profile = profileId ? { id: profileId, name: builtInProfileName(profileId) } : undefined;
  const prompt = visitForm ? visitFormPrompt(visitForm, view?.record.children) : undefined;
  return (
    <SidebarShell
      layout={layout}
      onLayout={setLayout}
      onResizeStart={startResize}
      overdue={glance?.overdue}
      rag={glance?.rag}
      attention={prompt?.items.length ? 'Seen alone is not answered on the visit form' : undefined}
    >
      {(collapse, resizeHandle) => (
        <Sidebar
          caseId={caseId}
          today={today}
          record={ready ? (view?.record ?? null) : undefined}
          findings={findings}
          glance={glance}
          unread={view?.unread ?? []}
          origin={view?.origin}
          pageKind={pageKind}
          pages={view?.pages}
          corrections={view?.corrections}
          conflicts={view?.conflicts}
          procedure={setup.options.procedure}
          region={setup.options.region ?? view?.record.region}
          visitForm={visitForm}
          settings={{
            ...(settings ? { settings } : {}),
            procedures: PROCEDURES,
            ...(profile ? { profile } : {}),
            problems,
          }}
          actions={actions}
          notice={notice}
          onCollapse={collapse}
          resizeHandle={resizeHandle}
          teachField={<TeachField />}
          dashboardUrl={`${browser.runtime.getURL('/dashboard.html')}${routeHash({ view: 'case', caseId })}`}
          pageReadNotSaved={pageReadNotSaved}
        />
      )}
    </SidebarShell>
  );
}
