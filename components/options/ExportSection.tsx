import { useId, useState } from 'react';
import { CasePicker } from './CasePicker';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';
import { chosenCase, type StoredCase } from './stored-case';

export interface ExportSectionProps {
  cases: readonly StoredCase[] | undefined;
  outcome: Outcome;
  /** No case id: everything (cases, settings and the log). */
  onExport: (caseId?: string) => void;
}

/** Export as a JSON file. The warning matters: once saved, the file is outside the extension. */
export function ExportSection({ cases, outcome, onExport }: ExportSectionProps) {
  const id = useId();
  const [picked, setPicked] = useState('');
  const caseId = chosenCase(cases ?? [], picked);
  const working = outcome.kind === 'working';
  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Export</h2>
      <p className="notice">
        The file holds personal data about children. Save it only where your organisation allows,
        and delete it when it is no longer needed: once saved, Core Group Lens cannot protect it.
      </p>
      <div className="row">
        <button type="button" className="button" disabled={working} onClick={() => onExport()}>
          Export everything
        </button>
      </div>
      {cases && cases.length > 0 ? (
        <div className="field">
          <CasePicker
            id={`${id}-case`}
            label="Case to export"
            cases={cases}
            value={caseId}
            onChange={setPicked}
          />
          <div className="row">
            <button
              type="button"
              className="button button-secondary"
              disabled={working}
              onClick={() => onExport(caseId)}
            >
              Export this case
            </button>
          </div>
        </div>
      ) : null}
      <OutcomeMessage outcome={outcome} testId="export" />
    </section>
  );
}
