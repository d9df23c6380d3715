import type { AuditEntry } from '../../lib/store/audit';
import { AuditLog } from './AuditLog';
import { DeleteCaseForm } from './DeleteCaseForm';
import { type DELETE_EVERYTHING_WORD, DeleteEverythingForm } from './DeleteEverythingForm';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import type { Outcome } from './outcome';
import { RetentionSetting } from './RetentionSetting';
import { type StorageState, StorageStatus } from './StorageStatus';
import type { StoredCase } from './stored-case';

export interface OptionsOutcomes {
  retention: Outcome;
  purge: Outcome;
  deleteCase: Outcome;
  deleteEverything: Outcome;
  exportData: Outcome;
  importData: Outcome;
}

export interface OptionsViewProps {
  /** Said once at the top, e.g. after "delete everything" reloaded the page. */
  pageNotice?: string;
  /** The stored data could not be read (the page says so rather than showing nothing). */
  loadError?: string;
  cases: readonly StoredCase[] | undefined;
  retentionDays: number | undefined;
  /** The organisation's policy sets the period: shown, not editable. */
  retentionSetByOrganisation?: boolean;
  audit: readonly AuditEntry[] | undefined;
  auditLimit: number;
  storage: StorageState;
  outcomes: OptionsOutcomes;
  onSaveRetention: (days: number) => void;
  onPurgeNow: () => void;
  onDeleteCase: (caseId: string) => void;
  onDeleteEverything: (confirm: typeof DELETE_EVERYTHING_WORD) => void;
  onExport: (caseId?: string) => void;
  onImport: (file: File) => void;
}

/** The options page: what is stored, for how long, and how to take it out or remove it. */
export function OptionsView(props: OptionsViewProps) {
  const { cases, outcomes } = props;
  return (
    <main className="options">
      <header className="options-header">
        <h1>Core Group Lens: your data</h1>
        <p>
          Everything Core Group Lens keeps is on this computer, in the browser, for this extension
          only. Nothing is sent anywhere.{' '}
          <span data-testid="case-count">
            {cases === undefined
              ? 'Reading what is stored…'
              : cases.length === 1
                ? '1 case is stored.'
                : `${cases.length} cases are stored.`}
          </span>
        </p>
      </header>
      <div role="status" data-testid="page-notice">
        {props.pageNotice ? <p className="outcome-done">{props.pageNotice}</p> : null}
      </div>
      {props.loadError ? (
        <p role="alert" className="outcome-failed" data-testid="load-error">
          {props.loadError}
        </p>
      ) : null}
      <RetentionSetting
        retentionDays={props.retentionDays}
        setByOrganisation={props.retentionSetByOrganisation ?? false}
        saveOutcome={outcomes.retention}
        purgeOutcome={outcomes.purge}
        onSave={props.onSaveRetention}
        onPurgeNow={props.onPurgeNow}
      />
      <ExportSection cases={cases} outcome={outcomes.exportData} onExport={props.onExport} />
      <ImportSection outcome={outcomes.importData} onImport={props.onImport} />
      <DeleteCaseForm cases={cases} outcome={outcomes.deleteCase} onDelete={props.onDeleteCase} />
      <DeleteEverythingForm
        outcome={outcomes.deleteEverything}
        onDeleteEverything={props.onDeleteEverything}
      />
      <StorageStatus status={props.storage} />
      <AuditLog entries={props.audit} limit={props.auditLimit} />
    </main>
  );
}
