import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../../lib/domain/provenance';
import { toWire } from '../../lib/extract/page-shown-wire';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { TabCommand } from '../../lib/messages/messages';
import type { Result } from '../../lib/messages/result';
import { SITE_PROFILES_KEY } from '../../lib/settings/storage-keys';
import { lensWorld } from './lens-world';
import { pagePath, watchNavigation, watchPageChanges } from './page-changes';
import { type PageShownResult, readCasePage } from './read-case-page';
import { SentReads } from './read-fingerprint';
import { createReadScheduler } from './read-scheduler';
import { sendPageRead } from './send-page-read';
import { fetchSiteProfiles } from './site-profiles';

export type Decision = 'case-page' | 'not-a-case-page';
/** The sidebar's wrapper, as mount-sidebar.ts marks it. */
export const SIDEBAR_WRAPPER = '[data-core-group-lens="sidebar"]';
/**
 * `build-read` is the background's part of reading (turning what the page shows into the page
 * read), timed there and reported back with the store's answer.
 */
export type TimedStep = 'read-page' | 'build-read' | 'store-read' | 'mount-sidebar';

/** The case page a sidebar is shown for. */
export interface CasePageShown {
  caseId: string;
  path: string;
  pageKind: PageKind;
  readAt: string;
}

export interface CasePageHooks {
  /**
   * Mounts the sidebar for a read; `signal` aborts when this sidebar is taken down, and its
   * `remove()`, if it has one, is called then. `storing` is the read being stored, when it is:
   * the sidebar is mounted meanwhile (its page takes far longer to start than the store), and
   * must show it is loading until `storing` settles. `replacing`: a sidebar was taken down
   * for this one (another case, a re-rendered page).
   */
  showSidebar(
    read: CasePageShown,
    signal: AbortSignal,
    storing: Promise<void> | undefined,
    replacing: boolean,
  ): Promise<object | undefined>;
  mark(decision: Decision): void;
  /**
   * Times the first read, store and mount for the benchmarks; returns the step's end (`end`:
   * a step timed elsewhere, as the background's build is).
   */
  timeStep?(step: TimedStep, start: number, end?: number): number;
  /**
   * The site profiles for the first read, looked into as the script started (site-profiles.ts,
   * startSiteProfiles); asked of the background after the load event when not given.
   */
  firstSiteProfiles?(): Promise<SiteProfile[]>;
}

interface Shown {
  caseId: string;
  path: string;
  pageKind: string;
  down: AbortController;
  sidebar: object | undefined;
}

function removerOf(sidebar: object | undefined): (() => void) | undefined {
  const remove = (sidebar as { remove?: unknown } | undefined)?.remove;
  return typeof remove === 'function' ? () => remove.call(sidebar) : undefined;
}

/**
 * The longest the first read waits for the host page's load event: a page held up by one slow
 * image must not keep its deadlines away for long.
 */
export const MOST_LOAD_WAIT_MS = 2000;

/**
 * Resolves once the host page's load event has run. Chromium starts this script just before it
 * (document_idle runs ahead of window.onload on a page that finishes quickly), and anything done
 * then (reading a long page; a frame, whose loading the page's load event waits for; a message
 * that starts the extension's service worker, whose start-up competes with the page for the
 * CPU) is added to the page's own load time (issue 8: under 1.10×).
 */
export function afterLoad(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    ctx.addEventListener(window, 'load', () => ctx.setTimeout(resolve, 0), { once: true });
    ctx.setTimeout(resolve, MOST_LOAD_WAIT_MS);
  });
}

/** Asks the background to load the generic reader into this world (see lens-world.ts). */
async function loadGenericReader(): Promise<boolean> {
  const world = lensWorld();
  if (world.findGeneric) return true;
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'load-generic-reader' })) as
      | Result<unknown>
      | undefined;
    return answer?.ok === true && world.findGeneric !== undefined;
  } catch {
    return false;
  }
}

/**
 * The content script's work on a case-system page, for as long as the page lives: read it
 * (stored profiles first, taught fields on top), send what changed, show the sidebar for the
 * case on it, and read again when a single-page system navigates or re-renders. Teach a field
 * is loaded by the background when the sidebar asks for it (entrypoints/teach-a-field.ts).
 */
export async function startCasePage(ctx: ContentScriptContext, hooks: CasePageHooks) {
  const world = lensWorld();
  world.onInvalidated = (stop) => ctx.onInvalidated(stop);
  // Nothing is asked of the background before the load event (see afterLoad).
  await afterLoad(ctx);
  const stored = await (hooks.firstSiteProfiles ?? fetchSiteProfiles)();
  let profiles: readonly SiteProfile[] = [...stored, ...BUILT_IN_PROFILES];
  const sent = new SentReads();
  let shown: Shown | undefined;
  let lastPath = pagePath(location);
  // The generic reader is loaded at most once per page; until it is, a page that needs it is
  // not read (rather than read as "not a case page"), and it is read again once it is there.
  let genericAsked = false;
  let genericFailed = false;
  const needGenericReader = () => {
    if (genericAsked) return;
    genericAsked = true;
    void loadGenericReader().then((loaded) => {
      genericFailed = !loaded;
      if (!ctx.isInvalid) scheduler.readSoon();
    });
  };
  const read = (): PageShownResult | undefined => {
    const result = readCasePage(document, new URL(location.href), profiles, {
      findGeneric: world.findGeneric,
    });
    if (result.kind !== 'needs-generic-reader') return result;
    if (genericFailed) {
      return {
        kind: 'not-a-case-page',
        reason: 'no profile describes this page and the generic reader could not be loaded',
      };
    }
    needGenericReader();
    return undefined;
  };

  const takeDown = () => {
    if (!shown) return;
    shown.down.abort();
    const remove = removerOf(shown.sidebar);
    if (remove) remove();
    else {
      // Until mount-sidebar.ts hands back a remove(), the wrapper is taken out here.
      for (const el of Array.from(document.querySelectorAll(SIDEBAR_WRAPPER))) {
        el.remove();
      }
    }
    shown = undefined;
  };

  let first = true;
  let reads = 0;
  const apply = async (result: PageShownResult | undefined) => {
    if (ctx.isInvalid || !result) return;
    const timed = first ? hooks.timeStep : undefined;
    first = false;
    const mark = performance.now();
    if (result.kind !== 'case-page') {
      // A read mid-render on the same page keeps the sidebar; a page moved on takes it down.
      if (shown && shown.path !== pagePath(location)) takeDown();
      if (!shown) hooks.mark('not-a-case-page');
      return;
    }
    const { shown: pageRead } = result;
    const page: CasePageShown = {
      caseId: result.caseId,
      path: pageRead.path,
      pageKind: pageRead.findings.pageKind,
      readAt: pageRead.readAt,
    };
    world.pageKind = page.pageKind;
    let storing: Promise<void> | undefined;
    // The read is sent once the sidebar's frame has been created (or straight away when none
    // is): the frame's navigation and file loads run in the extension's process, as does the
    // worker that builds and stores the read, and the frame is the longer path to the first
    // paint (issue 8; bench/measure-sidebar.ts). The frame waits for the store either way.
    let send: () => void = () => undefined;
    const sendNow = new Promise<void>((resolve) => {
      send = resolve;
    });
    const wire = toWire(pageRead);
    if (sent.isNew(wire)) {
      sent.remember(wire);
      storing = sendNow
        .then(() => sendPageRead(wire))
        .then((answer) => {
          if (!answer?.ok) sent.forget(wire);
          if (!timed) return;
          // The background's build is part of reading the page (the extraction bench counts it).
          if (answer?.ok) timed('build-read', mark, mark + answer.value.buildMs);
          timed('store-read', mark);
        });
    }
    try {
      if (
        !shown ||
        // A page that re-renders its whole body takes the sidebar's frame with it.
        !document.querySelector(SIDEBAR_WRAPPER) ||
        shown.caseId !== page.caseId ||
        shown.path !== page.path ||
        shown.pageKind !== page.pageKind
      ) {
        const replacing = shown !== undefined;
        takeDown();
        const down = new AbortController();
        const sidebar = await hooks.showSidebar(page, down.signal, storing, replacing);
        shown = { caseId: page.caseId, path: page.path, pageKind: page.pageKind, down, sidebar };
        if (timed) timed('mount-sidebar', mark);
      }
    } finally {
      // Sent even when mounting failed: the read is remembered as sent.
      send();
    }
    await storing;
    if (ctx.isInvalid) return;
    hooks.mark('case-page');
  };
  // One delivery at a time: a send and a mount must not interleave with the next read's.
  let queue = Promise.resolve();
  const deliver = (result: PageShownResult | undefined) => {
    // Nothing read (the generic reader is on its way): nothing to send, nothing to count.
    if (!result) return;
    queue = queue
      .then(() => apply(result))
      .catch(() => undefined)
      .then(() => {
        // A count on <html> (no case data) once a read is sent and shown, so tests can wait
        // for "read again" as a state rather than for a time.
        document.documentElement.dataset.coreGroupLensReads = String(++reads);
      });
  };

  const scheduler = createReadScheduler({
    read,
    isComplete: (result) =>
      result?.kind === 'case-page' &&
      !result.shown.findings.unread.some((u) => u.reason.endsWith('not found on page')),
    deliver,
    timers: {
      set: (run, ms) => ctx.setTimeout(run, ms),
      clear: (id) => clearTimeout(id as number),
      now: () => performance.now(),
    },
  });
  ctx.onInvalidated(() => scheduler.stop());

  const started = performance.now();
  const firstRead = read();
  hooks.timeStep?.('read-page', started);
  deliver(firstRead);

  watchPageChanges(document, () => scheduler.domChanged(), ctx.signal);
  const onNavigate = () => {
    const here = pagePath(location);
    if (here === lastPath) return;
    lastPath = here;
    scheduler.navigated();
  };
  watchNavigation(window, onNavigate, ctx.signal);
  // Polls where the Navigation API is missing (Firefox before 136): a second opinion, no more.
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);

  const reloadProfiles = async () => {
    profiles = [...(await fetchSiteProfiles()), ...BUILT_IN_PROFILES];
    sent.clear();
    scheduler.readSoon();
  };
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SITE_PROFILES_KEY in changes) || area === 'managed') {
      void reloadProfiles();
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const onCommand = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (answer: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return;
    const command = message as Partial<TabCommand> | null;
    // `teach-mode` is for teach-commands.ts, loaded when teaching starts.
    if (command?.type === 'site-profiles-changed') {
      void reloadProfiles();
      sendResponse({ ok: true });
    }
  };
  browser.runtime.onMessage.addListener(onCommand);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
}
