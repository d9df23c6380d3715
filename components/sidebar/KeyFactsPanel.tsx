import { useId, useState } from 'react';
import type { CaseRecord, Region } from '../../lib/domain';
import { isRegion, REGIONS } from '../../lib/domain/constants';
import {
  CONFIRMED_NOTE,
  dateChange,
  describeChange,
  orderCorrections,
  regionChange,
} from '../../lib/present/correction-changes';
import { type KeyDate, keyDates } from '../../lib/present/key-dates';
import { REGION_LABELS } from '../../lib/present/labels';
import { ukDateOf } from '../../lib/present/where-from';
import type { Correction } from '../../lib/store/corrections';
import { type SidebarActions, usePending } from './actions';
import { DateEntry } from './DateEntry';
import { StatusLine } from './StatusLine';
import { WhereFrom } from './WhereFrom';

const SAVED = 'Saved as entered by you.';

function RegionEntry({
  initial,
  busy,
  onSubmit,
}: {
  initial?: Region;
  busy: boolean;
  onSubmit(region: Region): void;
}) {
  const id = useId();
  const [value, setValue] = useState<Region>(initial ?? 'england-and-wales');
  return (
    <form
      className="date-entry"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onSubmit(value);
      }}
    >
      <label htmlFor={`${id}-region`}>Nation</label>
      <span className="date-entry-row">
        <select
          id={`${id}-region`}
          value={value}
          onChange={(e) => {
            if (isRegion(e.target.value)) setValue(e.target.value);
          }}
        >
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}
            </option>
          ))}
        </select>
        <button type="submit">Save</button>
      </span>
    </form>
  );
}

function KeyFact({
  fact,
  actions,
  origin,
}: {
  fact: KeyDate;
  actions?: SidebarActions;
  origin?: string;
}) {
  const [editing, setEditing] = useState(false);
  const pending = usePending();
  const id = useId();
  const fromPage = fact.provenance?.kind === 'page';
  const save = async (change: Parameters<SidebarActions['correct']>[0], note?: string) => {
    if (!actions || pending.busy) return;
    if (await pending.run(() => actions.correct(change, note), SAVED)) setEditing(false);
  };
  const confirm = () => {
    if (fact.value === undefined) return;
    save(
      fact.field === 'region' ? regionChange(fact.value) : dateChange(fact.field, fact.value),
      CONFIRMED_NOTE,
    );
  };
  return (
    <div className="key-fact" data-testid="key-fact" data-field={fact.field}>
      <dt>{fact.label}</dt>
      <dd>
        <strong data-testid="key-fact-value">{fact.shown ?? 'Not recorded'}</strong>
        {fact.value !== undefined ? (
          <span className="where">
            {' '}
            <WhereFrom provenance={fact.provenance} origin={origin} />.
          </span>
        ) : null}
        {actions ? (
          <span className="button-row">
            {fact.value !== undefined && fromPage ? (
              <button type="button" onClick={confirm}>
                Confirm<span className="visually-hidden"> {fact.label}</span>
              </button>
            ) : null}
            <button
              type="button"
              aria-expanded={editing}
              aria-controls={`${id}-edit`}
              onClick={() => setEditing(!editing)}
            >
              {fact.value === undefined ? 'Add' : 'Correct'}
              <span className="visually-hidden"> {fact.label}</span>
            </button>
          </span>
        ) : null}
        <div id={`${id}-edit`} hidden={!editing}>
          {editing && fact.field === 'region' ? (
            <RegionEntry
              initial={fact.value}
              busy={pending.busy}
              onSubmit={(r) => save(regionChange(r))}
            />
          ) : editing && fact.field !== 'region' ? (
            <DateEntry
              label={fact.label}
              initial={fact.value}
              submitText="Save"
              busy={pending.busy}
              onSubmit={(d) => save(dateChange(fact.field as 'icpcDate' | 'planEndDate', d))}
            />
          ) : null}
        </div>
        {actions ? <StatusLine pending={pending} /> : null}
      </dd>
    </div>
  );
}

function CorrectionItem({
  correction,
  record,
  icpcTerm,
  actions,
}: {
  correction: Correction;
  record: CaseRecord;
  icpcTerm: string;
  actions?: SidebarActions;
}) {
  const pending = usePending();
  const lapsed = correction.supersededAt !== undefined;
  const on = ukDateOf(correction.enteredAt);
  return (
    <li data-testid="correction" data-lapsed={lapsed ? 'yes' : 'no'}>
      <span>{describeChange(correction.change, record, icpcTerm)}</span>
      <span className="where-from">
        {' '}
        {correction.note === CONFIRMED_NOTE ? 'Confirmed' : 'Entered'} by you
        {on ? ` on ${on}` : ''}.
        {lapsed
          ? ' No longer applies: the case system has since shown something else, and it is the record.'
          : ''}
      </span>
      {actions ? (
        <>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (!pending.busy) {
                pending.run(() => actions.undo(correction.id), 'Undone.');
              }
            }}
          >
            {lapsed ? 'Remove' : 'Undo'}
            <span className="visually-hidden">
              : {describeChange(correction.change, record, icpcTerm)}
            </span>
          </button>
          <StatusLine pending={pending} />
        </>
      ) : null}
    </li>
  );
}

/**
 * The facts every deadline hangs from, to confirm, correct or add, and every correction made,
 * each of which can be undone. A correction is kept as "entered by you"; when the case system
 * later shows something else, the case system wins and the correction is marked as lapsed.
 */
export function KeyFactsPanel({
  record,
  corrections,
  actions,
  origin,
  icpcTerm = 'ICPC',
}: {
  record: CaseRecord;
  corrections: readonly Correction[];
  actions?: SidebarActions;
  origin?: string;
  icpcTerm?: string;
}) {
  const ordered = orderCorrections(corrections);
  return (
    <section className="panel" aria-labelledby="facts-heading" id="facts">
      <h2 id="facts-heading">Key facts and your corrections</h2>
      <dl className="key-facts">
        {keyDates(record, icpcTerm).map((fact) => (
          <KeyFact key={fact.field} fact={fact} actions={actions} origin={origin} />
        ))}
      </dl>
      <h3>Your corrections ({ordered.length})</h3>
      {ordered.length === 0 ? (
        <p>None: every value shown was read from the case system.</p>
      ) : (
        <ul className="corrections">
          {ordered.map((c) => (
            <CorrectionItem
              key={c.id}
              correction={c}
              record={record}
              icpcTerm={icpcTerm}
              actions={actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
