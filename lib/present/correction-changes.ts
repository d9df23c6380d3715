import type {
  CaseRecord,
  IsoDate,
  MeetingStatus,
  Region,
  ReviewConference,
  Visit,
  VisitChild,
} from '../domain';
import type { Correction, CorrectionChange } from '../store/corrections';
import { formatUkDate } from './format-date';
import { REGION_LABELS } from './labels';
import { describeMeetingEntry } from './meeting-entry';

/** A one-value field of the record a worker can set by hand. */
export type DateField = 'icpcDate' | 'planEndDate';

export function dateChange(field: DateField, value: IsoDate | null): CorrectionChange {
  return { field, key: '', value };
}

export function regionChange(value: Region | null): CorrectionChange {
  return { field: 'region', key: '', value };
}

function withoutSource<T extends { source?: unknown }>(item: T): Omit<T, 'source'> {
  const { source: _, ...rest } = item;
  return rest;
}

/**
 * The whole visit on `date` with one child's entry set, as the store corrects a list item whole:
 * the other children at that visit keep what the pages showed. A day with no visit recorded gets
 * a new visit holding only this child.
 */
export function visitEntryChange(
  record: CaseRecord,
  date: IsoDate,
  entry: VisitChild,
): CorrectionChange {
  const visit: Visit | undefined = record.visits.find((v) => v.date === date);
  const children = visit ? visit.children.map((c) => ({ ...c })) : [];
  const at = children.findIndex((c) => c.childId === entry.childId);
  if (at >= 0) children[at] = entry;
  else children.push(entry);
  return { field: 'visits', key: date, value: { date, children } };
}

/** Records whether a child who was seen at the visit on `date` was seen alone. */
export function seenAloneChange(
  record: CaseRecord,
  date: IsoDate,
  childId: string,
  seenAlone: boolean,
): CorrectionChange {
  return visitEntryChange(record, date, { childId, seen: true, seenAlone });
}

/** A review conference held or booked on `date`, keeping what the pages showed about it. */
export function reviewConferenceChange(
  record: CaseRecord,
  date: IsoDate,
  status: MeetingStatus,
): CorrectionChange {
  const shown: ReviewConference | undefined = record.reviewConferences.find((r) => r.date === date);
  return {
    field: 'reviewConferences',
    key: date,
    value: { ...(shown ? withoutSource(shown) : {}), date, status },
  };
}

const STATUS_WORDS: Record<MeetingStatus, string> = { held: 'held', scheduled: 'booked' };

const childName = (record: CaseRecord | undefined, id: string) =>
  record?.children.find((c) => c.id === id)?.name ?? id;

function visitWords(record: CaseRecord | undefined, visit: Omit<Visit, 'source'>): string {
  const parts = visit.children.map((c) => {
    const name = childName(record, c.childId);
    if (!c.seen) return `${name} not seen`;
    if (c.seenAlone === undefined) return `${name} seen (alone not recorded)`;
    return `${name} seen ${c.seenAlone ? 'alone' : 'but not alone'}`;
  });
  return `Visit on ${formatUkDate(visit.date)}: ${parts.join('; ') || 'no children'}`;
}

/** A correction in words, e.g. "ICPC date: 17/12/2026" or "Visit on 05/01/2027: Amy seen alone". */
export function describeChange(
  change: CorrectionChange,
  record?: CaseRecord,
  icpcTerm = 'ICPC',
): string {
  switch (change.field) {
    case 'icpcDate':
      return `${icpcTerm} date: ${change.value ? formatUkDate(change.value) : 'none'}`;
    case 'planEndDate':
      return `Plan end date: ${change.value ? formatUkDate(change.value) : 'none'}`;
    case 'region':
      return `Nation: ${change.value ? REGION_LABELS[change.value] : 'not set'}`;
    case 'visits':
      return change.value
        ? visitWords(record, change.value)
        : `Visit on ${formatUkDate(change.key)}: none`;
    case 'reviewConferences':
      return change.value
        ? `Review conference on ${formatUkDate(change.value.date)}: ${STATUS_WORDS[change.value.status]}`
        : `Review conference on ${formatUkDate(change.key)}: none`;
    case 'coreGroups':
      return change.value
        ? `Core group on ${formatUkDate(change.value.date)}: ${STATUS_WORDS[change.value.status]}`
        : `Core group on ${formatUkDate(change.key)}: none`;
    case 'children':
      return change.value ? `Child: ${change.value.name}` : `Child ${change.key}: none`;
    case 'schoolMoves':
      return change.value
        ? `School move for ${childName(record, change.value.childId)} on ${formatUkDate(change.value.date)}`
        : 'School move: none';
    case 'plans':
      return `Plan for ${childName(record, change.value?.childId ?? change.key)}`;
    case 'meetingSection':
      return describeMeetingEntry(change);
  }
}

export const CONFIRMED_NOTE = 'Confirmed as shown';

/** Corrections still in force first (newest first), then those a later page read replaced. */
export function orderCorrections(corrections: readonly Correction[]): Correction[] {
  const newestFirst = (a: Correction, b: Correction) =>
    a.enteredAt === b.enteredAt ? b.id - a.id : a.enteredAt < b.enteredAt ? 1 : -1;
  const active = corrections.filter((c) => c.supersededAt === undefined).sort(newestFirst);
  const lapsed = corrections.filter((c) => c.supersededAt !== undefined).sort(newestFirst);
  return [...active, ...lapsed];
}
