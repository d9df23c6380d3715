import type {
  ActionProgress,
  ActionStatus,
  CaseRecord,
  CoreGroup,
  IsoDate,
  MeetingAction,
  MeetingApology,
  MeetingPerson,
  NonCooperationLevel,
  Provenance,
  RiskTrend,
} from '../domain';
import { personLabel } from '../rules/meeting-attendance';
import { wordingKey } from '../rules/meeting-finding';
import { kindOf } from '../rules/meeting-people';
import { EMPTY_IS_AN_ANSWER } from '../rules/meeting-sections';
import type { Correction, CorrectionChange } from '../store/corrections';
import type { MeetingEntrySection, MeetingSectionChange } from '../store/meeting-entries';
import { parseDateInput } from './date-input';
import { formatUkDate } from './format-date';
import { actionWords } from './meeting-list-entry';

/*
 * The sidebar's "Record of this meeting": each section of the latest core group's record a
 * worker can enter when the page did not show it, with where its value came from. Types only
 * from lib/store, so the sidebar does not pull the store's schemas in.
 */

/** In the order the minutes usually run. */
export const MEETING_ENTRY_ORDER = [
  'attendees',
  'chair',
  'viceChair',
  'apologies',
  'parentsAbsenceReason',
  'childSituation',
  'actionProgress',
  'riskTrend',
  'nonCooperation',
  'newActions',
  'parentsViews',
  'childViews',
  'nextMeetingDate',
] as const satisfies readonly MeetingEntrySection[];

export const MEETING_ENTRY_LABELS: Record<MeetingEntrySection, string> = {
  attendees: 'Who attended',
  chair: 'Chair',
  viceChair: 'Vice chair',
  apologies: 'Apologies, and written updates sent',
  parentsAbsenceReason: 'Why no parent attended',
  childSituation: "The child's current situation",
  actionProgress: 'Progress on each plan action',
  riskTrend: 'Risk: increasing, stable or decreasing',
  nonCooperation: "The family's co-operation",
  newActions: 'New or amended actions',
  parentsViews: "The parents' views",
  childViews: "The child's views",
  nextMeetingDate: 'Date of the next core group',
};

export const RISK_WORDS: Record<RiskTrend, string> = {
  increasing: 'Increasing',
  stable: 'Stable',
  decreasing: 'Decreasing',
};
export const CO_OPERATION_WORDS: Record<NonCooperationLevel, string> = {
  none: 'No non-co-operation',
  some: 'Some non-co-operation',
  serious: 'Serious non-co-operation',
};
export const PROGRESS_WORDS: Record<ActionStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  drifted: 'Drifted',
};

export function meetingSectionChange<S extends MeetingEntrySection>(
  date: IsoDate,
  section: S,
  value: Extract<MeetingSectionChange, { section: S }>['value'],
): CorrectionChange {
  return { field: 'meetingSection', key: date, section, value } as CorrectionChange;
}

const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}"`;
};

/** A section's value in a few words, for the panel and the list of corrections. */
export function sectionValueWords(section: MeetingEntrySection, value: unknown): string {
  switch (section) {
    case 'chair':
    case 'viceChair':
      return personLabel(value as MeetingPerson);
    case 'riskTrend':
      return RISK_WORDS[value as RiskTrend];
    case 'nonCooperation': {
      const { level, notes } = value as NonNullable<CoreGroup['nonCooperation']>;
      return `${CO_OPERATION_WORDS[level]}${notes ? ` (${quote(notes)})` : ''}`;
    }
    case 'nextMeetingDate':
      return formatUkDate(value as IsoDate);
    case 'actionProgress': {
      const list = value as ActionProgress[];
      if (list.length === 0) return 'none recorded';
      return list.map((p) => `${quote(p.action)}: ${PROGRESS_WORDS[p.status]}`).join('; ');
    }
    case 'attendees': {
      const list = value as MeetingPerson[];
      return list.length === 0 ? 'nobody recorded' : list.map(personLabel).join('; ');
    }
    case 'newActions': {
      const list = value as MeetingAction[];
      return list.length === 0 ? 'no new actions' : list.map(actionWords).join('; ');
    }
    case 'apologies': {
      const list = value as MeetingApology[];
      if (list.length === 0) return 'no apologies';
      return list
        .map((a) => {
          const sent = a.writtenUpdateSent;
          return `${a.name}: ${sent === undefined ? 'update not recorded' : sent ? 'sent a written update' : 'no written update'}`;
        })
        .join('; ');
    }
    default:
      return quote(String(value));
  }
}

/** "Core group on 27/02/2026, the parents' views: "…"". */
export function describeMeetingEntry(change: MeetingSectionChange): string {
  const label = MEETING_ENTRY_LABELS[change.section];
  return `Core group on ${formatUkDate(change.key)}, ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${sectionValueWords(change.section, change.value)}`;
}

export type SectionState = 'read' | 'entered' | 'shown-empty' | 'not-read';

export interface MeetingEntryRow {
  section: MeetingEntrySection;
  label: string;
  state: SectionState;
  /** The value in the record now (read or entered); undefined when there is none. */
  value?: unknown;
  words?: string;
  /** Where the value shown came from: the meeting's page, or the worker's entry. */
  provenance?: Provenance;
  /** The entry in force, when the value shown was entered (to undo it). */
  correctionId?: number;
  /** What the pages showed when the value was entered, so both stay visible. */
  pageWords?: string;
  pageSource?: Provenance;
  /** The worker's latest entry, when it lapsed because the case system now shows its own value. */
  lapsed?: { words: string; enteredAt: string };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Whether the record gives the section a value: "no apologies" and "no new actions" count. */
function hasAnswer(section: MeetingEntrySection, value: unknown): boolean {
  const listMayBeEmpty = (EMPTY_IS_AN_ANSWER as readonly string[]).includes(section);
  return !isEmpty(value) || (Array.isArray(value) && listMayBeEmpty);
}

/** The entry in force for one section of one meeting (the latest, as the store applies them). */
export function activeEntry(
  corrections: readonly Correction[],
  date: IsoDate,
  section: MeetingEntrySection,
): (Correction & { change: MeetingSectionChange }) | undefined {
  return latestEntry(corrections, date, section, true);
}

/** The latest entry for one section of one meeting, in force or lapsed. */
function latestEntry(
  corrections: readonly Correction[],
  date: IsoDate,
  section: MeetingEntrySection,
  active: boolean,
): (Correction & { change: MeetingSectionChange }) | undefined {
  return corrections
    .filter(
      (c): c is Correction & { change: MeetingSectionChange } =>
        (c.supersededAt === undefined) === active &&
        c.change.field === 'meetingSection' &&
        c.change.key === date &&
        c.change.section === section,
    )
    .sort((a, b) =>
      a.enteredAt === b.enteredAt ? a.id - b.id : a.enteredAt < b.enteredAt ? -1 : 1,
    )
    .at(-1);
}

/** The plan actions a meeting should review: not done, once each by wording. */
export function openPlanActions(record: CaseRecord): string[] {
  const seen = new Set<string>();
  return record.plans
    .flatMap((plan) => plan.actions)
    .filter((action) => {
      const key = wordingKey(action.text);
      if (action.status === 'done' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((a) => a.text);
}

/**
 * Whether to offer a section. Progress only when there are plan actions or progress to show; why
 * no parent attended only when no parent or carer is recorded as attending.
 */
function offered(section: MeetingEntrySection, meeting: CoreGroup, record: CaseRecord): boolean {
  const value = meeting[section];
  switch (section) {
    case 'actionProgress':
      return !isEmpty(value) || openPlanActions(record).length > 0;
    case 'parentsAbsenceReason':
      return !isEmpty(value) || !parentAttended(meeting);
    default:
      return true;
  }
}

function parentAttended(meeting: CoreGroup): boolean {
  return (meeting.attendees ?? []).some((p) => {
    const kind = kindOf(p);
    return kind === 'parent' || kind === 'carer';
  });
}

/** One row per section that can be entered for the meeting on `date`, in minutes order. */
export function meetingEntryRows(
  record: CaseRecord,
  corrections: readonly Correction[],
  date: IsoDate,
): MeetingEntryRow[] {
  const meeting = record.coreGroups.find((g) => g.date === date);
  if (!meeting) return [];
  return MEETING_ENTRY_ORDER.filter((section) => offered(section, meeting, record)).map(
    (section) => {
      const value = meeting[section];
      const row: MeetingEntryRow = {
        section,
        label: MEETING_ENTRY_LABELS[section],
        state:
          value === undefined ? 'not-read' : hasAnswer(section, value) ? 'read' : 'shown-empty',
      };
      if (value !== undefined && value !== null) {
        row.value = value;
        if (!isEmpty(value) || Array.isArray(value)) row.words = sectionValueWords(section, value);
      }
      const entry = activeEntry(corrections, date, section);
      if (entry) {
        row.state = 'entered';
        row.correctionId = entry.id;
        row.provenance = {
          kind: 'user',
          enteredAt: entry.enteredAt,
          ...(entry.note ? { note: entry.note } : {}),
        };
        if (hasAnswer(section, entry.pageValue)) {
          row.pageWords = sectionValueWords(section, entry.pageValue);
          if (entry.pageSource) row.pageSource = entry.pageSource;
        }
      } else {
        if (value !== undefined && meeting.source) row.provenance = meeting.source;
        const lapsed = latestEntry(corrections, date, section, false);
        if (lapsed) {
          row.lapsed = {
            words: sectionValueWords(section, lapsed.change.value),
            enteredAt: lapsed.enteredAt,
          };
        }
      }
      return row;
    },
  );
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Text typed into a section: refused when blank, never saved as an empty answer. */
export function parseSectionText(text: string): Parsed<string> {
  const trimmed = text.trim();
  return trimmed === ''
    ? { ok: false, message: 'Type what the meeting record says, or close this without saving.' }
    : { ok: true, value: trimmed };
}

export function parseSectionDate(text: string): Parsed<IsoDate> {
  const date = parseDateInput(text);
  return date
    ? { ok: true, value: date }
    : { ok: false, message: 'Enter a real date as DD/MM/YYYY, for example 17/12/2026.' };
}

export function parsePersonEntry(parts: {
  name: string;
  role: string;
  agency: string;
}): Parsed<MeetingPerson> {
  const name = parts.name.trim();
  if (name === '') return { ok: false, message: 'Enter the name of the person who chaired.' };
  const person: MeetingPerson = { name };
  if (parts.role.trim() !== '') person.role = parts.role.trim();
  if (parts.agency.trim() !== '') person.agency = parts.agency.trim();
  return { ok: true, value: person };
}

/**
 * The progress list to save: the statuses chosen for each plan action (left out where "not
 * recorded" was chosen), and any other progress the record already holds, kept as it was.
 */
export function progressEntry(
  current: readonly ActionProgress[] | undefined,
  chosen: ReadonlyMap<string, ActionStatus | 'not-recorded'>,
): Parsed<ActionProgress[]> {
  const kept = (current ?? []).filter((p) => !chosen.has(p.action));
  const set: ActionProgress[] = [];
  for (const [action, status] of chosen) {
    if (status === 'not-recorded') continue;
    const before = current?.find((p) => p.action === action);
    set.push({ ...(before ?? { action }), status });
  }
  if (set.length === 0 && kept.length === 0) {
    return { ok: false, message: 'Choose the progress recorded for at least one action.' };
  }
  return { ok: true, value: [...kept, ...set] };
}

/** The actions the progress form lists: the plan's open actions, then any others recorded. */
export function progressActions(
  record: CaseRecord,
  current: readonly ActionProgress[] | undefined,
): { action: string; status?: ActionStatus }[] {
  const rows = openPlanActions(record).map((action) => {
    const recorded = current?.find((p) => wordingKey(p.action) === wordingKey(action));
    return recorded
      ? { action: recorded.action, status: recorded.status }
      : ({ action } as { action: string; status?: ActionStatus });
  });
  for (const p of current ?? []) {
    if (!rows.some((r) => wordingKey(r.action) === wordingKey(p.action))) {
      rows.push({ action: p.action, status: p.status });
    }
  }
  return rows;
}
