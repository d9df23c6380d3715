import { useId, useState } from 'react';
import type { CaseRecord, IsoDate, MeetingStatus } from '../../lib/domain';
import {
  dateChange,
  reviewConferenceChange,
  seenAloneChange,
  visitEntryChange,
} from '../../lib/present/correction-changes';
import { formatUkDate } from '../../lib/present/format-date';
import type { MissingValue } from '../../lib/present/missing-values';
import { pageLink } from '../../lib/present/where-from';
import type { PageSeen } from '../../lib/store/case-repository';
import { type SidebarActions, usePending } from './actions';
import { DateEntry } from './DateEntry';
import { StatusLine } from './StatusLine';

const SAVED =
  'Saved as entered by you. It is listed under "Your corrections", where it can be undone.';

function childName(record: CaseRecord, id: string) {
  return record.children.find((c) => c.id === id)?.name ?? id;
}

function SeenAloneQuestion({
  record,
  childId,
  visitDate,
  actions,
}: {
  record: CaseRecord;
  childId: string;
  visitDate: IsoDate;
  actions: SidebarActions;
}) {
  const pending = usePending();
  const answer = (alone: boolean) => {
    if (pending.busy) return;
    pending.run(() => actions.correct(seenAloneChange(record, visitDate, childId, alone)), SAVED);
  };
  const name = childName(record, childId);
  return (
    <fieldset className="entry">
      <legend>
        Was {name} seen alone at the visit on {formatUkDate(visitDate)}?
      </legend>
      <span className="button-row">
        <button type="button" onClick={() => answer(true)}>
          Yes, seen alone
        </button>
        <button type="button" onClick={() => answer(false)}>
          No, not alone
        </button>
      </span>
      <StatusLine pending={pending} />
    </fieldset>
  );
}

function ReviewEntry({ record, actions }: { record: CaseRecord; actions: SidebarActions }) {
  const pending = usePending();
  const id = useId();
  const [status, setStatus] = useState<MeetingStatus>('scheduled');
  return (
    <div className="entry">
      <fieldset className="inline-radios">
        <legend>The next review conference is</legend>
        {(['scheduled', 'held'] as const).map((s) => (
          <span key={s}>
            <input
              type="radio"
              id={`${id}-${s}`}
              name={`${id}-status`}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            <label htmlFor={`${id}-${s}`}>{s === 'held' ? 'held' : 'booked'}</label>
          </span>
        ))}
      </fieldset>
      <DateEntry
        label={status === 'held' ? 'Date it was held' : 'Date it is booked for'}
        submitText="Save"
        busy={pending.busy}
        onSubmit={(date) =>
          pending.run(() => actions.correct(reviewConferenceChange(record, date, status)), SAVED)
        }
      />
      <StatusLine pending={pending} />
    </div>
  );
}

function VisitEntry({
  record,
  childId,
  actions,
}: {
  record: CaseRecord;
  childId: string;
  actions: SidebarActions;
}) {
  const pending = usePending();
  const id = useId();
  const [alone, setAlone] = useState<'yes' | 'no' | 'not-recorded'>('not-recorded');
  const name = childName(record, childId);
  const words = { yes: 'Yes', no: 'No', 'not-recorded': 'Not recorded' } as const;
  return (
    <div className="entry">
      <fieldset className="inline-radios">
        <legend>Was {name} seen alone?</legend>
        {(['yes', 'no', 'not-recorded'] as const).map((a) => (
          <span key={a}>
            <input
              type="radio"
              id={`${id}-${a}`}
              name={`${id}-alone`}
              checked={alone === a}
              onChange={() => setAlone(a)}
            />
            <label htmlFor={`${id}-${a}`}>{words[a]}</label>
          </span>
        ))}
      </fieldset>
      <DateEntry
        label={`Date of a visit at which ${name} was seen`}
        submitText="Save"
        busy={pending.busy}
        onSubmit={(date) =>
          pending.run(
            () =>
              actions.correct(
                visitEntryChange(record, date, {
                  childId,
                  seen: true,
                  ...(alone === 'not-recorded' ? {} : { seenAlone: alone === 'yes' }),
                }),
              ),
            SAVED,
          )
        }
      />
      <StatusLine pending={pending} />
    </div>
  );
}

function IcpcEntry({ actions, icpcTerm }: { actions: SidebarActions; icpcTerm: string }) {
  const pending = usePending();
  return (
    <div className="entry">
      <DateEntry
        label={`Date of the ${icpcTerm}`}
        submitText="Save"
        busy={pending.busy}
        onSubmit={(date) => pending.run(() => actions.correct(dateChange('icpcDate', date)), SAVED)}
      />
      <StatusLine pending={pending} />
    </div>
  );
}

/**
 * Offers to enter what an `unknown` finding lacks. Closed at first (one button), so a list of
 * unknowns stays short; what is entered is stored as "entered by you" and can be undone.
 */
export function MissingValueEntry({
  missing,
  record,
  actions,
  origin,
  pages,
  icpcTerm = 'ICPC',
}: {
  missing: MissingValue;
  record: CaseRecord;
  actions?: SidebarActions;
  origin?: string;
  pages?: readonly PageSeen[];
  icpcTerm?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (missing.kind === 'children') {
    const summary = pages?.find((p) => p.pageKind === 'case-summary');
    const href = summary && pageLink(origin, summary.path);
    return (
      <p className="entry-note">
        The children are read from the case summary.{' '}
        {href ? (
          <a href={href} target="_top">
            Open the case summary
          </a>
        ) : (
          'Open the case summary in the case system'
        )}{' '}
        so they can be read.
      </p>
    );
  }
  if (!actions) return null;
  if (missing.kind === 'seen-alone') {
    return (
      <SeenAloneQuestion
        record={record}
        childId={missing.childId}
        visitDate={missing.visitDate}
        actions={actions}
      />
    );
  }
  const what =
    missing.kind === 'icpc-date'
      ? `Enter the ${icpcTerm} date`
      : missing.kind === 'review-conference'
        ? 'Enter the next review conference'
        : `Add a visit at which ${childName(record, missing.childId)} was seen`;
  return (
    <div className="missing-entry">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={`${id}-entry`}
        onClick={() => setOpen(!open)}
      >
        {what}
      </button>
      <div id={`${id}-entry`} hidden={!open}>
        {open ? (
          missing.kind === 'icpc-date' ? (
            <IcpcEntry actions={actions} icpcTerm={icpcTerm} />
          ) : missing.kind === 'review-conference' ? (
            <ReviewEntry record={record} actions={actions} />
          ) : (
            <VisitEntry record={record} childId={missing.childId} actions={actions} />
          )
        ) : null}
      </div>
    </div>
  );
}
