import { browser } from 'wxt/browser';
import type { ReminderPermission } from '../../components/dashboard/RemindersPanel';

/** What the dashboard needs to turn reminders on and off (the tests pass their own). */
export interface ReminderControls {
  state(): Promise<ReminderPermission>;
  /** Must run in the click handler: the browser asks only in answer to the user's gesture. */
  turnOn(): Promise<ReminderPermission>;
  turnOff(): Promise<ReminderPermission>;
  /** Saves how many working days ahead to remind; resolves with why not, if it could not. */
  setDaysBefore(days: number): Promise<string | undefined>;
}

/** Settings change through the background, like every other change to the store. */
async function putReminderSettings(reminders: {
  enabled?: boolean;
  daysBefore?: number;
}): Promise<string | undefined> {
  try {
    const result = (await browser.runtime.sendMessage({
      type: 'put-settings',
      patch: { reminders },
    })) as { ok?: boolean; error?: { message?: string } } | undefined;
    return result?.ok ? undefined : (result?.error?.message ?? 'The background did not answer.');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Notifications are an optional permission (see the report for the manifest): granting it is the
 * user's opt-in, and removing it is the opt-out. Turning on also switches reminders on in the
 * settings, so the one button does what it says. The background checks both before each one.
 */
export function browserReminderControls(): ReminderControls {
  const permissions = browser.permissions;
  const state = async (): Promise<ReminderPermission> => {
    if (!permissions?.contains) return 'unavailable';
    try {
      return (await permissions.contains({ permissions: ['notifications'] }))
        ? 'granted'
        : 'not-granted';
    } catch {
      // Not listed in the manifest's optional permissions: this build cannot notify.
      return 'unavailable';
    }
  };
  return {
    state,
    async turnOn() {
      try {
        if (!(await permissions.request({ permissions: ['notifications'] }))) return state();
      } catch {
        return 'unavailable';
      }
      await putReminderSettings({ enabled: true });
      return state();
    },
    async turnOff() {
      await putReminderSettings({ enabled: false });
      try {
        await permissions.remove({ permissions: ['notifications'] });
      } catch {
        return 'unavailable';
      }
      return state();
    },
    setDaysBefore: (days) => putReminderSettings({ daysBefore: days }),
  };
}
