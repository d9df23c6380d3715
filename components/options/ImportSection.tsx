import { useId } from 'react';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';
import { useChosenFile } from './use-chosen-file';

export interface ImportSectionProps {
  outcome: Outcome;
  onImport: (file: File) => void;
}

/**
 * Import a Core Group Lens export. The store checks the whole file before writing anything, so
 * a bad file is refused whole with the reason, and nothing of it is stored.
 */
export function ImportSection({ outcome, onImport }: ImportSectionProps) {
  const id = useId();
  const { input, missing, submit, onChange } = useChosenFile(onImport);

  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Import</h2>
      <p id={`${id}-hint`}>
        A file exported by Core Group Lens. Cases already here are merged page by page (the newer
        read of each page is kept); settings in the file replace the settings here.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-file`}>Export file to import</label>
        {missing ? (
          <p id={`${id}-error`} className="field-error">
            Choose a file first.
          </p>
        ) : null}
        <div className="row">
          <input
            ref={input}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".json,application/json"
            className="input-file"
            aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={missing}
            onChange={onChange}
          />
          <button type="submit" className="button" disabled={outcome.kind === 'working'}>
            Import
          </button>
        </div>
      </form>
      <OutcomeMessage outcome={outcome} testId="import" />
    </section>
  );
}
