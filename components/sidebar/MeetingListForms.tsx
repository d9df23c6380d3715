import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { formatUkDate } from '../../lib/present/format-date';
import { MEETING_ENTRY_LABELS, meetingSectionChange } from '../../lib/present/meeting-entry';
import {
  type DraftRow,
  draftRows,
  emptyDraft,
  LIST_COLUMNS,
  LIST_ITEM_WORD,
  type ListSection,
  parseListEntry,
  UPDATE_WORDS,
} from '../../lib/present/meeting-list-entry';
import type { CorrectionChange } from '../../lib/store/corrections';
import { describedBy, EntryForm, type SectionFormProps } from './MeetingSectionForms';

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * A list section's form (who attended, apologies, new actions): one group of fields per row,
 * rows added and removed by buttons, the whole list saved at once. Focus follows the rows: to
 * a row just added, to the row before one removed (or the Add button), to the field in error.
 */
export function ListSectionForm({
  section,
  date,
  value,
  busy,
  onSave,
  onCancel,
}: SectionFormProps & { section: ListSection }) {
  const id = useId();
  const nextKey = useRef(0);
  const keyed = (row: DraftRow) => ({ key: nextKey.current++, row });
  const [rows, setRows] = useState(() => draftRows(section, value).map(keyed));
  const [error, setError] = useState<string>();
  const [errorAt, setErrorAt] = useState<string>();
  const fields = useRef(new Map<string, Field>());
  const addButton = useRef<HTMLButtonElement>(null);
  const target = useRef<Field | null>(null);
  const focusNext = useRef<string | null>(null);
  const word = LIST_ITEM_WORD[section];
  const columns = LIST_COLUMNS[section];
  const first = columns[0]?.key as string;

  useEffect(() => {
    const want = focusNext.current;
    if (want === null) return;
    focusNext.current = null;
    (want === 'add' ? addButton.current : fields.current.get(want))?.focus();
  });

  const set = (index: number, column: string, typed: string) =>
    setRows(rows.map((r, i) => (i === index ? { ...r, row: { ...r.row, [column]: typed } } : r)));
  const remove = (index: number) => {
    const before = rows[index - 1] ?? rows[index + 1];
    focusNext.current = before ? `${before.key}:${first}` : 'add';
    setRows(rows.filter((_, i) => i !== index));
    setError(undefined);
    setErrorAt(undefined);
  };
  const add = () => {
    const row = keyed(emptyDraft(section));
    focusNext.current = `${row.key}:${first}`;
    setRows([...rows, row]);
  };

  const check = () => {
    const parsed = parseListEntry(
      section,
      rows.map((r) => r.row),
    );
    if (parsed.ok) {
      setErrorAt(undefined);
      return {
        ok: true as const,
        value: meetingSectionChange(date, section, parsed.value as never) as CorrectionChange,
      };
    }
    const at = rows[parsed.row];
    const where = at ? `${at.key}:${parsed.column}` : undefined;
    setErrorAt(where);
    // EntryForm focuses this once it has shown the message.
    target.current = (where ? fields.current.get(where) : undefined) ?? null;
    if (!target.current) addButton.current?.focus();
    return { ok: false as const, message: parsed.message };
  };

  const fieldRef = (name: string) => (el: Field | null) => {
    if (el) fields.current.set(name, el);
    else fields.current.delete(name);
  };

  return (
    <EntryForm
      heading={`${MEETING_ENTRY_LABELS[section]}, core group on ${formatUkDate(date)}`}
      busy={busy}
      check={check}
      onSave={onSave}
      onCancel={onCancel}
      firstField={target as RefObject<Field | null>}
      error={error}
      setError={setError}
      errorId={`${id}-error`}
    >
      <p className="hint">
        Enter the list as the minutes give it: it replaces the list for this meeting as a whole.
      </p>
      {rows.map(({ key, row }, i) => (
        <fieldset key={key} className="list-entry-row" data-testid="lcg-list-row">
          <legend>
            {word} {i + 1}
          </legend>
          {columns.map((column) => {
            const name = `${key}:${column.key}`;
            const inError = errorAt === name;
            const fieldId = `${id}-${key}-${column.key}`;
            return (
              <span key={column.key} className="progress-choice">
                <label htmlFor={fieldId}>
                  {column.label}
                  <span className="visually-hidden">
                    , {word.toLowerCase()} {i + 1}
                  </span>
                </label>
                {column.kind === 'update' ? (
                  <select
                    id={fieldId}
                    ref={fieldRef(name)}
                    value={row[column.key]}
                    onChange={(e) => set(i, column.key, e.target.value)}
                  >
                    {Object.entries(UPDATE_WORDS).map(([answer, label]) => (
                      <option key={answer} value={answer}>
                        {label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={fieldId}
                    ref={fieldRef(name)}
                    type="text"
                    autoComplete="off"
                    inputMode={column.kind === 'date' ? 'numeric' : undefined}
                    value={row[column.key] ?? ''}
                    aria-invalid={inError || undefined}
                    aria-describedby={describedBy(id, inError ? error : undefined)}
                    onChange={(e) => set(i, column.key, e.target.value)}
                  />
                )}
              </span>
            );
          })}
          <button type="button" onClick={() => remove(i)}>
            Remove
            <span className="visually-hidden">
              {' '}
              {word.toLowerCase()} {i + 1}
            </span>
          </button>
        </fieldset>
      ))}
      <button type="button" ref={addButton} onClick={add}>
        {section === 'newActions' ? 'Add an action' : 'Add a person'}
      </button>
    </EntryForm>
  );
}
