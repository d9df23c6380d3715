import { formatUkDate } from '../../lib/present/format-date';
import type { ImportOutcome, PurgeOutcome } from '../../lib/store';
import { plural } from './audit-words';
import type { Outcome } from './outcome';

/** An error as it comes back from the background (a value, never a thrown Error). */
export interface CommandError {
  code: string;
  message: string;
  issues?: string[];
}

export function failed(error: CommandError): Outcome {
  return error.issues && error.issues.length > 0
    ? { kind: 'failed', message: error.message, issues: error.issues }
    : { kind: 'failed', message: error.message };
}

export function importedWords(outcome: ImportOutcome): string {
  const parts = [
    plural(outcome.casesAdded, 'new case', 'new cases'),
    plural(
      outcome.casesMerged,
      'case merged with one already here',
      'cases merged with ones already here',
    ),
    plural(outcome.pageReadsStored, 'page read stored', 'page reads stored'),
    plural(outcome.correctionsAdded, 'correction added', 'corrections added'),
  ];
  const settings = outcome.settingsImported ? ' The settings in the file now apply.' : '';
  return `Imported: ${parts.join(', ')}.${settings}`;
}

export function purgedWords(outcome: PurgeOutcome): string {
  const parts: string[] = [];
  if (outcome.casesPurged > 0) {
    parts.push(
      `${plural(outcome.casesPurged, 'case', 'cases')} not used, or whose plan ended, before ` +
        formatUkDate(outcome.cutoff),
    );
  }
  if (outcome.auditEntriesPurged > 0) {
    parts.push(plural(outcome.auditEntriesPurged, 'older log entry', 'older log entries'));
  }
  return parts.length === 0
    ? 'Nothing was past the retention period, so nothing was deleted.'
    : `Deleted ${parts.join(', and ')}.`;
}

export function deletedCaseWords(caseId: string, result: { found: boolean }): string {
  return result.found
    ? `Case ${caseId} was deleted, with everything stored about it.`
    : `Case ${caseId} was no longer stored, so there was nothing to delete.`;
}

export function exportedWords(fileName: string, cases: number): string {
  return `Saved ${fileName} (${plural(cases, 'case', 'cases')}) to your downloads.`;
}
