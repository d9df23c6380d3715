/**
 * When to read the page again. A case system re-rendering fires hundreds of mutations a second;
 * reading after each would make it slower, and reading mid-render would store half a page.
 *
 * - After DOM changes: once the page has been quiet for QUIET_MS, and at least every
 *   MOST_WAIT_MS while it keeps changing (a ticking clock must not starve the reads).
 * - After a navigation: not before the DOM has changed since (until then it still shows the
 *   previous page, which must not be stored under the new address), and not before the read is
 *   complete (nothing the profile expects is "not found"), unless SETTLE_MS pass: then what
 *   the page shows is what it shows, and whatever could not be read is reported as such.
 */
export const QUIET_MS = 250;
export const MOST_WAIT_MS = 1500;
export const SETTLE_MS = 4000;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(id: unknown): void;
  now(): number;
}

export interface SchedulerOptions<R> {
  read(): R;
  /** False for a read that looks mid-render (see above). */
  isComplete(result: R): boolean;
  deliver(result: R): void;
  timers: Timers;
}

export interface ReadScheduler {
  /** The page's DOM changed in a way that matters (see page-changes.ts). */
  domChanged(): void;
  /** The page moved to another address. */
  navigated(): void;
  /** Something other than the page changed (the site profiles): read again soon. */
  readSoon(): void;
  stop(): void;
}

export function createReadScheduler<R>(options: SchedulerOptions<R>): ReadScheduler {
  const { timers } = options;
  let stopped = false;
  let timer: unknown;
  let firstChangeAt: number | undefined;
  let settling: { sawChange: boolean; deadline: unknown } | undefined;

  const cancel = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    firstChangeAt = undefined;
  };

  const run = () => {
    timer = undefined;
    firstChangeAt = undefined;
    if (stopped) return;
    if (settling) {
      if (!settling.sawChange) return;
      const result = options.read();
      if (!options.isComplete(result)) return;
      timers.clear(settling.deadline);
      settling = undefined;
      options.deliver(result);
      return;
    }
    options.deliver(options.read());
  };

  const schedule = (quiet: number) => {
    const now = timers.now();
    firstChangeAt ??= now;
    const due = Math.min(now + quiet, firstChangeAt + MOST_WAIT_MS);
    if (timer !== undefined) timers.clear(timer);
    timer = timers.set(run, Math.max(0, due - now));
  };

  const settled = () => {
    settling = undefined;
    cancel();
    if (!stopped) options.deliver(options.read());
  };

  return {
    domChanged() {
      if (stopped) return;
      if (settling) settling.sawChange = true;
      schedule(QUIET_MS);
    },
    navigated() {
      if (stopped) return;
      cancel();
      if (settling) timers.clear(settling.deadline);
      settling = { sawChange: false, deadline: timers.set(settled, SETTLE_MS) };
    },
    readSoon() {
      // While settling, the read that ends it uses whatever changed.
      if (stopped || settling) return;
      schedule(0);
    },
    stop() {
      stopped = true;
      cancel();
      if (settling) timers.clear(settling.deadline);
      settling = undefined;
    },
  };
}
