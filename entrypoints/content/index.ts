import { HOST_MATCHES } from '../../lib/hosts';
import { FRAME_SOURCE, type SidebarLayout } from '../../lib/present/sidebar-frame';
import { SIDEBAR_WRAPPER, startCasePage, type TimedStep } from './case-page-session';
import { hideSidebarWhileLeaving } from './hide-while-leaving';
import {
  type MountedSidebar,
  mountSidebar,
  startStoredLayout,
  storedLayout,
} from './mount-sidebar';
import { startSiteProfiles } from './site-profiles';
import { readVisitForm } from './visit-form-watch';

/**
 * Marks the page once the extension has decided what it is, so the tests, the demo and the
 * benchmarks can wait for that state instead of sleeping. It carries no case data.
 */
function markDecision(decision: 'case-page' | 'not-a-case-page') {
  document.documentElement.dataset.coreGroupLens = decision;
}

/**
 * Times a step for the benchmarks (bench/measure-*.ts) as a `performance` measure, which the
 * page's timeline shows; the reading time also goes on `<html>`. Numbers only, never case data.
 * Reading is the content script's part (`read-page`) plus the background's build of the page
 * read from what was found (`build-read`, timed there, placed here at the send): both are added.
 */
function timeStep(step: TimedStep, start: number, end = performance.now()): number {
  performance.measure(`core-group-lens:${step}`, { start, end });
  const html = document.documentElement.dataset;
  if (step === 'read-page') html.coreGroupLensReadMs = `${end - start}`;
  if (step === 'build-read')
    html.coreGroupLensReadMs = `${Number(html.coreGroupLensReadMs ?? 0) + end - start}`;
  return end;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // The frame must not be styled and torn down inside the next page's load (see the file).
    hideSidebarWhileLeaving(window, {
      frameBox: () => document.querySelector<HTMLElement>(SIDEBAR_WRAPPER),
      signal: ctx.signal,
    });
    // The layout and whether any site profiles are stored are read from storage now, before
    // the host's load event: calls to the browser, not messages to the worker (see the files).
    let layout: (() => Promise<SidebarLayout>) | undefined = startStoredLayout(ctx.signal);
    const firstSiteProfiles = startSiteProfiles(ctx.signal);
    // Reading, re-reading on navigation and DOM changes and the sidebar's lifecycle live in
    // case-page-session.ts; this file says what to mount and what to watch on it.
    await startCasePage(ctx, {
      mark: markDecision,
      timeStep,
      firstSiteProfiles,
      async showSidebar({ caseId, path, pageKind, readAt }, signal, storing, replacing) {
        // Later sidebars (another case, a re-rendered page) take the layout as it is now.
        const place = await (layout ?? storedLayout)();
        layout = undefined;
        if (signal.aborted) return undefined;
        const sidebar = mountSidebar(
          { caseId, path, pageKind, ...(storing ? { storingReadAt: readAt } : {}) },
          place,
          { replacing },
        );
        ctx.onInvalidated(sidebar.remove);
        storing?.then(() => {
          if (!signal.aborted) sidebar.post({ source: FRAME_SOURCE, type: 'read-stored' });
        });
        watchVisitForm(sidebar, signal);
        return sidebar;
      },
    });
  },
});

function watchVisitForm(sidebar: MountedSidebar, signal: AbortSignal) {
  // A visit being recorded: tell the sidebar, as the worker answers, who still lacks a
  // "seen alone?" answer. The form is only read, never changed.
  const sendForm = () => {
    const children = readVisitForm(document);
    if (children) sidebar.post({ source: FRAME_SOURCE, type: 'visit-form', children });
    return children !== undefined;
  };
  if (!sendForm()) return;
  document.addEventListener('change', sendForm, { capture: true, passive: true, signal });
  document.addEventListener('input', sendForm, { capture: true, passive: true, signal });
}
