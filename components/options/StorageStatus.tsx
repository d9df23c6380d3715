import { useId } from 'react';
import { formatBytes, isNearlyFull } from './storage-words';

export type StorageState =
  | { state: 'checking' }
  | {
      state: 'known';
      /** Whether the browser promised not to clear the data under storage pressure. */
      persisted: boolean | 'unknown';
      usage?: number;
      quota?: number;
    };

/** Whether the data is protected from eviction, and how much room it takes. */
export function StorageStatus({ status }: { status: StorageState }) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Storage on this computer</h2>
      {status.state === 'checking' ? (
        <p>Checking storage…</p>
      ) : (
        <>
          <p data-testid="persisted">
            {status.persisted === true
              ? 'The browser will keep this data even when the disk is nearly full.'
              : status.persisted === false
                ? 'The browser did not grant persistent storage. The extension’s unlimited-storage permission normally stops the browser clearing its data for space; even so, the case system is the record.'
                : 'This browser does not say whether it will keep this data when the disk is nearly full.'}
          </p>
          <p data-testid="usage">
            {status.usage === undefined
              ? 'This browser does not say how much room Core Group Lens uses.'
              : status.quota === undefined
                ? `Core Group Lens uses about ${formatBytes(status.usage)}.`
                : `Core Group Lens uses about ${formatBytes(status.usage)} of the ${formatBytes(status.quota)} the browser allows it.`}
          </p>
          {isNearlyFull(status.usage, status.quota) ? (
            <p className="notice" role="alert">
              Storage is nearly full. New page reads may not be saved; what is saved is kept. Delete
              cases you no longer need, or free some disk space.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
