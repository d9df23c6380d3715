import type { CaseRecord, Region } from '../../lib/domain';
import { isIsoDate } from '../../lib/domain/iso-date';
import { dateChange, regionChange } from '../../lib/present/correction-changes';
import { formatUkDate } from '../../lib/present/format-date';
import { REGION_LABELS } from '../../lib/present/labels';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import type { Conflict } from '../../lib/store/merge';
import { type SidebarActions, usePending } from './actions';
import { StatusLine } from './StatusLine';
import { WhereFrom } from './WhereFrom';

const FIELD_WORDS: Record<Conflict['field'], string> = {
  region: 'Nation',
  icpcDate: 'ICPC date',
  planEndDate: 'Plan end date',
  children: 'Child',
  reviewConferences: 'Review conference',
  coreGroups: 'Core group',
  visits: 'Visit',
  schoolMoves: 'School move',
  plans: 'Plan',
};

const AT_WORDS: Record<string, string> = {
  status: 'status',
  minutesCirculatedDate: 'minutes circulated',
  reportSharedDate: 'report shared',
  seenAlone: 'seen alone',
  seen: 'seen',
  name: 'name',
  dateOfBirth: 'date of birth',
  preVerbal: 'pre-verbal',
};

function shown(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatUkDate(value);
    if (value in REGION_LABELS) return REGION_LABELS[value as Region];
    return value;
  }
  if (Array.isArray(value)) return value.map(shown).join(', ');
  return 'a different entry';
}

function what(conflict: Conflict, record: CaseRecord): string {
  const base = FIELD_WORDS[conflict.field];
  const key = conflict.key && isIsoDate(conflict.key) ? ` on ${formatUkDate(conflict.key)}` : '';
  const at = conflict.at
    .map((part) => AT_WORDS[part] ?? record.children.find((c) => c.id === part)?.name ?? '')
    .filter(Boolean)
    .join(', ');
  return `${base}${key}${at ? `: ${at}` : ''}`;
}

function ConflictItem({
  conflict,
  record,
  origin,
  actions,
}: {
  conflict: Conflict;
  record: CaseRecord;
  origin?: string;
  actions?: SidebarActions;
}) {
  const pending = usePending();
  const scalar = conflict.key === '' && conflict.at.length === 0;
  const choose = (value: unknown) => {
    if (!actions || pending.busy) return;
    const change =
      conflict.field === 'region'
        ? regionChange(value as Region)
        : dateChange(conflict.field as 'icpcDate' | 'planEndDate', value as string);
    pending.run(
      () => actions.correct(change, 'Chosen where pages disagree'),
      'Saved as entered by you.',
    );
  };
  const label = what(conflict, record);
  return (
    <li data-testid="conflict">
      <strong>{label}</strong>
      <ul>
        {withUniqueKeys(conflict.values, (c) => `${c.source.path}|${c.source.readAt}`).map(
          ({ key, item: claim }, i) => (
            <li key={key}>
              {shown(claim.value)}: <WhereFrom provenance={claim.source} origin={origin} />
              {i === conflict.values.length - 1 ? ' (shown)' : ''}
              {scalar && actions && claim.value !== null ? (
                <button type="button" className="link-button" onClick={() => choose(claim.value)}>
                  Use this
                  <span className="visually-hidden">
                    : {shown(claim.value)} for {label}
                  </span>
                </button>
              ) : null}
            </li>
          ),
        )}
      </ul>
      {actions && scalar ? <StatusLine pending={pending} /> : null}
    </li>
  );
}

/** Values that pages of the case system disagree about: the newest read is shown, and said so. */
export function ConflictsNotice({
  conflicts,
  record,
  origin,
  actions,
}: {
  conflicts: readonly Conflict[];
  record: CaseRecord;
  origin?: string;
  actions?: SidebarActions;
}) {
  if (conflicts.length === 0) return null;
  return (
    <section className="panel notice" aria-labelledby="conflicts-heading" data-testid="conflicts">
      <h2 id="conflicts-heading">
        <span aria-hidden="true">⚠ </span>Pages disagree
      </h2>
      <p>
        The newest read is used. Check the case system, and choose the right value where you can.
      </p>
      <ul>
        {conflicts.map((c) => (
          <ConflictItem
            key={`${c.field}-${c.key}-${c.at.join('.')}`}
            conflict={c}
            record={record}
            origin={origin}
            actions={actions}
          />
        ))}
      </ul>
    </section>
  );
}
