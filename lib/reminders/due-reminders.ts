import type { IsoDate } from '../domain';
import { addWorkingDays, type Closures, compareDates, workingDaysBetween } from '../rules/calendar';
import type { Finding, FindingRule } from '../rules/finding';

/** One case's findings, as the rules gave them today. */
export interface CaseFindings {
  caseId: string;
  findings: readonly Finding[];
  /** The case's children in the record's order, to number them without naming them. */
  childIds: readonly string[];
}

export interface DueReminder {
  /** Stable for one deadline: a reminder is shown once, not every time the check runs. */
  key: string;
  caseId: string;
  rule: FindingRule;
  /** The child's position on the case (1-based), when the deadline is one child's. */
  childNumber?: number;
  childId?: string;
  due: IsoDate;
  /** Working days from today to the deadline (0 on the day). */
  workingDaysLeft: number;
}

export interface ReminderOptions {
  today: IsoDate;
  /** Remind this many working days before each deadline (0: on the day only). */
  daysBefore: number;
  closures?: Closures;
}

/**
 * Seen-alone is dated by a visit already made: there is nothing to do before it, so no reminder.
 * Everything else is a meeting, minutes, a report or a visit to arrange.
 */
const REMINDED_RULES: ReadonlySet<FindingRule> = new Set<FindingRule>([
  'first-core-group',
  'core-group-interval',
  'final-core-group-before-review',
  'review-conference',
  'minutes-circulated',
  'review-report-shared',
  'school-move-core-group',
  'visit-frequency',
]);

/**
 * The key a shown reminder is remembered by (in the browser's extension storage, outside the
 * case database): the case reference, the rule, the child's place on the case (never the case
 * system's person id) and the deadline.
 */
export function reminderKey(
  caseId: string,
  rule: FindingRule,
  childNumber: number | undefined,
  due: IsoDate,
): string {
  return JSON.stringify([caseId, rule, childNumber ?? 0, due]);
}

function keyPart(key: string, index: 0 | 3): string | undefined {
  try {
    const parsed: unknown = JSON.parse(key);
    return Array.isArray(parsed) && typeof parsed[index] === 'string' ? parsed[index] : undefined;
  } catch {
    return undefined;
  }
}

/** The deadline a stored key names, so old keys can be dropped once their day has passed. */
export const dueOfKey = (key: string): IsoDate | undefined => keyPart(key, 3);

/** The case a stored key names, so keys go when their case is deleted. */
export const caseOfKey = (key: string): string | undefined => keyPart(key, 0);

/**
 * The deadlines to remind about today: not yet done, due today or later, and no more than
 * `daysBefore` working days away (counted on the case's own bank-holiday calendar). A deadline
 * first seen inside that window (read late, or the browser was closed) is reminded at once.
 */
export function remindersDue(
  cases: readonly CaseFindings[],
  options: ReminderOptions,
): DueReminder[] {
  const { today, daysBefore, closures } = options;
  if (!Number.isInteger(daysBefore) || daysBefore < 0) {
    throw new RangeError(`daysBefore must be a whole number of working days, not ${daysBefore}`);
  }
  const due: DueReminder[] = [];
  for (const { caseId, findings, childIds } of cases) {
    for (const f of findings) {
      if (f.occurrence !== 'current' || f.due === undefined || !REMINDED_RULES.has(f.rule))
        continue;
      if (f.status !== 'due-soon' && f.status !== 'upcoming') continue;
      if (compareDates(f.due, today) < 0) continue;
      const remindFrom = addWorkingDays(f.due, -daysBefore, f.region, closures);
      if (compareDates(today, remindFrom) < 0) continue;
      const position = f.childId === undefined ? -1 : childIds.indexOf(f.childId);
      const childNumber = position >= 0 ? position + 1 : undefined;
      const reminder: DueReminder = {
        key: reminderKey(caseId, f.rule, childNumber, f.due),
        caseId,
        rule: f.rule,
        due: f.due,
        workingDaysLeft: Math.max(0, workingDaysBetween(today, f.due, f.region, closures)),
      };
      if (f.childId !== undefined) reminder.childId = f.childId;
      if (childNumber !== undefined) reminder.childNumber = childNumber;
      due.push(reminder);
    }
  }
  return due.sort((a, b) => compareDates(a.due, b.due) || a.key.localeCompare(b.key));
}
