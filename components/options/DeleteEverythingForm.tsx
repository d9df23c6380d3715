import { type FormEvent, useId, useState } from 'react';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';

/** The word typed to confirm; the background refuses the command without it too. */
export const DELETE_EVERYTHING_WORD = 'DELETE';

export interface DeleteEverythingFormProps {
  outcome: Outcome;
  onDeleteEverything: (confirm: typeof DELETE_EVERYTHING_WORD) => void;
}

/**
 * "Delete everything", confirmed by typing a word rather than one click: it cannot be undone.
 * The button stays enabled (a disabled button cannot be reached by keyboard, so its reason
 * would be unheard); a missing confirmation is said next to the field instead.
 */
export function DeleteEverythingForm({ outcome, onDeleteEverything }: DeleteEverythingFormProps) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [unconfirmed, setUnconfirmed] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== DELETE_EVERYTHING_WORD) {
      setUnconfirmed(true);
      return;
    }
    setUnconfirmed(false);
    onDeleteEverything(DELETE_EVERYTHING_WORD);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="options-section danger-zone">
      <h2 id={`${id}-heading`}>Delete everything</h2>
      <p id={`${id}-hint`}>
        Deletes every case, correction, setting and log entry Core Group Lens holds on this
        computer, and the database itself. It cannot be undone; the case system is not changed.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-confirm`}>Type {DELETE_EVERYTHING_WORD} to confirm</label>
        {unconfirmed ? (
          <p id={`${id}-error`} className="field-error">
            Type {DELETE_EVERYTHING_WORD} in capital letters to confirm. Nothing was deleted.
          </p>
        ) : null}
        <div className="row">
          <input
            id={`${id}-confirm`}
            name="confirm"
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="input-short"
            value={typed}
            aria-describedby={unconfirmed ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={unconfirmed}
            onChange={(event) => {
              setTyped(event.target.value);
              setUnconfirmed(false);
            }}
          />
          <button
            type="submit"
            className="button button-danger"
            disabled={outcome.kind === 'working'}
          >
            Delete everything
          </button>
        </div>
      </form>
      <OutcomeMessage outcome={outcome} testId="delete-everything" />
    </section>
  );
}
