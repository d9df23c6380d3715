import { HOST_MATCHES } from '../../lib/hosts';
import { FRAME_SOURCE } from '../../lib/present/sidebar-frame';
import { startCasePage } from './case-page-session';
import { type MountedSidebar, mountSidebar } from './mount-sidebar';
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
 */
function timeStep(step: 'read-page' | 'store-read' | 'mount-sidebar', start: number): number {
  const end = performance.now();
  performance.measure(`core-group-lens:${step}`, { start, end });
  if (step === 'read-page') document.documentElement.dataset.coreGroupLensReadMs = `${end - start}`;
  return end;
}

export default defineContentScript({
  matches: HOST_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    // Reading, re-reading on navigation and DOM changes, the sidebar's lifecycle and teach-a-field
    // live in case-page-session.ts; this file says what to mount and what to watch on it.
    await startCasePage(ctx, {
      mark: markDecision,
      timeStep,
      async showSidebar({ caseId, path, pageKind }, signal) {
        const sidebar = await mountSidebar(ctx, caseId, path, pageKind);
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
