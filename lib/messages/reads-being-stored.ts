/**
 * The page reads the background is storing right now, by case. The sidebar is opened while its
 * page's read is still being stored (entrypoints/content/case-page-session.ts), and it asks for
 * its data at once; asked so, the background answers once this case's stores have settled
 * instead of answering with what was stored before the page and being asked again.
 *
 * Memory only, and only a shortcut: the MV3 worker may be stopped at any time, and a store it
 * never heard of is simply not waited for. The sidebar still checks that the answer includes its
 * page's read (entrypoints/sidebar/read-stored.ts) and waits for the page's word if it does not.
 */
export interface ReadsBeingStored {
  /** Notes a store of `caseId` until `storing` settles (fulfilled or not); returns `storing`. */
  track<T>(caseId: string, storing: Promise<T>): Promise<T>;
  /**
   * Resolves once every store of `caseId` under way now has settled, or after `mostMs`: a stuck
   * write must not hold the sidebar's answer forever (the content script gives up after ~3 s).
   */
  settled(caseId: string, mostMs: number): Promise<void>;
}

export function createReadsBeingStored(
  timers: { set: (run: () => void, ms: number) => unknown; clear: (id: unknown) => void } = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  },
): ReadsBeingStored {
  const byCase = new Map<string, Set<Promise<unknown>>>();
  return {
    track(caseId, storing) {
      const under = byCase.get(caseId) ?? new Set();
      byCase.set(caseId, under);
      const done = storing.then(
        () => undefined,
        () => undefined,
      );
      under.add(done);
      void done.then(() => {
        under.delete(done);
        if (under.size === 0 && byCase.get(caseId) === under) byCase.delete(caseId);
      });
      return storing;
    },
    async settled(caseId, mostMs) {
      const under = byCase.get(caseId);
      if (!under || under.size === 0) return;
      let timer: unknown;
      const late = new Promise<void>((resolve) => {
        timer = timers.set(resolve, mostMs);
      });
      await Promise.race([Promise.all([...under]).then(() => undefined), late]);
      timers.clear(timer);
    },
  };
}
