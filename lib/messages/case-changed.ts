import { CASE_CHANGING_MESSAGES, type CaseChangedNotice } from './messages';

/**
 * The notice the background sends its pages after a message was handled, if that message
 * changed stored cases. A stored page read says which page and read it was, so a sidebar whose
 * answer already includes that read (the one opened for it, answered after the store) need not
 * ask again and draw the same case twice.
 */
export function caseChangedNotice(
  message: unknown,
  answer: unknown,
): CaseChangedNotice | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, caseId } = message as { type?: string; caseId?: string };
  // Settings (region, procedure) change every case's findings.
  if (type === 'delete-everything' || type === 'put-settings') return notice('*');
  // An import or a purge can add or remove any number of cases.
  if (type === 'data-imported' || type === 'purge-expired') return notice('*');
  if (!type || !CASE_CHANGING_MESSAGES.has(type as never)) return undefined;
  if (type !== 'page-read') return caseId ? notice(caseId) : undefined;
  // A page read names its case only once the background has built it: the answer says which.
  const stored = answer as { caseId?: unknown; path?: unknown } | null;
  const readAt = (message as { shown?: { readAt?: unknown } }).shown?.readAt;
  if (typeof stored?.caseId !== 'string') return undefined;
  if (typeof stored.path !== 'string' || typeof readAt !== 'string') return notice(stored.caseId);
  return { type: 'case-changed', caseId: stored.caseId, read: { path: stored.path, readAt } };
}

function notice(caseId: CaseChangedNotice['caseId']): CaseChangedNotice {
  return { type: 'case-changed', caseId };
}
