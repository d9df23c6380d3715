import { type FormEvent, useId, useState } from 'react';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/** The days typed, or undefined when they are not a whole number in the allowed range. */
export function parseRetentionDays(text: string): number | undefined {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return undefined;
  const days = Number(text);
  return days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS ? days : undefined;
}

export interface RetentionSettingProps {
  /** The period in force; undefined while it loads. */
  retentionDays: number | undefined;
  /** The organisation's policy sets it, so it is shown but cannot be changed here. */
  setByOrganisation: boolean;
  saveOutcome: Outcome;
  purgeOutcome: Outcome;
  onSave: (days: number) => void;
  onPurgeNow: () => void;
}

/** How long a case is kept (docs/data-protection.md, section 4), and a way to apply it now. */
export function RetentionSetting(props: RetentionSettingProps) {
  const { retentionDays, setByOrganisation, saveOutcome, purgeOutcome, onSave, onPurgeNow } = props;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const shown = draft ?? (retentionDays === undefined ? '' : String(retentionDays));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const days = parseRetentionDays(shown);
    setInvalid(days === undefined);
    if (days !== undefined) onSave(days);
  };

  return (
    <section aria-labelledby={`${inputId}-heading`} className="options-section">
      <h2 id={`${inputId}-heading`}>How long cases are kept</h2>
      {setByOrganisation ? (
        <p data-testid="retention-policy">
          Your organisation sets this for everyone: a case is kept for {retentionDays} days after it
          was last used or its plan ended, then deleted automatically. It cannot be changed here.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <label htmlFor={inputId}>
            Days to keep a case after it was last used or its plan ended
          </label>
          <p id={hintId} className="hint">
            A case not opened for this long, or whose plan ended this long ago, is deleted
            automatically (checked when the browser starts and once a day). The case system stays
            the record. Default 90 days; from {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS}.
          </p>
          {invalid ? (
            <p id={errorId} className="field-error">
              Enter a whole number of days from {MIN_RETENTION_DAYS} to {MAX_RETENTION_DAYS}.
            </p>
          ) : null}
          <div className="row">
            <input
              id={inputId}
              name="retentionDays"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="input-short"
              value={shown}
              disabled={retentionDays === undefined}
              aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
              aria-invalid={invalid}
              onChange={(event) => {
                setDraft(event.target.value);
                setInvalid(false);
              }}
            />
            <button type="submit" className="button" disabled={saveOutcome.kind === 'working'}>
              Save
            </button>
          </div>
        </form>
      )}
      <OutcomeMessage outcome={saveOutcome} testId="retention" />
      <div className="row">
        <button
          type="button"
          className="button button-secondary"
          onClick={onPurgeNow}
          disabled={purgeOutcome.kind === 'working'}
        >
          Delete expired cases now
        </button>
      </div>
      <OutcomeMessage outcome={purgeOutcome} testId="purge" />
    </section>
  );
}
