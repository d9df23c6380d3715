import type { IsoDate } from '../domain';
import { compareDates } from '../rules/calendar';
import { type Badge, overdueBadge, overdueCount } from './badge';
import {
  type CaseFindings,
  caseOfKey,
  type DueReminder,
  dueOfKey,
  remindersDue,
} from './due-reminders';

export interface ReminderSettings {
  enabled: boolean;
  daysBefore: number;
}

export interface ReminderRunInput {
  cases: readonly CaseFindings[];
  today: IsoDate;
  settings: ReminderSettings;
  /** The user granted the notifications permission: the opt-in (it is optional in the manifest). */
  notificationsAllowed: boolean;
  /** Keys of reminders already shown. */
  sent: readonly string[];
}

export interface ReminderRun {
  badge: Badge;
  /** Reminders to show now (none unless opted in). */
  notify: DueReminder[];
  /** The keys to keep as shown: the old ones still current, plus those shown now. */
  sent: string[];
}

/** Above this many at once, one notification stands for them all. */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

/**
 * What one check does: the badge always shows the overdue count (it carries no personal data);
 * notifications only when the user has opted in, each deadline once.
 */
export function planReminderRun(input: ReminderRunInput): ReminderRun {
  const badge = overdueBadge(overdueCount(input.cases));
  // A key is kept only while its day has not passed and its case is still stored: deleting a
  // case (or everything) leaves nothing of it behind here either.
  const stored = new Set(input.cases.map((c) => c.caseId));
  const kept = input.sent.filter((key) => {
    const due = dueOfKey(key);
    const caseId = caseOfKey(key);
    return (
      due !== undefined &&
      caseId !== undefined &&
      stored.has(caseId) &&
      compareDates(due, input.today) >= 0
    );
  });
  if (!input.settings.enabled || !input.notificationsAllowed) {
    return { badge, notify: [], sent: kept };
  }
  const shown = new Set(kept);
  const notify = remindersDue(input.cases, {
    today: input.today,
    daysBefore: input.settings.daysBefore,
  }).filter((r) => !shown.has(r.key));
  return { badge, notify, sent: [...kept, ...notify.map((r) => r.key)] };
}
