import { useEffect, useState } from 'react';
import type { Message } from '../../lib/messages/messages';
import { askBackground, onCaseChanged } from './background';

export type QueryState<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'error'; message: string };

/**
 * Asks the background once, then again whenever it says this case (or every case) changed.
 * `message` must be stable for a given `key`: the query restarts only when the key changes.
 * Nothing is asked before `notBefore` resolves (the page read being stored: read-stored.ts).
 */
export function useBackgroundQuery<T>(
  caseId: string,
  key: string,
  message: Message,
  notBefore: () => Promise<void> = () => Promise.resolve(),
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ state: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `message`
  useEffect(() => {
    let live = true;
    const refresh = () => {
      notBefore()
        .then(() => (live ? askBackground<T>(message) : undefined))
        .then((answer) => {
          if (!answer) return;
          if (!live) return;
          setState(
            answer.ok
              ? { state: 'loaded', value: answer.value }
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
  }, [caseId, key]);
  return state;
}
