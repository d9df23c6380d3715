import { useId } from 'react';
import type { AuditEntry } from '../../lib/store/audit';
import { auditActionLabel, auditDetails, formatWhen } from './audit-words';

export interface AuditLogProps {
  /** Newest first; undefined while loading. */
  entries: readonly AuditEntry[] | undefined;
  /** How many the page asked for, to say when older entries are not shown. */
  limit: number;
}

/** The recent log: what was done, to which case and page, and counts; never a value read. */
export function AuditLog({ entries, limit }: AuditLogProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Activity log</h2>
      <p>
        What Core Group Lens did on this computer: pages read, corrections, exports, imports and
        deletions. It holds no values from the case pages. Deleting a case removes its entries.
      </p>
      {entries === undefined ? (
        <p>Loading the log…</p>
      ) : entries.length === 0 ? (
        <p data-testid="audit-empty">Nothing has been logged.</p>
      ) : (
        <div className="table-wrap">
          <table className="audit" data-testid="audit-log">
            <caption className="visually-hidden">
              {entries.length >= limit
                ? `The ${limit} most recent entries, newest first`
                : 'All entries, newest first'}
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Case</th>
                <th scope="col">Page</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => (
                <tr key={entry.id ?? `at-${entry.at}-${i}`} data-action={entry.action}>
                  <td>{formatWhen(entry.at)}</td>
                  <td>{auditActionLabel(entry.action)}</td>
                  <td>{entry.caseId ?? '—'}</td>
                  <td className="audit-path">{entry.path ?? '—'}</td>
                  <td>{auditDetails(entry) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entries !== undefined && entries.length >= limit ? (
        <p className="hint">
          Older entries are kept but not shown; “Export everything” includes them.
        </p>
      ) : null}
    </section>
  );
}
