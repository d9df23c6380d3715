import { useEffect, useState } from 'react';
import type { CaseView } from '../../lib/store';
import { askBackground, onCaseChanged } from './background';

export type CaseViewState =
  | { state: 'loading' }
  | { state: 'loaded'; view: CaseView | null }
  | { state: 'error'; message: string };

/**
 * The stored view of one case, fetched from the background and fetched again whenever the
 * background says the case changed (a page was read in this or another tab, or a correction).
 */
export function useCaseView(caseId: string): CaseViewState {
  const [state, setState] = useState<CaseViewState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      askBackground<CaseView | null>({ type: 'get-case-view', caseId }).then((answer) => {
        if (!live) return;
        setState(
          answer.ok
            ? { state: 'loaded', view: answer.value }
            : { state: 'error', message: answer.error.message },
        );
      });
    };
    const stop = onCaseChanged(caseId, refresh);
    refresh();
    return () => {
      live = false;
      stop();
    };
  }, [caseId]);
  return state;
}
