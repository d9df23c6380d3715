import type { SidebarData } from './get-sidebar-data';
import type { Result } from './result';

/**
 * The sidebar's answer for a case, read by the background as soon as a page read of that case is
 * stored: the content script mounts the sidebar while the read is stored, and the frame asks
 * tens of milliseconds later, so reading the case then (several tables, plus the settings) was
 * on the sidebar's first paint (issue 8; traced: 5-30 ms of the answer's 30 ms).
 *
 * An answer prepared so is only given while nothing has been written since it began to be read:
 * any write through Dexie here or in another of the extension's pages (Dexie's `storagemutated`,
 * which crosses pages by BroadcastChannel), a settings or policy change, or anything the
 * background tells pages has changed, calls `written()`, and every answer prepared before is
 * dropped, so the sidebar is never shown a case as it was before a change. Memory only, kept a
 * few seconds: the MV3 worker may stop at any time, and an ask with nothing prepared reads the
 * case as before.
 */
export interface PreparedSidebarData {
  /** Starts reading `caseId`'s answer now, for the ask expected soon. */
  prepare(caseId: string, read: () => Promise<Result<SidebarData>>): void;
  /** The answer prepared for `caseId`, when nothing has been written since it began to be read. */
  take(caseId: string): Promise<Result<SidebarData>> | undefined;
  /** Something the answers depend on may have changed: none prepared before is given. */
  written(): void;
}

/** The longest a prepared answer waits for its ask (the frame asks within a second here). */
export const PREPARED_KEEP_MS = 5000;

export function createPreparedSidebarData(
  now: () => number = () => Date.now(),
  keepMs = PREPARED_KEEP_MS,
): PreparedSidebarData {
  let generation = 0;
  const byCase = new Map<
    string,
    { generation: number; at: number; answer: Promise<Result<SidebarData>> }
  >();
  return {
    prepare(caseId, read) {
      const entry = { generation, at: now(), answer: read() };
      byCase.set(caseId, entry);
      // A read that fails is not kept: the ask reads again, and says why if it fails again.
      entry.answer.then(
        (result) => {
          if (!result.ok && byCase.get(caseId) === entry) byCase.delete(caseId);
        },
        () => {
          if (byCase.get(caseId) === entry) byCase.delete(caseId);
        },
      );
    },
    take(caseId) {
      const entry = byCase.get(caseId);
      if (!entry) return undefined;
      if (entry.generation !== generation || now() - entry.at > keepMs) {
        byCase.delete(caseId);
        return undefined;
      }
      return entry.answer;
    },
    written() {
      generation += 1;
      byCase.clear();
    },
  };
}
