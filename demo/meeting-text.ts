import type {
  ActionProgress,
  ActionStatus,
  CoreGroup,
  HouseholdChange,
  IsoDate,
  MeetingAction,
  MeetingApology,
  MeetingPerson,
  NonCooperationLevel,
  RiskTrend,
} from '../lib/domain';

/**
 * How both demo systems write a core group's record as text (demo/MARKUP.md, "Meeting record
 * lines"): one item per line, its parts joined by " — ", each system with its own dates and
 * words for statuses.
 */
export interface MeetingWords {
  date: (date: IsoDate) => string;
  actionStatus: Record<ActionStatus, string>;
  risk: Record<RiskTrend, string>;
  /** After an apology: a written update sent, or not. */
  update: { sent: string; notSent: string };
}

const DASH = ' — ';

export const NON_COOPERATION_WORDS: Record<NonCooperationLevel, string> = {
  none: 'None',
  some: 'Some',
  serious: 'Serious',
};

export function personText(person: MeetingPerson): string {
  const about = [person.role, person.agency].filter((p): p is string => p !== undefined);
  return about.length > 0 ? `${person.name} (${about.join(', ')})` : person.name;
}

export function apologyText(apology: MeetingApology, w: MeetingWords): string {
  if (apology.writtenUpdateSent === undefined) return personText(apology);
  return `${personText(apology)}${DASH}${apology.writtenUpdateSent ? w.update.sent : w.update.notSent}`;
}

export function progressText(p: ActionProgress, w: MeetingWords): string {
  return [
    p.action,
    w.actionStatus[p.status],
    p.due !== undefined ? `due ${w.date(p.due)}` : undefined,
    p.carriedOver ? 'carried over' : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(DASH);
}

export function meetingActionText(a: MeetingAction, w: MeetingWords): string {
  return [a.text, a.owner, a.due !== undefined ? `by ${w.date(a.due)}` : undefined]
    .filter((part) => part !== undefined)
    .join(DASH);
}

export function householdText(h: HouseholdChange, w: MeetingWords): string {
  return [
    `${h.name} (${h.relationship})`,
    h.since !== undefined ? `since ${w.date(h.since)}` : undefined,
    h.assessed === undefined ? undefined : h.assessed ? 'assessed' : 'not assessed',
  ]
    .filter((part) => part !== undefined)
    .join(DASH);
}

export function nonCooperationText(n: NonNullable<CoreGroup['nonCooperation']>): string {
  return [NON_COOPERATION_WORDS[n.level], n.notes].filter((p) => p !== undefined).join(DASH);
}

/** The fields of a meeting's record beyond attendance: a meeting with any has a record to show. */
export const RECORD_FIELDS = [
  'chair',
  'viceChair',
  'childSituation',
  'actionProgress',
  'riskTrend',
  'nonCooperation',
  'newActions',
  'parentsViews',
  'childViews',
  'parentsAbsenceReason',
  'nextMeetingDate',
  'futureDatesAgreed',
  'householdChanges',
] as const satisfies readonly (keyof CoreGroup)[];

export function hasRecord(group: CoreGroup): boolean {
  return group.status === 'held' && RECORD_FIELDS.some((f) => group[f] !== undefined);
}

/**
 * Each record field as [label, text lines]: `undefined` when the record does not show it (the
 * field is left off the page), `[]` lines when it shows it empty.
 */
export function recordRows(
  group: CoreGroup,
  w: MeetingWords,
): [field: (typeof RECORD_FIELDS)[number], label: string, lines: string[]][] {
  const rows: [(typeof RECORD_FIELDS)[number], string, string[]][] = [];
  const add = <T>(
    field: (typeof RECORD_FIELDS)[number],
    label: string,
    value: T | null | undefined,
    text: (v: T) => string[],
  ) => {
    if (value === undefined) return;
    rows.push([field, label, value === null ? [] : text(value)]);
  };
  add('chair', MEETING_LABELS.chair, group.chair, (p) => [personText(p)]);
  add('viceChair', MEETING_LABELS.viceChair, group.viceChair, (p) => [personText(p)]);
  add('childSituation', MEETING_LABELS.childSituation, group.childSituation, (t) => [t]);
  add('actionProgress', MEETING_LABELS.actionProgress, group.actionProgress, (list) =>
    list.map((p) => progressText(p, w)),
  );
  add('riskTrend', MEETING_LABELS.riskTrend, group.riskTrend, (r) => [w.risk[r]]);
  add('nonCooperation', MEETING_LABELS.nonCooperation, group.nonCooperation, (n) => [
    nonCooperationText(n),
  ]);
  add('newActions', MEETING_LABELS.newActions, group.newActions, (list) =>
    list.map((a) => meetingActionText(a, w)),
  );
  add('parentsViews', MEETING_LABELS.parentsViews, group.parentsViews, (t) => [t]);
  add('childViews', MEETING_LABELS.childViews, group.childViews, (t) => [t]);
  add(
    'parentsAbsenceReason',
    MEETING_LABELS.parentsAbsenceReason,
    group.parentsAbsenceReason,
    (t) => [t],
  );
  add('nextMeetingDate', MEETING_LABELS.nextMeetingDate, group.nextMeetingDate, (d) => [w.date(d)]);
  add('futureDatesAgreed', MEETING_LABELS.futureDatesAgreed, group.futureDatesAgreed, (list) =>
    list.map(w.date),
  );
  add('householdChanges', MEETING_LABELS.householdChanges, group.householdChanges, (list) =>
    list.map((h) => householdText(h, w)),
  );
  return rows;
}

/** The labels both systems give a meeting record's fields (demo/MARKUP.md). */
export const MEETING_LABELS: Record<(typeof RECORD_FIELDS)[number], string> = {
  chair: 'Chaired by',
  viceChair: 'Vice chair',
  childSituation: "Child's current situation",
  actionProgress: 'Progress on plan actions',
  riskTrend: 'Risk since last meeting',
  nonCooperation: 'Non-co-operation',
  newActions: 'New or amended actions',
  parentsViews: "Parents' views",
  childViews: "Child's views",
  parentsAbsenceReason: 'Reason parents did not attend',
  nextMeetingDate: 'Next meeting date',
  futureDatesAgreed: 'Future dates agreed',
  householdChanges: 'Household changes since last meeting',
};
