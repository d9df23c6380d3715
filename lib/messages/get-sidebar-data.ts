import type { LensDb } from '../store';
import { getCaseView } from '../store';
import type { CaseView } from '../store/case-repository';
import type { Settings } from '../store/settings';
import type { PreparedSidebarData } from './prepared-sidebar-data';
import type { ReadsBeingStored } from './reads-being-stored';
import { ok, type Result } from './result';

/** What `get-sidebar-data` answers: the case as stored, and the settings its findings need. */
export interface SidebarData {
  view: CaseView | null;
  /**
   * Settings that cannot be read are the sidebar's to explain (it falls back to England's
   * timescales and says so), so they travel as their own result.
   */
  settings: Result<Settings>;
}

/**
 * The longest an answer waits for this case's stores under way (reads-being-stored.ts). The
 * content script's own retries of a store take about 3 s at most.
 */
export const STORE_WAIT_MS = 3000;

/**
 * The sidebar's data in one round trip. `afterStoring`: the sidebar was opened while its page's
 * read was being stored, so the case is read once the stores of it under way have settled (the
 * answer then includes that read, or the write failed and the sidebar waits for the page's word).
 */
export async function getSidebarData(
  ctx: { db: LensDb; storing?: ReadsBeingStored; prepared?: PreparedSidebarData },
  caseId: string,
  afterStoring: boolean,
  settings: () => Promise<Result<Settings>>,
): Promise<Result<SidebarData>> {
  // Read when this case's last page read was stored, with nothing written since. The settings
  // are only read when it is not there: read anyway, they took the worker's thread (a Dexie
  // transaction, the policy) just as the prepared answer was being read (issue 8).
  if (afterStoring) await ctx.storing?.settled(caseId, STORE_WAIT_MS);
  const prepared = ctx.prepared?.take(caseId);
  if (prepared) return prepared;
  const [view, settingsResult] = await Promise.all([getCaseView(ctx.db, caseId), settings()]);
  return ok({ view: view ?? null, settings: settingsResult });
}
