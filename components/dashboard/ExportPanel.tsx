import { useId, useState } from 'react';

/**
 * Downloads for a pilot's evidence and for the diary. Children's names stay out of both files
 * unless the user ticks the box for that file.
 */
export function ExportPanel({
  caseCount,
  onDownloadCsv,
  onDownloadCalendar,
  message,
}: {
  caseCount: number;
  onDownloadCsv: (includeNames: boolean) => void;
  onDownloadCalendar: (includeNames: boolean) => void;
  /** What the last download did, or why it could not. */
  message?: string;
}) {
  const [csvNames, setCsvNames] = useState(false);
  const [icsNames, setIcsNames] = useState(false);
  const id = useId();
  return (
    <section className="panel export-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reports and calendar</h2>
      <p className="cell-note">
        Files are made on this computer from what was read locally; the case system remains the
        record. Only case references are included unless you tick the box.
      </p>
      <div className="export-row">
        <button type="button" onClick={() => onDownloadCsv(csvNames)} disabled={caseCount === 0}>
          Download all cases (CSV)
        </button>
        <input
          id={`${id}-csv-names`}
          type="checkbox"
          checked={csvNames}
          onChange={(e) => setCsvNames(e.target.checked)}
        />
        <label htmlFor={`${id}-csv-names`}>Include children's names</label>
      </div>
      <div className="export-row">
        <button
          type="button"
          onClick={() => onDownloadCalendar(icsNames)}
          disabled={caseCount === 0}
        >
          Export upcoming deadlines (.ics)
        </button>
        <input
          id={`${id}-ics-names`}
          type="checkbox"
          checked={icsNames}
          onChange={(e) => setIcsNames(e.target.checked)}
        />
        <label htmlFor={`${id}-ics-names`}>Include children's names and reasons</label>
      </div>
      <p role="status" className="cell-note" data-testid="export-message">
        {message ?? ''}
      </p>
    </section>
  );
}
