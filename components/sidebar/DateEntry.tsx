import { type FormEvent, useId, useState } from 'react';
import type { IsoDate } from '../../lib/domain';
import { parseDateInput } from '../../lib/present/date-input';
import { formatUkDate } from '../../lib/present/format-date';

/**
 * One date typed the UK way (DD/MM/YYYY), checked before it is sent: a date that does not exist
 * is refused with the reason, never guessed.
 */
export function DateEntry({
  label,
  initial,
  submitText,
  busy,
  onSubmit,
}: {
  label: string;
  initial?: IsoDate;
  submitText: string;
  busy?: boolean;
  onSubmit(date: IsoDate): void;
}) {
  const id = useId();
  const [text, setText] = useState(initial ? formatUkDate(initial) : '');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const date = parseDateInput(text);
    if (!date) {
      setError('Enter a real date as DD/MM/YYYY, for example 17/12/2026.');
      return;
    }
    setError(undefined);
    onSubmit(date);
  };
  return (
    <form className="date-entry" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-date`}>{label}</label>
      <span className="hint" id={`${id}-hint`}>
        DD/MM/YYYY
      </span>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✖ </span>
          {error}
        </span>
      ) : null}
      <span className="date-entry-row">
        <input
          id={`${id}-date`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" aria-disabled={busy || undefined}>
          {submitText}
        </button>
      </span>
    </form>
  );
}
