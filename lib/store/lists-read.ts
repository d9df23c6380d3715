import type { CaseRecord, PageRead } from '../domain';
import type { ReadableList } from '../rules/unread-lists';

const LIST_NAMES: readonly ReadableList[] = ['coreGroups', 'visits', 'reviewConferences'];

/**
 * The lists some page has shown (even empty), or in which the worker has entered an item: only
 * these may be judged "none held" by the rules.
 */
export function listsReadOf(
  reads: readonly Pick<PageRead, 'fields'>[],
  record: Pick<CaseRecord, ReadableList>,
): ReadableList[] {
  return LIST_NAMES.filter(
    (list) =>
      reads.some((r) => r.fields[list] !== undefined) ||
      record[list].some((item) => item.source?.kind === 'user'),
  );
}
