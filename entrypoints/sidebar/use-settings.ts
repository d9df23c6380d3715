import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/store/settings';
import { askBackground, onCaseChanged } from './background';

export type SettingsState =
  | { state: 'loading' }
  | { state: 'loaded'; settings: Settings }
  | { state: 'error'; message: string };

/** The worker's settings, fetched again when they change (the background says "every case"). */
export function useSettings(caseId: string): SettingsState {
  const [state, setState] = useState<SettingsState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      askBackground<Settings>({ type: 'get-settings' }).then((answer) => {
        if (!live) return;
        setState(
          answer.ok
            ? { state: 'loaded', settings: answer.value }
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
