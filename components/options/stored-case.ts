import { formatWhen } from './audit-words';

/** What the options page needs of a stored case to let the worker pick it. */
export interface StoredCase {
  caseId: string;
  childNames: string[];
  lastReadAt: string;
}

/** `CF-1001: Ava Smith, Leo Smith (last read 25/11/2026, 16:30)`. */
export function caseLabel(stored: StoredCase): string {
  const names =
    stored.childNames.length > 0 ? stored.childNames.join(', ') : 'no child names read yet';
  return `${stored.caseId}: ${names} (last read ${formatWhen(stored.lastReadAt)})`;
}

/** The case still chosen, or the first one when the chosen case has gone (deleted, purged). */
export function chosenCase(cases: readonly StoredCase[], chosen: string): string {
  return cases.some((c) => c.caseId === chosen) ? chosen : (cases[0]?.caseId ?? '');
}
