import { useId, useRef, useState } from 'react';
import type { CaseRecord, IsoDate } from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import { type MeetingEntryRow, meetingEntryRows } from '../../lib/present/meeting-entry';
import { ukDateOf } from '../../lib/present/where-from';
import type { Correction } from '../../lib/store/corrections';
import { type SidebarActions, usePending } from './actions';
import { SectionFormLater } from './SectionFormLater';
import { StatusLine } from './StatusLine';
import { WhereFrom } from './WhereFrom';

const SAVED =
  'Saved as entered by you; the checks above use it. It is listed under "Your corrections", where it can be undone.';

const STATE_WORDS = {
  'not-read': 'Not on the pages read',
  'shown-empty': 'Shown empty on the page',
} as const;

function SectionRow({
  row,
  date,
  record,
  actions,
  origin,
}: {
  row: MeetingEntryRow;
  date: IsoDate;
  record: CaseRecord;
  actions?: SidebarActions;
  origin?: string;
}) {
  const [open, setOpen] = useState(false);
  const pending = usePending();
  const id = useId();
  const valueRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const shown = row.words ?? STATE_WORDS[row.state as keyof typeof STATE_WORDS] ?? '';
  const hasValue = row.state === 'read' || row.state === 'entered';
  return (
    <div
      className="key-fact"
      data-testid="lcg-entry-row"
      data-section={row.section}
      data-state={row.state}
    >
      <dt>{row.label}</dt>
      <dd>
        <strong data-testid="lcg-entry-value" ref={valueRef} tabIndex={-1}>
          {shown}
        </strong>
        {row.provenance ? (
          <span className="where">
            {' '}
            <WhereFrom provenance={row.provenance} origin={origin} />.
          </span>
        ) : null}
        {row.pageWords ? (
          <span className="where-from" data-testid="lcg-entry-page-value">
            {' '}
            The page shows: {row.pageWords}
            {row.pageSource ? (
              <>
                {' '}
                (<WhereFrom provenance={row.pageSource} origin={origin} />)
              </>
            ) : null}
            .
          </span>
        ) : null}
        {row.lapsed ? (
          <span className="where-from" data-testid="lcg-entry-lapsed">
            {' '}
            Your entry ({row.lapsed.words}
            {ukDateOf(row.lapsed.enteredAt) ? `, ${ukDateOf(row.lapsed.enteredAt)}` : ''}) no longer
            applies: the case system has since shown something else, and it is the record.
          </span>
        ) : null}
        {actions ? (
          <span className="button-row">
            <button
              type="button"
              ref={toggleRef}
              aria-expanded={open}
              aria-controls={`${id}-form`}
              onClick={() => setOpen(!open)}
            >
              {hasValue ? 'Change' : 'Enter'}
              <span className="visually-hidden"> {row.label}</span>
            </button>
            {row.correctionId !== undefined ? (
              <button
                type="button"
                onClick={() => {
                  const correctionId = row.correctionId as number;
                  if (!pending.busy) {
                    void pending
                      .run(
                        () => actions.undo(correctionId),
                        'Undone: the page’s value shows again.',
                      )
                      .then((done) => done && valueRef.current?.focus());
                  }
                }}
              >
                Undo<span className="visually-hidden"> {row.label} entered by you</span>
              </button>
            ) : null}
          </span>
        ) : null}
        <div id={`${id}-form`} hidden={!open}>
          {open && actions ? (
            <SectionFormLater
              section={row.section}
              date={date}
              record={record}
              value={row.value}
              busy={pending.busy}
              onSave={(change) => {
                void pending
                  .run(() => actions.correct(change), SAVED)
                  .then((done) => {
                    if (!done) return;
                    setOpen(false);
                    // Focus goes to the value just saved, where the status line below says so.
                    valueRef.current?.focus();
                  });
              }}
              onCancel={() => {
                setOpen(false);
                toggleRef.current?.focus();
              }}
            />
          ) : null}
        </div>
        {actions ? <StatusLine pending={pending} /> : null}
      </dd>
    </div>
  );
}

/**
 * "Record of this meeting": each section of the latest core group's record, with where its
 * value came from, and a form to enter what the page did not show (kept as entered by the
 * worker, used by the checks, undoable). Render only: the rows come from lib/present.
 */
export function MeetingRecordEntry({
  record,
  date,
  corrections,
  actions,
  origin,
}: {
  record: CaseRecord;
  date: IsoDate;
  corrections: readonly Correction[];
  actions?: SidebarActions;
  origin?: string;
}) {
  const id = useId();
  const rows = meetingEntryRows(record, corrections, date);
  if (rows.length === 0) return null;
  const missing = rows.filter((r) => r.state === 'not-read' || r.state === 'shown-empty').length;
  return (
    <div className="meeting-entry" data-testid="lcg-entry">
      <h3 id={`${id}-heading`}>Record of the core group on {formatUkDate(date)}</h3>
      <p className="hint">
        {missing === 0
          ? 'Every section below has a value.'
          : `${missing} ${missing === 1 ? 'section has' : 'sections have'} no value from the pages read.`}
        {actions
          ? ' What the minutes say can be entered here: it is kept as entered by you and can be undone.'
          : ''}
      </p>
      <dl className="key-facts">
        {rows.map((row) => (
          <SectionRow
            key={row.section}
            row={row}
            date={date}
            record={record}
            actions={actions}
            origin={origin}
          />
        ))}
      </dl>
    </div>
  );
}
