import { useId, useRef, useState } from 'react';
import { isIsoDate } from '../../lib/domain/iso-date';
import {
  isListField,
  isTeachableField,
  TEACHABLE_FIELDS,
  type TeachableField,
} from '../../lib/extract/teach-selector';
import type { TeachPick, TeachPreview } from '../../lib/messages/messages';
import { formatUkDate } from '../../lib/present/format-date';

/** Where teaching is at; the hook in entrypoints/sidebar drives it. */
export type TeachState =
  | { step: 'idle'; said?: { ok: boolean; text: string } }
  | { step: 'starting'; field: TeachableField }
  | { step: 'pointing'; field: TeachableField }
  | { step: 'picked'; pick: TeachPick }
  | { step: 'saving'; pick: TeachPick };

export interface TeachFieldPanelProps {
  state: TeachState;
  onStart(field: TeachableField): void;
  onCancel(): void;
  onSave(): void;
}

const HOW: Record<TeachPick['how'], string> = {
  id: 'by the element’s own id: robust',
  label: 'by its label on the page: robust while the label stays the same',
  attribute: 'by a name the page gives the element: robust',
  structure:
    'by its position on the page, as nothing names it: this may stop working if the page layout changes',
};

/** The value read, in the words and date style the sidebar uses everywhere else. */
export function previewWords(preview: TeachPreview): string {
  if (!preview.ok) {
    return `could not be read${preview.raw ? ` from “${preview.raw}”` : ''}: ${preview.reason}`;
  }
  const { value } = preview;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length === 0 ? 'nobody' : value.join(', ');
  return isIsoDate(value) ? formatUkDate(value) : value;
}

/** Why a pick cannot be saved, or undefined when it can. */
export function cannotSave(pick: TeachPick): string | undefined {
  if (!pick.preview.ok) return 'Nothing usable was read there. Pick the value itself.';
  if (isListField(pick.field) && !pick.label) {
    return `${TEACHABLE_FIELDS[pick.field]} appears once per item of a list, so it is taught by the label or column heading beside it, and this value has none.`;
  }
  return undefined;
}

/**
 * Teach a field: the worker chooses which field, clicks the value on the case page, checks
 * what was read there, and saves it for this case system. Everything is said in words; the
 * page itself shows the outline and the prompt while the worker points.
 */
export function TeachFieldPanel({ state, onStart, onCancel, onSave }: TeachFieldPanelProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [field, setField] = useState<TeachableField>('icpcDate');
  const startButton = useRef<HTMLButtonElement>(null);
  const busy = state.step === 'starting' || state.step === 'saving';

  return (
    <section className="panel teach" aria-labelledby={`${id}-heading`} data-testid="teach">
      <h2 id={`${id}-heading`}>Teach a field</h2>
      {state.step === 'idle' && !open ? (
        <>
          <p className="hint">
            If a value on this page is not read, or read from the wrong place, show the extension
            where it is.
          </p>
          <button type="button" data-testid="teach-open" onClick={() => setOpen(true)}>
            Teach a field
          </button>
        </>
      ) : null}
      {state.step === 'idle' && open ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onStart(field);
          }}
        >
          <label htmlFor={`${id}-field`}>Which field?</label>
          <select
            id={`${id}-field`}
            data-testid="teach-field"
            value={field}
            onChange={(event) => {
              if (isTeachableField(event.target.value)) setField(event.target.value);
            }}
          >
            {Object.entries(TEACHABLE_FIELDS).map(([value, words]) => (
              <option key={value} value={value}>
                {words}
              </option>
            ))}
          </select>
          <div className="button-row">
            <button type="submit" ref={startButton} data-testid="teach-start">
              Point to it on the page
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {state.step === 'starting' || state.step === 'pointing' ? (
        <>
          <p data-testid="teach-pointing">
            Click the {TEACHABLE_FIELDS[state.field]} on the page (or move to it with Tab and press
            Enter). Esc on the page stops.
          </p>
          <button type="button" onClick={onCancel}>
            Stop teaching
          </button>
        </>
      ) : null}
      {state.step === 'picked' || state.step === 'saving' ? (
        <PickedValue
          pick={state.pick}
          busy={busy}
          onSave={onSave}
          onCancel={onCancel}
          onAgain={onStart}
        />
      ) : null}
      <p role="status" className="status-line" data-testid="teach-status">
        {state.step === 'idle' && state.said ? (
          <>
            <span aria-hidden="true">{state.said.ok ? '✔ ' : '✖ '}</span>
            {state.said.text}
          </>
        ) : state.step === 'saving' ? (
          'Saving…'
        ) : null}
      </p>
    </section>
  );
}

function PickedValue({
  pick,
  busy,
  onSave,
  onCancel,
  onAgain,
}: {
  pick: TeachPick;
  busy: boolean;
  onSave(): void;
  onCancel(): void;
  onAgain(field: TeachableField): void;
}) {
  const blocked = cannotSave(pick);
  return (
    <div data-testid="teach-picked">
      <dl>
        <dt>Field</dt>
        <dd>{TEACHABLE_FIELDS[pick.field]}</dd>
        <dt>Read there</dt>
        <dd data-testid="teach-preview">
          {pick.preview.ok ? `“${pick.preview.shown}”, read as ` : ''}
          <strong>{previewWords(pick.preview)}</strong>
        </dd>
        <dt>Found again</dt>
        <dd>
          {isListField(pick.field) && pick.label
            ? `by its label “${pick.label}”, for every item of the list`
            : HOW[pick.how]}
        </dd>
      </dl>
      {blocked ? <p className="field-error">{blocked}</p> : null}
      <div className="button-row">
        <button
          type="button"
          data-testid="teach-save"
          aria-disabled={busy || blocked !== undefined}
          onClick={() => {
            if (!busy && !blocked) onSave();
          }}
        >
          Save for this case system
        </button>
        <button type="button" onClick={() => onAgain(pick.field)}>
          Pick again
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
