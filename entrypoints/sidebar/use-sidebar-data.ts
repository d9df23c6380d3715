import type { Result } from '../../lib/messages/result';
import { viewIncludesRead } from '../../lib/present/read-included';
import type { CaseView } from '../../lib/store';
import type { Settings } from '../../lib/store/settings';
import { askBackground } from './background';
import { askFirst, type SidebarData } from './first-ask';
import { includesThisRead, whenReadStored } from './read-stored';
import { useBackgroundQuery } from './use-background-query';

export type CaseViewState =
  | { state: 'loading' }
  | { state: 'loaded'; view: CaseView | null }
  | { state: 'error'; message: string };

export type SettingsState =
  | { state: 'loading' }
  | { state: 'loaded'; settings: Settings }
  | { state: 'error'; message: string };

interface EarlyAnswer {
  caseId: string;
  answer: Promise<Result<SidebarData>>;
  /** The answer once it is final, so the first render can show it without waiting a turn. */
  settled?: Result<SidebarData>;
  /** Resolves once `settled` is set. */
  ready: Promise<void>;
}

/**
 * The first answer, asked before React rendered (first-ask.ts): final once it includes this
 * page's read; otherwise asked again once the page says the read is stored (read-stored.ts).
 */
let early: EarlyAnswer | undefined = (() => {
  const first = askFirst();
  if (!first) return undefined;
  // Listening for the page's word starts now: it can only arrive once React's first render has
  // let go of this frame's thread.
  void whenReadStored();
  const final = first.answer.then(async (answer) => {
    if (!answer.ok || includesThisRead(answer.value.view)) return answer;
    await whenReadStored();
    performance.mark('core-group-lens:data-asked');
    const again = await askBackground<SidebarData>({
      type: 'get-sidebar-data',
      caseId: first.caseId,
    });
    performance.mark('core-group-lens:data-answered');
    return again;
  });
  const taken: EarlyAnswer = {
    caseId: first.caseId,
    answer: final,
    ready: final.then((settled) => {
      taken.settled = settled;
    }),
  };
  return taken;
})();

/**
 * Resolves once the first answer is final (or at once when there is none), so main.tsx can
 * render the case straight away instead of "loading" first (see FIRST_ANSWER_WAIT_MS there).
 */
export function firstAnswerReady(): Promise<void> {
  return early?.ready ?? Promise.resolve();
}

function takeEarly(caseId: string): EarlyAnswer | undefined {
  const taken = early?.caseId === caseId ? early : undefined;
  early = undefined;
  return taken;
}

/**
 * The stored view of one case and the worker's settings, in one round trip to the background,
 * shown once it includes this page's read (read-stored.ts), and asked again whenever the
 * background says the case, or every case (settings), changed.
 */
export function useSidebarData(caseId: string): {
  caseView: CaseViewState;
  settingsState: SettingsState;
  /**
   * An answer is shown only once it includes this page's read or the page has said the store is
   * over (read-stored.ts), so one still without it means the read was not saved: said, not hidden.
   */
  pageReadNotSaved: boolean;
} {
  const query = useBackgroundQuery<SidebarData>(
    caseId,
    `sidebar:${caseId}`,
    { type: 'get-sidebar-data', caseId },
    {
      notBefore: whenReadStored,
      takeFirst: () => takeEarly(caseId),
      includesRead: (data, read) => viewIncludesRead(data.view, read),
    },
  );
  if (query.state !== 'loaded') {
    return { caseView: query, settingsState: query, pageReadNotSaved: false };
  }
  const { view, settings } = query.value;
  return {
    pageReadNotSaved: !includesThisRead(view),
    caseView: { state: 'loaded', view },
    settingsState: settings.ok
      ? { state: 'loaded', settings: settings.value }
      : { state: 'error', message: settings.error.message },
  };
}
