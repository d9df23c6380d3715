/**
 * Hides the sidebar's frame while the worker leaves the page, so that the next page's load does
 * not pay for it (issue 8: page load with / without under 1.10×).
 *
 * Traced (CDP Tracing through playwright-core, Debian's Chromium, demo case pages, two busy
 * cores): a frame still shown when the next page's response arrives is styled, laid out and
 * painted once more in the extension's process (about 23 ms of its main thread) and then deleted
 * there (about 27 ms), while the host's renderer commits the next page; the host's commit took
 * 64 ms instead of 45, and response-to-DOMContentLoaded went from about 50 ms (the floor's) to
 * about 80. A frame set to `display: none` before the navigation's response has no layout left to
 * update, is deleted in about 11 ms, and the next page's response-to-DOMContentLoaded is the
 * floor's. Hidden, not removed: a frame kept in the document keeps its state (a half-typed
 * meeting note), so bringing it back, when the page turns out to stay, is one style change and
 * nothing is reloaded.
 *
 * The signal is the Navigation API's `navigate` event, which a page fires for the navigations it
 * starts itself (a link, a form, a script): the way a worker moves through a case system, and
 * free. `beforeunload` would also see the address bar and bookmarks, but a page listening for it
 * makes Chromium ask the page's renderer before every navigation it starts, and wait for the
 * answer: measured about 10 ms more to the response on this machine, as much as it saves.
 * Measured again (issue 8, fourth session, bench/ab-page-load.ts, address-bar loads, builds
 * taking turns, machine load 11-19 on two cores): listening all the time added 10-26 ms to the
 * response (37-53 ms against 26-30 without it) and took 2-25 ms off response-to-DOMContentLoaded,
 * no net gain in three runs; traced, it did cut the extension's process work inside the next load
 * from about 118 to 35 ms of main thread. On a quiet machine (load 1-2), two more runs of 30
 * rounds: paired with/without 1.73 -> 1.55 and 1.40 -> 1.48, no steady gain either. Firefox also
 * keeps no page that listens for it in its back/forward cache. So address-bar navigations still
 * pay the frame's teardown. Only while a navigate event's navigation is on its way is
 * `beforeunload` listened to, to see the host ask the worker to stay (Chromium dispatches it in
 * the same task, right after `navigate`).
 *
 * A navigation can also go nowhere (a 204 answer, a download the page could not tell was one, a
 * slow server the worker gives up on), and nothing tells a page so. The frame is shown again when
 * the page is still here `STILL_HERE_MS` later, as soon as the worker clicks or types in it, and
 * when the page comes back from the back/forward cache. Firefox before 136 has no Navigation
 * API: there the frame is simply left as it was.
 */

/**
 * Longer than most case-system pages take to answer, short enough that a download or a 204 does
 * not leave the worker without the sidebar for long. A page that answers later than this gets its
 * frame back before it goes, and pays what every page paid before: never more.
 */
export const STILL_HERE_MS = 1000;

/** True when some `beforeunload` listener asked the browser to prompt the worker to stay. */
function promptAsked(event: BeforeUnloadEvent): boolean {
  // Chromium prompts on preventDefault() or a non-empty returnValue (what `return 'text'` from
  // an onbeforeunload handler sets); either may keep the worker on the page.
  return (
    event.defaultPrevented || (typeof event.returnValue === 'string' && event.returnValue !== '')
  );
}

export interface LeavingWatch {
  /** The sidebar's outer element now, if one is mounted. */
  frameBox(): HTMLElement | null;
  signal: AbortSignal;
  timers?: {
    set(run: () => void, ms: number): unknown;
    clear(id: unknown): void;
  };
}

export function hideSidebarWhileLeaving(win: Window, watch: LeavingWatch): void {
  const timers = watch.timers ?? {
    set: (run: () => void, ms: number) => win.setTimeout(run, ms),
    clear: (id: unknown) => win.clearTimeout(id as number),
  };
  let hidden: { box: HTMLElement; display: string; priority: string; timer: unknown } | undefined;

  const show = () => {
    if (!hidden) return;
    const { box, display, priority, timer } = hidden;
    hidden = undefined;
    timers.clear(timer);
    if (display) box.style.setProperty('display', display, priority);
    else box.style.removeProperty('display');
  };
  const hide = () => {
    const box = watch.frameBox();
    if (!box || hidden || watch.signal.aborted) return;
    hidden = {
      box,
      display: box.style.getPropertyValue('display'),
      priority: box.style.getPropertyPriority('display'),
      timer: timers.set(show, STILL_HERE_MS),
    };
    box.style.setProperty('display', 'none', 'important');
  };

  const options = { capture: true, signal: watch.signal } as const;
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  navigation?.addEventListener(
    'navigate',
    (event) => {
      const navigate = event as Event & {
        destination?: { sameDocument?: boolean };
        downloadRequest?: string | null;
      };
      // Same-document navigations (a single-page system's routes) keep the page and its frame.
      if (navigate.destination?.sameDocument !== false || navigate.downloadRequest) return;
      // A single-page system may take the navigation over (navigate.intercept()): then the
      // address has changed by the time the decision below is made, and the page stays.
      const from = win.location.href;
      let unloading: BeforeUnloadEvent | undefined;
      const onBeforeUnload = (e: BeforeUnloadEvent) => {
        unloading = e;
      };
      win.addEventListener('beforeunload', onBeforeUnload, options);
      // Decided once every listener of both events has run (the host's may be added after
      // ours) and any prompt has been answered: still long before the next page's response.
      timers.set(() => {
        win.removeEventListener('beforeunload', onBeforeUnload, options);
        if (navigate.defaultPrevented || (unloading && promptAsked(unloading))) return;
        if (win.location.href !== from) return;
        hide();
      }, 0);
    },
    options,
  );
  // The page moved to another entry of its own: it stayed (an intercepted navigation).
  navigation?.addEventListener('currententrychange', show, options);
  // The worker is using this page: whatever the navigation was, it did not take them away.
  win.addEventListener('pointerdown', show, { ...options, passive: true });
  win.addEventListener('keydown', show, { ...options, passive: true });
  win.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) show();
    },
    options,
  );
  watch.signal.addEventListener('abort', show, { once: true });
}
