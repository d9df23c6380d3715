import type { CaseView } from '../../lib/store';
import { useBackgroundQuery } from './use-background-query';

export type CaseViewState =
  | { state: 'loading' }
  | { state: 'loaded'; view: CaseView | null }
  | { state: 'error'; message: string };

/**
 * The stored view of one case, fetched from the background and fetched again whenever the
 * background says the case changed (a page was read in this or another tab, or a correction).
 */
export function useCaseView(caseId: string): CaseViewState {
  const query = useBackgroundQuery<CaseView | null>(caseId, `case:${caseId}`, {
    type: 'get-case-view',
    caseId,
  });
  return query.state === 'loaded' ? { state: 'loaded', view: query.value } : query;
}
