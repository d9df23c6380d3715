import { useEffect, useRef, useState } from 'react';
import type { Message, StoredReadMark } from '../../lib/messages/messages';
import type { Result } from '../../lib/messages/result';
import { askBackground, onCaseChanged } from './background';

export type QueryState<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'error'; message: string };

export interface QueryTiming<T> {
  /** Nothing is asked before this resolves (the page read being stored: read-stored.ts). */
  notBefore?: () => Promise<void>;
  /**
   * The first answer, if it was already asked for (before React rendered): taken once, so
   * every later refresh asks again. When it has already come (`settled`), the first render
   * shows it, rather than "loading" and then the answer a turn later.
   */
  takeFirst?: () => { answer: Promise<Result<T>>; settled?: Result<T> } | undefined;
  /**
   * True when the answer shown already includes the page read a change notice names: then
   * nothing is asked again (the sidebar opened for a read is answered after it is stored, and
   * the notice of that same store would only draw the same case twice).
   */
  includesRead?: (value: T, read: StoredReadMark) => boolean;
}

function stateOf<T>(answer: Result<T>): QueryState<T> {
  return answer.ok
    ? { state: 'loaded', value: answer.value }
    : { state: 'error', message: answer.error.message };
}

/**
 * Asks the background once, then again whenever it says this case (or every case) changed.
 * `message` must be stable for a given `key`: the query restarts only when the key changes.
 * Answers are shown in the order they were asked: one arriving after a later question's answer
 * is older and is dropped, but one still awaited when a change is heard is shown meanwhile.
 */
export function useBackgroundQuery<T>(
  caseId: string,
  key: string,
  message: Message,
  timing: QueryTiming<T> = {},
): QueryState<T> {
  const first = useRef<{ answer: Promise<Result<T>>; shown: boolean }>(undefined);
  const [state, setState] = useState<QueryState<T>>(() => {
    const taken = timing.takeFirst?.();
    first.current = taken && { answer: taken.answer, shown: taken.settled !== undefined };
    return taken?.settled ? stateOf(taken.settled) : { state: 'loading' };
  });
  // What is on screen, for the change listener (state in its closure would be the first one).
  const onScreen = useRef(state);
  onScreen.current = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `message`
  useEffect(() => {
    let live = true;
    let asked = 0;
    let shown = 0;
    const show = (question: number) => (answer: Result<T>) => {
      if (!live || question < shown) return;
      shown = question;
      setState(stateOf(answer));
    };
    const refresh = () => {
      const question = ++asked;
      const notBefore = timing.notBefore ?? (() => Promise.resolve());
      void notBefore()
        .then(() => askBackground<T>(message))
        .then(show(question));
    };
    const stop = onCaseChanged(caseId, (read) => {
      const now = onScreen.current;
      // Only when nothing was asked since what is on screen: a later answer may lack the read.
      const settled = asked === shown;
      if (read && settled && now.state === 'loaded' && timing.includesRead?.(now.value, read)) {
        return;
      }
      refresh();
    });
    const taken = first.current;
    first.current = undefined;
    if (taken?.shown) shown = ++asked;
    else if (taken) void taken.answer.then(show(++asked));
    else refresh();
    return () => {
      live = false;
      stop();
    };
  }, [caseId, key]);
  return state;
}
