import type {
  IsoDate,
  MeetingAction,
  MeetingApology,
  MeetingPerson,
  MeetingPersonKind,
} from '../domain';
import { parseDateInput } from './date-input';
import { formatUkDate } from './format-date';

/*
 * The list sections of a meeting's record a worker can enter (issue 9): who attended, who sent
 * apologies (and whether a written update came), and the new or amended actions. A list is
 * entered whole, as the minutes give it; the form logic is here so the sidebar only renders.
 * Lengths are those of the record's schema (lib/domain/case-record.ts), checked again by zod in
 * the background.
 */

export type ListSection = 'attendees' | 'apologies' | 'newActions';
export const LIST_SECTIONS: readonly ListSection[] = ['attendees', 'apologies', 'newActions'];
export const isListSection = (section: string): section is ListSection =>
  (LIST_SECTIONS as readonly string[]).includes(section);

export type UpdateAnswer = 'yes' | 'no' | 'not-recorded';

export interface ListColumn {
  key: string;
  label: string;
  kind: 'text' | 'date' | 'update';
  /** How messages name it. */
  noun: string;
  required?: boolean;
  /** Characters, as the record's schema allows. */
  max: number;
}

const PERSON: ListColumn[] = [
  { key: 'name', label: 'Name', noun: 'the name', kind: 'text', required: true, max: 300 },
  { key: 'role', label: 'Role (optional)', noun: 'the role', kind: 'text', max: 300 },
  { key: 'agency', label: 'Agency (optional)', noun: 'the agency', kind: 'text', max: 300 },
];

export const LIST_COLUMNS: Record<ListSection, readonly ListColumn[]> = {
  attendees: PERSON,
  apologies: [
    ...PERSON,
    { key: 'update', label: 'Written update sent', noun: 'the update', kind: 'update', max: 20 },
  ],
  newActions: [
    {
      key: 'text',
      label: 'What is to be done',
      noun: 'what is to be done',
      kind: 'text',
      required: true,
      max: 5000,
    },
    { key: 'owner', label: 'Who by (optional)', noun: 'who by', kind: 'text', max: 300 },
    {
      key: 'due',
      label: 'By when, DD/MM/YYYY (optional)',
      noun: 'the date',
      kind: 'date',
      max: 20,
    },
  ],
};

/** What each row is called in labels and messages ("Person 2", "Action 1"). */
export const LIST_ITEM_WORD: Record<ListSection, string> = {
  attendees: 'Person',
  apologies: 'Person',
  newActions: 'Action',
};

export const UPDATE_WORDS: Record<UpdateAnswer, string> = {
  'not-recorded': 'Not recorded',
  yes: 'Yes, sent a written update',
  no: 'No written update',
};

/** One row of the form as typed; `kind` and `role0` keep who someone is while the role stands. */
export type DraftRow = Record<string, string> & { kind?: string; role0?: string };

export function emptyDraft(section: ListSection): DraftRow {
  return Object.fromEntries(
    LIST_COLUMNS[section].map((c) => [c.key, c.kind === 'update' ? 'not-recorded' : '']),
  );
}

function personDraft(p: MeetingPerson): DraftRow {
  const row: DraftRow = { name: p.name, role: p.role ?? '', agency: p.agency ?? '' };
  if (p.kind) {
    row.kind = p.kind;
    row.role0 = p.role ?? '';
  }
  return row;
}

/** The form's rows to start from: the list in the record now, or one empty row. */
export function draftRows(section: ListSection, value: unknown): DraftRow[] {
  const list = Array.isArray(value) ? value : [];
  const rows = list.map((item): DraftRow => {
    if (section === 'newActions') {
      const a = item as MeetingAction;
      return { text: a.text, owner: a.owner ?? '', due: a.due ? formatUkDate(a.due) : '' };
    }
    const row = personDraft(item as MeetingPerson);
    if (section === 'apologies') {
      const sent = (item as MeetingApology).writtenUpdateSent;
      row.update = sent === undefined ? 'not-recorded' : sent ? 'yes' : 'no';
    }
    return row;
  });
  return rows.length > 0 ? rows : [emptyDraft(section)];
}

export type ListParsed<T> =
  | { ok: true; value: T[] }
  /** `row` and `column` name the field to focus; `row: -1` is the list itself. */
  | { ok: false; message: string; row: number; column: string };

const isBlank = (row: DraftRow, section: ListSection) =>
  LIST_COLUMNS[section].every((c) => c.kind === 'update' || (row[c.key] ?? '').trim() === '');

/**
 * The list to save. Rows left wholly blank are dropped (an "Add" pressed by mistake); any other
 * row must have its required part, lengths within the record's, and a real date: never a guess.
 */
export function parseListEntry(
  section: ListSection,
  rows: readonly DraftRow[],
): ListParsed<MeetingPerson | MeetingApology | MeetingAction> {
  const value: (MeetingPerson | MeetingApology | MeetingAction)[] = [];
  for (const [i, row] of rows.entries()) {
    if (isBlank(row, section)) continue;
    const where = `${LIST_ITEM_WORD[section]} ${i + 1}`;
    const parts: Record<string, string> = {};
    for (const column of LIST_COLUMNS[section]) {
      const typed = (row[column.key] ?? '').trim();
      const name = column.noun;
      if (column.required && typed === '') {
        return { ok: false, message: `${where}: enter ${name}.`, row: i, column: column.key };
      }
      if (typed.length > column.max) {
        return {
          ok: false,
          message: `${where}: ${name} is longer than ${column.max} characters.`,
          row: i,
          column: column.key,
        };
      }
      parts[column.key] = typed;
    }
    if (section === 'newActions') {
      const action: MeetingAction = { text: parts.text as string };
      if (parts.owner) action.owner = parts.owner;
      if (parts.due) {
        const due: IsoDate | undefined = parseDateInput(parts.due);
        if (!due) {
          return {
            ok: false,
            message: `${where}: enter a real date as DD/MM/YYYY, for example 17/12/2026, or leave it blank.`,
            row: i,
            column: 'due',
          };
        }
        action.due = due;
      }
      value.push(action);
      continue;
    }
    const person: MeetingApology = { name: parts.name as string };
    if (parts.role) person.role = parts.role;
    if (parts.agency) person.agency = parts.agency;
    // Who someone is, when the record said, stands only while their role does.
    if (row.kind && (row.role0 ?? '') === (parts.role ?? '')) {
      person.kind = row.kind as MeetingPersonKind;
    }
    if (section === 'apologies' && parts.update !== 'not-recorded') {
      person.writtenUpdateSent = parts.update === 'yes';
    }
    value.push(person);
  }
  if (section === 'attendees' && value.length === 0) {
    return {
      ok: false,
      message: 'Enter at least one person who attended, or close this without saving.',
      row: 0,
      column: 'name',
    };
  }
  return { ok: true, value };
}

/** A new action in a few words: "Mentor offered — Mr Cole, by 17/12/2026". */
export function actionWords(a: MeetingAction): string {
  const about = [a.owner, a.due ? `by ${formatUkDate(a.due)}` : undefined].filter(Boolean);
  return about.length > 0 ? `${a.text} (${about.join(', ')})` : a.text;
}
