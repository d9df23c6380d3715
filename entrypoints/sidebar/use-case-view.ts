import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CaseChangedNotice } from '../../lib/messages/messages';
import type { Result } from '../../lib/messages/result';
import type { CaseView } from '../../lib/store';

export type CaseViewState =
  | { state: 'loading' }
  | { state: 'loaded'; view: CaseView | null }
  | { state: 'error'; message: string };

async function fetchCaseView(caseId: string): Promise<CaseViewState> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'get-case-view', caseId })) as
      | Result<CaseView | null>
      | undefined;
    if (!answer) return { state: 'error', message: 'The extension did not answer.' };
    return answer.ok
      ? { state: 'loaded', view: answer.value }
      : { state: 'error', message: answer.error.message };
  } catch (error) {
    return { state: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The stored view of one case, fetched from the background and fetched again whenever the
 * background says the case changed (a page was read in this or another tab).
 */
export function useCaseView(caseId: string): CaseViewState {
  const [state, setState] = useState<CaseViewState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      fetchCaseView(caseId).then((next) => {
        if (live) setState(next);
      });
    };
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const notice = message as Partial<CaseChangedNotice>;
      if (notice?.type === 'case-changed' && (notice.caseId === caseId || notice.caseId === '*')) {
        refresh();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    refresh();
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [caseId]);
  return state;
}
