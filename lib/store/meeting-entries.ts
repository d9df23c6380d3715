import * as z from 'zod';
import {
  ActionProgressSchema,
  type CaseRecord,
  type CoreGroup,
  CoreGroupSchema,
  IsoDateSchema,
  MeetingActionSchema,
  MeetingApologySchema,
  MeetingPersonSchema,
  NonCooperationSchema,
  RiskTrendSchema,
} from '../domain';

/*
 * Sections of one core group's record a worker can enter in the sidebar when the page did not
 * show them (issue 9: "the rest can be entered in the sidebar"). Each is corrected on its own,
 * not as the whole meeting: the meeting stays "read from the page" with the entered section
 * beside it, undoing one entry leaves the others, and a later read of the meeting that changes
 * some other section does not make the entry lapse.
 */

const said = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim() !== '', { message: 'must not be blank' });

/** The value each enterable section takes (never `null`: to take an entry back, undo it). */
export const MEETING_ENTRY_VALUE_SCHEMAS = {
  /*
   * Lists are entered whole: the entry replaces the section's list (the page's, if it showed
   * one, stays beside it). A meeting held with nobody present is not an answer, so attendees
   * need one person; "no apologies" and "no new actions" are answers the minutes can give.
   */
  attendees: z.array(MeetingPersonSchema).min(1).max(200),
  chair: MeetingPersonSchema,
  viceChair: MeetingPersonSchema,
  childSituation: said(20_000),
  actionProgress: z.array(ActionProgressSchema).max(1000),
  riskTrend: RiskTrendSchema,
  nonCooperation: NonCooperationSchema,
  apologies: z.array(MeetingApologySchema).max(200),
  newActions: z.array(MeetingActionSchema).max(1000),
  parentsViews: said(20_000),
  childViews: said(20_000),
  parentsAbsenceReason: said(5000),
  nextMeetingDate: IsoDateSchema,
} as const satisfies Partial<Record<keyof CoreGroup, z.ZodType>>;

export type MeetingEntrySection = keyof typeof MEETING_ENTRY_VALUE_SCHEMAS;
export const MEETING_ENTRY_SECTIONS = Object.keys(
  MEETING_ENTRY_VALUE_SCHEMAS,
) as MeetingEntrySection[];

const entryOf = <S extends MeetingEntrySection>(section: S) =>
  z.object({
    field: z.literal('meetingSection'),
    /** The meeting's date: core groups are known by their date (see `naturalKey`). */
    key: IsoDateSchema,
    section: z.literal(section),
    value: MEETING_ENTRY_VALUE_SCHEMAS[section] as (typeof MEETING_ENTRY_VALUE_SCHEMAS)[S],
  });

/** One section of one core group's record, as entered by the worker. */
export const MeetingSectionChangeSchema = z.discriminatedUnion('section', [
  entryOf('attendees'),
  entryOf('chair'),
  entryOf('viceChair'),
  entryOf('childSituation'),
  entryOf('actionProgress'),
  entryOf('riskTrend'),
  entryOf('nonCooperation'),
  entryOf('apologies'),
  entryOf('newActions'),
  entryOf('parentsViews'),
  entryOf('childViews'),
  entryOf('parentsAbsenceReason'),
  entryOf('nextMeetingDate'),
]);
export type MeetingSectionChange = z.infer<typeof MeetingSectionChangeSchema>;

/** What a page may show for the section (blank, or shown empty as `null`), for `pageValue`. */
export function isShownSectionValue(section: MeetingEntrySection, value: unknown): boolean {
  return CoreGroupSchema.shape[section].nullable().safeParse(value).success;
}

export function meetingOn(record: CaseRecord, date: string): CoreGroup | undefined {
  return record.coreGroups.find((g) => g.date === date);
}

/**
 * The section as the pages show it: `null` when they show no value (the section left out, or
 * shown empty or blank). An entry lapses only when the pages come to show a value other than this.
 */
export function sectionOnPages(
  fromPages: CaseRecord,
  date: string,
  section: MeetingEntrySection,
): unknown {
  const value = meetingOn(fromPages, date)?.[section];
  // Blank text is the section shown empty, as `null` is: the same "no value" to an entry.
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
}

/** The record with the entered section set on its meeting; the meeting keeps its own source. */
export function withMeetingSection(record: CaseRecord, change: MeetingSectionChange): CaseRecord {
  return {
    ...record,
    coreGroups: record.coreGroups.map((g) =>
      g.date === change.key ? { ...g, [change.section]: change.value } : g,
    ),
  };
}

/** How the audit log names the field (never the value). */
export function auditFieldOf(change: MeetingSectionChange): string {
  return `coreGroups.${change.section}`;
}
