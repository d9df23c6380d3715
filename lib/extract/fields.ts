import { PLAN_SECTION_IDS, type PlanSectionId } from '../domain/constants';

/**
 * The things a reader looks for on a page, named by where they land in the case record
 * (`icpcDate`, `coreGroups.date`, `plans.sections.needs`, `plans.actions.owner`). The same
 * names key the synonym list, a profile's field map, and `UnreadField.field`.
 */

/** How the text shown on the page becomes a value. */
export type ValueKind =
  | 'text'
  | 'date'
  | 'yes-no'
  | 'region'
  | 'meeting-status'
  | 'action-status'
  // A core group's record (lib/extract/parse-meeting.ts).
  | 'person'
  | 'people'
  | 'apologies'
  | 'action-progress'
  | 'meeting-actions'
  | 'household-changes'
  | 'dates'
  | 'risk-trend'
  | 'non-cooperation';

/** The sections of a plan, as lib/domain lists them (constants.ts is zod-free). */
export const PLAN_SECTIONS = PLAN_SECTION_IDS;

export const CASE_FIELDS = {
  caseId: 'text',
  region: 'region',
  icpcDate: 'date',
  planEndDate: 'date',
} as const satisfies Record<string, ValueKind>;
export type CaseField = keyof typeof CASE_FIELDS;

const sectionFields = Object.fromEntries(PLAN_SECTIONS.map((id) => [id, 'text'])) as {
  readonly [S in PlanSectionId]: 'text';
};

/**
 * The fields of each list's items. A visit names its child (one row per child per visit, or a
 * visit with a row per child inside it); a plan's sections are keyed by PlanSectionId, and its
 * actions are a list inside the plan.
 */
export const ITEM_FIELDS = {
  children: {
    id: 'text',
    name: 'text',
    dateOfBirth: 'date',
    preVerbal: 'yes-no',
    seenAloneNotRequired: 'yes-no',
  },
  reviewConferences: { date: 'date', status: 'meeting-status', reportSharedDate: 'date' },
  // In this order: the meeting (3), attendance (2), then its record (profiles/meeting-record.ts).
  coreGroups: {
    date: 'date',
    status: 'meeting-status',
    minutesCirculatedDate: 'date',
    attendees: 'people',
    apologies: 'apologies',
    chair: 'person',
    viceChair: 'person',
    childSituation: 'text',
    actionProgress: 'action-progress',
    riskTrend: 'risk-trend',
    nonCooperation: 'non-cooperation',
    newActions: 'meeting-actions',
    parentsViews: 'text',
    childViews: 'text',
    parentsAbsenceReason: 'text',
    nextMeetingDate: 'date',
    futureDatesAgreed: 'dates',
    householdChanges: 'household-changes',
  },
  visits: { date: 'date', childId: 'text', childName: 'text', seen: 'yes-no', seenAlone: 'yes-no' },
  schoolMoves: { date: 'date', childId: 'text', childName: 'text' },
  plans: { childId: 'text', childName: 'text', ...sectionFields },
  actions: {
    childId: 'text',
    childName: 'text',
    text: 'text',
    owner: 'text',
    due: 'date',
    measure: 'text',
    status: 'action-status',
  },
} as const satisfies Record<string, Record<string, ValueKind>>;

/** A list a page can show; `actions` are a plan's, so they land in `plans[].actions`. */
export type ListName = keyof typeof ITEM_FIELDS;
export const LIST_NAMES = Object.keys(ITEM_FIELDS) as ListName[];
export type ItemField<L extends ListName> = keyof (typeof ITEM_FIELDS)[L] & string;

/** Every field's name as the synonym list and unread entries spell it. */
export type FieldPath =
  | CaseField
  | {
      [L in ListName]: L extends 'plans'
        ? `plans.${'childId' | 'childName'}` | `plans.sections.${PlanSectionId}`
        : L extends 'actions'
          ? `plans.actions.${ItemField<'actions'>}`
          : `${L}.${ItemField<L>}`;
    }[ListName];

/** Where an item field lands in the record, e.g. ('plans', 'needs') → `plans.sections.needs`. */
export function fieldPath(list: ListName | undefined, field: string): FieldPath {
  if (!list) return field as FieldPath;
  if (list === 'actions') return `plans.actions.${field}` as FieldPath;
  if (list === 'plans' && field !== 'childId' && field !== 'childName') {
    return `plans.sections.${field}` as FieldPath;
  }
  return `${list}.${field}` as FieldPath;
}

/** The reverse of fieldPath. */
export function splitFieldPath(path: FieldPath): { list?: ListName; field: string } {
  if (path.startsWith('plans.actions.')) return { list: 'actions', field: path.slice(14) };
  if (path.startsWith('plans.sections.')) return { list: 'plans', field: path.slice(15) };
  const dot = path.indexOf('.');
  if (dot < 0) return { field: path };
  return { list: path.slice(0, dot) as ListName, field: path.slice(dot + 1) };
}

export function valueKindOf(list: ListName | undefined, field: string): ValueKind | undefined {
  const fields: Record<string, ValueKind> = list ? ITEM_FIELDS[list] : CASE_FIELDS;
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/**
 * Every field path, e.g. for validating a profile's synonyms. Marked pure so the content
 * script, which reads pages without it, does not carry it.
 */
export const FIELD_PATHS: readonly FieldPath[] = /* @__PURE__ */ (() => [
  ...(Object.keys(CASE_FIELDS) as CaseField[]),
  ...LIST_NAMES.flatMap((list) => Object.keys(ITEM_FIELDS[list]).map((f) => fieldPath(list, f))),
])();
