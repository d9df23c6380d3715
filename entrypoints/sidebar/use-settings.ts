import type { Settings } from '../../lib/store/settings';
import { useBackgroundQuery } from './use-background-query';

export type SettingsState =
  | { state: 'loading' }
  | { state: 'loaded'; settings: Settings }
  | { state: 'error'; message: string };

/** The worker's settings, fetched again when they change (the background says "every case"). */
export function useSettings(caseId: string): SettingsState {
  const query = useBackgroundQuery<Settings>(caseId, 'settings', { type: 'get-settings' });
  return query.state === 'loaded' ? { state: 'loaded', settings: query.value } : query;
}
