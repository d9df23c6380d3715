import type { SidebarData } from '../../lib/messages/get-sidebar-data';
import type { Result } from '../../lib/messages/result';
import { askBackground } from './background';

export type { SidebarData };

export interface FirstAsk {
  caseId: string;
  answer: Promise<Result<SidebarData>>;
}

const KEY = '__coreGroupLensFirstAsk';
type WithFirstAsk = typeof globalThis & { [KEY]?: FirstAsk };

/**
 * The sidebar frame's first question to the background, asked once per frame as early as it can
 * be: by entrypoints/sidebar-first-ask.ts, a small async classic script the frame's HTML runs as
 * soon as it is loaded, while its module scripts are fetched and run (React alone takes tens of
 * milliseconds to start here), or by the modules themselves if that script has not run yet. Only in the sidebar frame itself, named by its
 * address; `afterStoring` when the content script opened it while the page's read was stored
 * (read-stored.ts), so the background answers once that store has settled. Marks for the
 * benchmarks' breakdown (bench/measure-sidebar.ts): times only, no case data.
 */
export function askFirst(): FirstAsk | undefined {
  if (typeof window === 'undefined' || window.parent === window) return undefined;
  const scope = globalThis as WithFirstAsk;
  if (scope[KEY]) return scope[KEY];
  const params = new URLSearchParams(location.search);
  const caseId = params.get('case');
  if (!caseId) return undefined;
  performance.mark('core-group-lens:data-asked');
  const answer = askBackground<SidebarData>({
    type: 'get-sidebar-data',
    caseId,
    ...(params.get('storing') === '1' ? { afterStoring: true } : {}),
  }).then((result) => {
    performance.mark('core-group-lens:data-answered');
    return result;
  });
  scope[KEY] = { caseId, answer };
  return scope[KEY];
}
