import type { CaseRecord, IsoDate } from '../domain';
import { addDays, calendarDaysBetween, compareDates } from '../rules/calendar';
import type { Finding, FindingRule, FindingStatus } from '../rules/finding';
import { formatUkDate } from './format-date';
import { RULE_LABELS, STATUS_LABELS } from './labels';

export const TIMELINE_LANES = ['conferences', 'core-groups', 'minutes-reports', 'visits'] as const;
export type TimelineLane = (typeof TIMELINE_LANES)[number];

export const LANE_LABELS: Record<TimelineLane, string> = {
  conferences: 'Conferences',
  'core-groups': 'Core groups',
  'minutes-reports': 'Minutes, reports',
  visits: 'Visits',
};

/** Each deadline sits on the lane of the thing that meets it. */
export const RULE_LANES: Record<FindingRule, TimelineLane> = {
  'first-core-group': 'core-groups',
  'core-group-interval': 'core-groups',
  'final-core-group-before-review': 'core-groups',
  'school-move-core-group': 'core-groups',
  'review-conference': 'conferences',
  'minutes-circulated': 'minutes-reports',
  'review-report-shared': 'minutes-reports',
  'visit-frequency': 'visits',
  'seen-alone': 'visits',
};

export type TimelineEventKind =
  | 'icpc'
  | 'review-held'
  | 'review-scheduled'
  | 'core-group-held'
  | 'core-group-scheduled'
  | 'minutes-circulated'
  | 'report-shared'
  | 'school-move'
  | 'visit';

/** Something the record shows happened (or is booked) on a day. */
export interface TimelineEvent {
  lane: TimelineLane;
  kind: TimelineEventKind;
  date: IsoDate;
  /** In words, e.g. "Core group held", "Visit: Mia seen alone; Leo seen, not alone". */
  label: string;
  /** Booked, not yet recorded as held: drawn hollow. */
  scheduled: boolean;
}

/** A deadline from the rules, placed on its lane. */
export interface TimelineDeadline {
  lane: TimelineLane;
  rule: FindingRule;
  status: FindingStatus;
  occurrence: Finding['occurrence'];
  due: IsoDate;
  windowStart?: IsoDate;
  doneOn?: IsoDate;
  childId?: string;
  label: string;
  /** The stretch a deadline ran over: due to done (late) or due to today (still overdue). */
  missed?: { from: IsoDate; to: IsoDate };
}

export interface TimelineModel {
  start: IsoDate;
  end: IsoDate;
  today: IsoDate;
  planEnd?: IsoDate;
  events: TimelineEvent[];
  deadlines: TimelineDeadline[];
  /** The first of each month inside the range, for the axis. */
  months: IsoDate[];
  /** Findings with no date (cannot be worked out), which the timeline cannot place. */
  unplaced: Finding[];
}

/** Days either side of the first and last thing shown, so nothing sits on the edge. */
const MARGIN_DAYS = 4;

function childName(record: CaseRecord, childId: string | undefined): string | undefined {
  return childId === undefined ? undefined : record.children.find((c) => c.id === childId)?.name;
}

function visitLabel(record: CaseRecord, visit: CaseRecord['visits'][number]): string {
  if (visit.children.length === 0) return 'Visit (no child recorded)';
  const parts = visit.children.map((c) => {
    const name = childName(record, c.childId) ?? c.childId;
    if (!c.seen) return `${name} not seen`;
    if (c.seenAlone === true) return `${name} seen alone`;
    if (c.seenAlone === false) return `${name} seen, not alone`;
    return `${name} seen, alone not recorded`;
  });
  return `Visit: ${parts.join('; ')}`;
}

function recordEvents(record: CaseRecord): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const add = (event: Omit<TimelineEvent, 'scheduled'>, scheduled = false) =>
    events.push({ ...event, scheduled });
  if (record.icpcDate !== undefined) {
    add({ lane: 'conferences', kind: 'icpc', date: record.icpcDate, label: 'Initial conference' });
  }
  for (const review of record.reviewConferences) {
    const held = review.status === 'held';
    add(
      {
        lane: 'conferences',
        kind: held ? 'review-held' : 'review-scheduled',
        date: review.date,
        label: held ? 'Review conference held' : 'Review conference booked',
      },
      !held,
    );
    if (review.reportSharedDate !== undefined) {
      add({
        lane: 'minutes-reports',
        kind: 'report-shared',
        date: review.reportSharedDate,
        label: 'Review report shared with family',
      });
    }
  }
  for (const group of record.coreGroups) {
    const held = group.status === 'held';
    add(
      {
        lane: 'core-groups',
        kind: held ? 'core-group-held' : 'core-group-scheduled',
        date: group.date,
        label: held ? 'Core group held' : 'Core group booked',
      },
      !held,
    );
    if (group.minutesCirculatedDate !== undefined) {
      add({
        lane: 'minutes-reports',
        kind: 'minutes-circulated',
        date: group.minutesCirculatedDate,
        label: `Minutes circulated (core group of ${formatUkDate(group.date)})`,
      });
    }
  }
  for (const move of record.schoolMoves) {
    const name = childName(record, move.childId) ?? move.childId;
    add({
      lane: 'core-groups',
      kind: 'school-move',
      date: move.date,
      label: `${name} moved school`,
    });
  }
  for (const visit of record.visits) {
    add({ lane: 'visits', kind: 'visit', date: visit.date, label: visitLabel(record, visit) });
  }
  return events.sort((a, b) => compareDates(a.date, b.date));
}

function deadlineOf(record: CaseRecord, f: Finding & { due: IsoDate }, today: IsoDate) {
  const name = childName(record, f.childId);
  const deadline: TimelineDeadline = {
    lane: RULE_LANES[f.rule],
    rule: f.rule,
    status: f.status,
    occurrence: f.occurrence,
    due: f.due,
    label: `${RULE_LABELS[f.rule]}${name ? ` (${name})` : ''}: ${STATUS_LABELS[f.status].text}`,
  };
  if (f.windowStart !== undefined) deadline.windowStart = f.windowStart;
  if (f.doneOn !== undefined) deadline.doneOn = f.doneOn;
  if (f.childId !== undefined) deadline.childId = f.childId;
  // Seen-alone is dated by the visit itself: it has no stretch of time to miss.
  if (f.rule !== 'seen-alone') {
    if (f.status === 'late' && f.doneOn !== undefined) {
      deadline.missed = { from: f.due, to: f.doneOn };
    } else if (f.status === 'overdue' && compareDates(today, f.due) > 0) {
      deadline.missed = { from: f.due, to: today };
    }
  }
  return deadline;
}

/**
 * One time axis for a case: what the record shows happened (ICPC, reviews, core groups, minutes,
 * visits, school moves) and every dated deadline the rules found, with the stretch each missed
 * one ran over, so a late or overdue deadline shows as a red span at a glance.
 */
export function buildTimeline(
  record: CaseRecord,
  findings: readonly Finding[],
  today: IsoDate,
): TimelineModel {
  const events = recordEvents(record);
  const dated = findings.filter(
    (f): f is Finding & { due: IsoDate } => f.due !== undefined && f.status !== 'not-applicable',
  );
  const deadlines = dated.map((f) => deadlineOf(record, f, today));
  const dates: IsoDate[] = [today, ...events.map((e) => e.date)];
  for (const d of deadlines) {
    dates.push(d.due);
    if (d.windowStart) dates.push(d.windowStart);
    if (d.doneOn) dates.push(d.doneOn);
  }
  if (record.planEndDate !== undefined) dates.push(record.planEndDate);
  const sorted = dates.sort(compareDates);
  const start = addDays(sorted[0] ?? today, -MARGIN_DAYS);
  const end = addDays(sorted.at(-1) ?? today, MARGIN_DAYS);
  const model: TimelineModel = {
    start,
    end,
    today,
    events,
    deadlines,
    months: monthsBetween(start, end),
    unplaced: findings.filter((f) => f.due === undefined && f.status === 'unknown'),
  };
  if (record.planEndDate !== undefined) model.planEnd = record.planEndDate;
  return model;
}

function monthsBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  const months: IsoDate[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (;;) {
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    const first = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    if (compareDates(first, end) > 0) return months;
    months.push(first);
  }
}

/** Where a date falls along the axis, from 0 (start) to 1 (end). */
export function dateFraction(model: Pick<TimelineModel, 'start' | 'end'>, date: IsoDate): number {
  const span = calendarDaysBetween(model.start, model.end);
  return span <= 0 ? 0 : calendarDaysBetween(model.start, date) / span;
}

/** Everything on the timeline in date order, in words: the timeline's text alternative. */
export interface TimelineEntry {
  date: IsoDate;
  lane: TimelineLane;
  text: string;
}

export function timelineEntries(model: TimelineModel): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...model.events.map((e) => ({ date: e.date, lane: e.lane, text: e.label })),
    ...model.deadlines.map((d) => ({
      date: d.due,
      lane: d.lane,
      text: `Deadline — ${d.label}${d.doneOn ? ` (done ${formatUkDate(d.doneOn)})` : ''}`,
    })),
  ];
  return entries.sort((a, b) => compareDates(a.date, b.date));
}
