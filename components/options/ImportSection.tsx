import { useId } from 'react';
import { JsonFileField } from './JsonFileField';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';

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

  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Import</h2>
      <JsonFileField
        label="Export file to import"
        hint={
          <>
            A file exported by Core Group Lens. Cases already here are merged page by page (the
            newer read of each page is kept); settings in the file replace the settings here.
          </>
        }
        submitLabel="Import"
        working={outcome.kind === 'working'}
        onFile={onImport}
      />
      <OutcomeMessage outcome={outcome} testId="import" />
    </section>
  );
}
