/**
 * Hides the sidebar's frame while the worker leaves the page, so that the next page's load does
 * not pay for it (issue 8: page load with / without under 1.10×).
 *
 * Traced (CDP Tracing, Chromium 14x, demo case pages, bench/trace-page-load.ts): a frame still
 * shown when the next page's response arrives is styled, laid out and painted once more in the
 * extension's process (about 23 ms of its main thread, plus raster) and then deleted there
 * (about 27 ms), while the host's renderer commits the next page; on two cores the host's commit
 * then took 64 ms instead of 45, and response-to-DOMContentLoaded went from about 50 ms (the
 * floor's) to about 80. A frame set to `display: none` before the navigation starts has no layout
 * to update, and the next page loads as with the floor extension. Hidden, not removed: a frame
 * kept in the document keeps its state (a half-typed meeting note), so bringing it back, when the
 * page turns out to stay, is one style change and nothing is lost or reloaded.
 *
 * A navigation can go nowhere after `beforeunload` (a download, a 204 answer, a slow server the
 * worker gives up on), and nothing tells a page so. The frame is shown again when the page is
 * still here `STILL_HERE_MS` later, as soon as the worker clicks or types in it, and when the page
 * comes back from the back/forward cache. A host `beforeunload` prompt may keep the worker on the
 * page: then the frame is not hidden at all.
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
  win.addEventListener(
    'beforeunload',
    (event) => {
      // Decided once every listener has run (the host's may be added after ours); a prompt,
      // if there is one, has been answered by then. Still before the next page's response.
      timers.set(() => {
        if (!promptAsked(event)) hide();
      }, 0);
    },
    options,
  );
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
