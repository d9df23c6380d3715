import type { IsoDate } from '../domain';
import { formatLongDate } from '../present/format-date';
import { RULE_LABELS } from '../present/labels';
import type { DueReminder } from './due-reminders';

export interface ReminderNotice {
  title: string;
  message: string;
}

/**
 * A notification can show on a locked screen or a shared display, so it names the case
 * reference and the deadline only: never a child or family.
 */
export function reminderNotice(reminder: DueReminder, today: IsoDate): ReminderNotice {
  const when =
    reminder.due === today
      ? 'today'
      : reminder.workingDaysLeft === 0
        ? `on ${formatLongDate(reminder.due)}`
        : `in ${reminder.workingDaysLeft} working day${reminder.workingDaysLeft === 1 ? '' : 's'} (${formatLongDate(reminder.due)})`;
  const child = reminder.childNumber ? ` for child ${reminder.childNumber}` : '';
  return {
    title: `Case ${reminder.caseId}: ${RULE_LABELS[reminder.rule]} due ${when === 'today' ? 'today' : 'soon'}`,
    message: `${RULE_LABELS[reminder.rule]}${child} is due ${when}. Check the case system, which remains the record.`,
  };
}

/** When several are due at once, one notification lists them rather than flooding the screen. */
export function groupedNotice(reminders: readonly DueReminder[]): ReminderNotice {
  const cases = [...new Set(reminders.map((r) => r.caseId))];
  return {
    title: `${reminders.length} child protection deadlines coming up`,
    message: `Cases ${cases.slice(0, 6).join(', ')}${cases.length > 6 ? ` and ${cases.length - 6} more` : ''}. Open the dashboard to see them.`,
  };
}
