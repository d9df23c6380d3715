import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { DashboardMemo } from '../../lib/present/dashboard-memo';
import { routeHash } from '../../lib/present/dashboard-route';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import type { Badge } from '../../lib/reminders/badge';
import type { CaseFindings } from '../../lib/reminders/due-reminders';
import {
  MAX_SEPARATE_NOTIFICATIONS,
  planReminderRun,
  type ReminderRun,
} from '../../lib/reminders/reminder-run';
import {
  groupedNotice,
  type ReminderNotice,
  reminderNotice,
} from '../../lib/reminders/reminder-text';
import { todayInLondon } from '../../lib/rules/calendar';
import { effectiveSettings } from '../../lib/settings/effective-settings';
import { type ManagedConfig, readManagedConfig } from '../../lib/settings/managed-config';
import { getSettings, type LensDb } from '../../lib/store';
import { loadCases, RecordCache } from '../dashboard/load-cases';
import { REMINDER_ICON } from './reminder-icon';

/** The hourly check's alarm (the tests fire it by this name). */
export const REMINDER_ALARM = 'core-group-lens-reminders';
const CHECK_EVERY_MINUTES = 60;
/** Where the keys of reminders already shown are kept, so each is shown once. */
export const SENT_KEY = 'remindersSent';
const NOTIFICATION_PREFIX = 'core-group-lens-reminder|';
const GROUPED_NOTIFICATION = 'core-group-lens-reminders';
/** Dark red from the sidebar palette: white text on it is 8.6:1. */
const BADGE_COLOUR = '#8a1c0f';

/** Everything the reminders touch outside the store: the browser's, or a test's. */
export interface ReminderBrowser {
  now(): Date;
  onAlarm(listener: (name: string) => void): void;
  ensureAlarm(name: string, periodInMinutes: number): Promise<void>;
  onNotificationClicked(listener: (id: string) => void): void;
  /** The user granted or took back a permission (the notifications opt-in). */
  onPermissionsChanged(listener: () => void): void;
  /** The organisation's policy (region, procedure), as checked; empty where there is none. */
  policy(): Promise<ManagedConfig>;
  onPolicyChanged(listener: () => void): void;
  /**
   * An extension page asked to delete everything: the database itself is deleted, which no
   * store watcher sees, so the badge and the remembered reminders are refreshed from it.
   */
  onEverythingDeleted(listener: () => void): void;
  notificationsAllowed(): Promise<boolean>;
  notify(id: string, notice: ReminderNotice): Promise<void>;
  clearNotification(id: string): Promise<void>;
  setBadge(badge: Badge): Promise<void>;
  loadSent(): Promise<string[]>;
  saveSent(keys: string[]): Promise<void>;
  openDashboard(hash: string): Promise<void>;
}

export interface ReminderHandle {
  /** Runs a check now (the alarm, a permission change and every stored change call this). */
  check(): Promise<ReminderRun | undefined>;
  stop(): void;
}

/**
 * Starts the reminders: an hourly alarm (and any change to a stored case) recounts the overdue
 * deadlines for the toolbar badge and, if the user has opted in, shows a notification for each
 * deadline now within the configured number of working days, once. Call it in the background's
 * first turn: listeners must be registered synchronously to hear the event that woke the worker.
 */
export function startReminders(
  db: LensDb,
  ports: ReminderBrowser = browserReminderPorts(),
): ReminderHandle {
  const cache = new RecordCache();
  const memo = new DashboardMemo();
  let running: Promise<ReminderRun | undefined> = Promise.resolve(undefined);
  let stopped = false;

  const runOnce = async (): Promise<ReminderRun | undefined> => {
    const today = todayInLondon(ports.now());
    const local = await getSettings(db);
    // The organisation's policy wins, as in the sidebar and the dashboard.
    const stored = local.ok ? effectiveSettings(local.value, await ports.policy()) : undefined;
    const setup = rulesSetup(stored, today);
    const inputs = await loadCases(db, cache);
    const cases: CaseFindings[] = inputs.map((input) => ({
      caseId: input.caseId,
      findings: memo.findingsFor(
        input.caseId,
        input.updatedAt,
        input.record,
        setup,
        input.listsRead,
      ),
      childIds: input.record.children.map((c) => c.id),
    }));
    const run = planReminderRun({
      cases,
      today,
      settings: stored?.reminders ?? { enabled: false, daysBefore: 3 },
      notificationsAllowed: await ports.notificationsAllowed(),
      sent: await ports.loadSent(),
    });
    await ports.setBadge(run.badge);
    if (run.notify.length > MAX_SEPARATE_NOTIFICATIONS) {
      await ports.notify(GROUPED_NOTIFICATION, groupedNotice(run.notify));
    } else {
      for (const reminder of run.notify) {
        await ports.notify(
          `${NOTIFICATION_PREFIX}${reminder.caseId}|${reminder.key}`,
          reminderNotice(reminder, today),
        );
      }
    }
    await ports.saveSent(run.sent);
    return run;
  };

  // One check at a time: an alarm and a page read arriving together must not notify twice.
  const check = () => {
    running = running.then(
      () => (stopped ? undefined : runOnce()),
      () => (stopped ? undefined : runOnce()),
    );
    return running.catch((error: unknown) => {
      // Only the kind of failure is logged: the console must never hold case data.
      console.warn(`Core Group Lens: reminder check failed (${(error as Error)?.name ?? 'error'})`);
      return undefined;
    });
  };

  ports.onAlarm((name) => {
    if (name === REMINDER_ALARM) void check();
  });
  ports.onPermissionsChanged(() => void check());
  ports.onPolicyChanged(() => void check());
  ports.onNotificationClicked((id) => {
    if (id === GROUPED_NOTIFICATION) {
      void ports.openDashboard(routeHash({ view: 'list' }));
    } else if (id.startsWith(NOTIFICATION_PREFIX)) {
      const caseId = id.slice(NOTIFICATION_PREFIX.length).split('|')[0] ?? '';
      void ports.openDashboard(routeHash({ view: 'case', caseId }));
    } else {
      return;
    }
    void ports.clearNotification(id);
  });
  void ports.ensureAlarm(REMINDER_ALARM, CHECK_EVERY_MINUTES);

  // Every stored change moves a case row, so comparing the rows' versions after each write
  // catches every read, correction, deletion and purge, and settings changes too. Dexie tells
  // of every write, this worker's and (by BroadcastChannel) the extension pages'. Only a changed
  // version (or settings) is worth a check: an unchanged page read or a case being opened would
  // otherwise recount every case a second after each page of the case system loads. The versions
  // are read a second after the last write of a burst, not at once (as a live query did): read
  // at once, they took the worker and the database from the sidebar's answer (issue 8).
  let seen: string | undefined;
  const versions = async () => {
    const rows = await db.cases.toArray();
    const settings = await db.settings.toArray();
    return `${rows.map((r) => `${r.caseId}@${r.updatedAt}`).join(',')}|${JSON.stringify(settings)}`;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const compareSoon = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(async () => {
      timer = undefined;
      if (stopped) return;
      let now: string;
      try {
        now = await versions();
      } catch {
        return;
      }
      if (now === seen || stopped) return;
      seen = now;
      void check();
    }, delay);
  };
  const onWrite = () => compareSoon(1000);
  Dexie.on('storagemutated', onWrite);
  compareSoon(1000);
  // A deleted database is not a write Dexie reports: compared once the deletion is done.
  ports.onEverythingDeleted(() => compareSoon(2000));

  return {
    check,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onWrite);
    },
  };
}

/** The real browser: alarms, notifications, the toolbar badge and local storage. */
export function browserReminderPorts(): ReminderBrowser {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  let warnedNoAction = false;
  return {
    now: () => new Date(),
    onAlarm: (listener) => browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name)),
    async ensureAlarm(name, periodInMinutes) {
      // Kept, not re-created, so a worker restarting every few minutes does not keep
      // postponing it (Chrome may drop alarms on restart, hence the check at every start).
      if (await browser.alarms.get(name)) return;
      await browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes });
    },
    onNotificationClicked: (listener) => browser.notifications?.onClicked.addListener(listener),
    onPermissionsChanged: (listener) => {
      browser.permissions?.onAdded?.addListener(listener);
      browser.permissions?.onRemoved?.addListener(listener);
    },
    async policy() {
      return (await readManagedConfig(browser.storage.managed)).config;
    },
    onPolicyChanged: (listener) =>
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area === 'managed') listener();
      }),
    onEverythingDeleted: (listener) =>
      browser.runtime.onMessage.addListener((message, sender) => {
        const type = (message as { type?: unknown } | null)?.type;
        // Only a look: the background's own handler checks the sender and answers.
        if (type === 'delete-everything' && sender.id === browser.runtime.id) listener();
        return undefined;
      }),
    async notificationsAllowed() {
      try {
        return await browser.permissions.contains({ permissions: ['notifications'] });
      } catch {
        return false;
      }
    },
    async notify(id, notice) {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: REMINDER_ICON,
        title: notice.title,
        message: notice.message,
      });
    },
    async clearNotification(id) {
      await browser.notifications?.clear(id);
    },
    async setBadge(badge) {
      if (!action) {
        // Said once, not per check: the manifest needs an `action` for the toolbar badge.
        if (!warnedNoAction) console.warn('Core Group Lens: no toolbar action, so no badge');
        warnedNoAction = true;
        return;
      }
      await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
      await action.setBadgeText({ text: badge.text });
      await action.setTitle({ title: badge.title });
    },
    async loadSent() {
      const stored = await browser.storage.local.get(SENT_KEY);
      const keys = stored[SENT_KEY];
      return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
    },
    async saveSent(keys) {
      await browser.storage.local.set({ [SENT_KEY]: keys });
    },
    async openDashboard(hash) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
    },
  };
}
