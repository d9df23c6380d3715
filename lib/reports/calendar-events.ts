import type { CaseRecord, IsoDate } from '../domain';
import { formatLongDate } from '../present/format-date';
import { RULE_LABELS } from '../present/labels';
import { compareDates } from '../rules/calendar';
import type { Finding, FindingRule } from '../rules/finding';
import { GENERATED_NOTICE } from './generated-notice';

/** One stored case, with the findings the rules gave for it. */
export interface CalendarCase {
  caseId: string;
  record: CaseRecord;
  findings: readonly Finding[];
}

export interface CalendarEntry {
  /** Stable for the same deadline of the same case, so importing again updates, not duplicates. */
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  kind: 'deadline' | 'booked';
  caseId: string;
}

export interface CalendarOptions {
  today: IsoDate;
  /**
   * Children's names (and the rules' reasons, which name them) are personal data, and a calendar
   * is often synced to a phone or shared: left out unless the user opts in.
   */
  includeNames?: boolean;
}

/**
 * The deadlines that go in a calendar: meetings, minutes, reports and visits. Seen-alone is left
 * out: it is dated by a visit already made, not a day to plan for.
 */
export const CALENDAR_RULES: ReadonlySet<FindingRule> = new Set<FindingRule>([
  'first-core-group',
  'core-group-interval',
  'final-core-group-before-review',
  'review-conference',
  'minutes-circulated',
  'review-report-shared',
  'school-move-core-group',
  'visit-frequency',
]);

const uidPart = (text: string) => encodeURIComponent(text);

function deadlineEntry(
  c: CalendarCase,
  f: Finding & { due: IsoDate },
  options: CalendarOptions,
): CalendarEntry {
  const childIndex =
    f.childId === undefined ? -1 : c.record.children.findIndex((ch) => ch.id === f.childId);
  const child = childIndex >= 0 ? c.record.children[childIndex] : undefined;
  const label = RULE_LABELS[f.rule];
  const who =
    options.includeNames && child ? ` (${child.name})` : child ? ` (child ${childIndex + 1})` : '';
  const window =
    f.windowStart !== undefined
      ? ` It must happen between ${formatLongDate(f.windowStart)} and ${formatLongDate(f.due)}.`
      : '';
  const lines = [
    `${label}${who} for case ${c.caseId} is due by ${formatLongDate(f.due)}.${window}`,
    ...(options.includeNames ? [f.reason] : []),
    GENERATED_NOTICE,
  ];
  // Identity is the case, the rule and the child (by position, not the case system's person id);
  // a school move has one deadline per move.
  const parts = ['deadline', uidPart(c.caseId), f.rule, String(childIndex + 1)];
  if (f.rule === 'school-move-core-group') parts.push(f.due);
  return {
    uid: `${parts.join('-')}@core-group-lens`,
    date: f.due,
    title: `${label} due${who}: case ${c.caseId}`,
    description: lines.join('\n\n'),
    kind: 'deadline',
    caseId: c.caseId,
  };
}

function bookedEntries(c: CalendarCase, today: IsoDate): CalendarEntry[] {
  const booked = [
    ...c.record.coreGroups
      .filter((g) => g.status === 'scheduled')
      .map((g) => ({ date: g.date, what: 'Core group', key: 'core-group' })),
    ...c.record.reviewConferences
      .filter((r) => r.status === 'scheduled')
      .map((r) => ({ date: r.date, what: 'Review conference', key: 'review' })),
  ];
  return booked
    .filter((b) => compareDates(b.date, today) >= 0)
    .map((b) => ({
      uid: `booked-${uidPart(c.caseId)}-${b.key}-${b.date}@core-group-lens`,
      date: b.date,
      title: `${b.what} booked: case ${c.caseId}`,
      description: [
        `${b.what} for case ${c.caseId} is booked for ${formatLongDate(b.date)}, as read from the case system.`,
        GENERATED_NOTICE,
      ].join('\n\n'),
      kind: 'booked' as const,
      caseId: c.caseId,
    }));
}

/**
 * What is coming up: each deadline not yet met that falls today or later (core groups, reviews,
 * minutes, reports, visits), and each core group or review already booked. Overdue deadlines are
 * left out: a calendar entry in the past would hide that they are still not done.
 */
export function calendarEntries(
  cases: readonly CalendarCase[],
  options: CalendarOptions,
): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const c of cases) {
    for (const f of c.findings) {
      if (f.occurrence !== 'current' || !CALENDAR_RULES.has(f.rule) || f.due === undefined)
        continue;
      if (f.status !== 'due-soon' && f.status !== 'upcoming') continue;
      if (compareDates(f.due, options.today) < 0) continue;
      entries.push(deadlineEntry(c, f as Finding & { due: IsoDate }, options));
    }
    entries.push(...bookedEntries(c, options.today));
  }
  return entries.sort((a, b) => compareDates(a.date, b.date) || a.uid.localeCompare(b.uid));
}
