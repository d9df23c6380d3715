import { type ReactNode, useId } from 'react';
import { useChosenFile } from './use-chosen-file';

export interface JsonFileFieldProps {
  /** The field's visible label, which names the input for screen readers too. */
  label: string;
  /** What file to choose and what importing it does; read out with the field. */
  hint: ReactNode;
  /** The submit button's text. */
  submitLabel: string;
  /** While an import is under way the button is disabled, so a file is not sent twice. */
  working: boolean;
  onFile: (file: File) => void;
  testId?: string;
}

/**
 * One JSON file to import: its label, hint, "choose a file first" error and submit button.
 * Every import form on the options page is this one field, so their labels, aria-describedby
 * (the hint, and the error while it shows) and aria-invalid cannot drift apart.
 */
export function JsonFileField({
  label,
  hint,
  submitLabel,
  working,
  onFile,
  testId,
}: JsonFileFieldProps) {
  const id = useId();
  const { input, missing, submit, onChange } = useChosenFile(onFile);

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={`${id}-file`}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
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
          data-testid={testId}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={missing}
          onChange={onChange}
        />
        <button type="submit" className="button" disabled={working}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
