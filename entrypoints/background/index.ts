import { browser } from 'wxt/browser';
import { handleMessage } from '../../lib/messages/handle-message';
import { CASE_CHANGING_MESSAGES, type CaseChangedNotice } from '../../lib/messages/messages';
import { readPolicy, type SettingsContext } from '../../lib/settings/settings-commands';
import { openLensDb } from '../../lib/store';
import { startPurgeSchedule } from './purge';
import { startReminders } from './reminders';

/** Tells open sidebars and pages to fetch again. Nobody listening is not an error. */
function notifyCaseChanged(caseId: CaseChangedNotice['caseId']) {
  const notice: CaseChangedNotice = { type: 'case-changed', caseId };
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

function changedCase(message: unknown): CaseChangedNotice['caseId'] | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, caseId, read } = message as {
    type?: string;
    caseId?: string;
    read?: { caseId?: string };
  };
  // Settings (region, procedure) change every case's findings.
  if (type === 'delete-everything' || type === 'put-settings') return '*';
  // An import or a purge can add or remove any number of cases.
  if (type === 'data-imported' || type === 'purge-expired') return '*';
  if (!type || !CASE_CHANGING_MESSAGES.has(type as never)) return undefined;
  return caseId ?? read?.caseId;
}

export default defineBackground(() => {
  const db = openLensDb();
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // Site profiles (browser.storage.local), the organisation's policy (storage.managed, which
  // some browsers lack: readManagedConfig copes) and the tabs, for teach-a-field.
  const settings: SettingsContext = {
    siteProfiles: browser.storage.local,
    managed: browser.storage.managed,
    tellTab: (tabId, command) => browser.tabs.sendMessage(tabId, command, { frameId: 0 }),
    notifyPages: (notice) => {
      browser.runtime.sendMessage(notice).catch(() => undefined);
    },
  };
  void startPurgeSchedule(db, {
    onPurged: () => notifyCaseChanged('*'),
    policyRetentionDays: async () => (await readPolicy(settings)).config.retentionDays,
  });
  startReminders(db);
  // The toolbar button (with its overdue badge) opens the practice-lead dashboard.
  (browser.action ?? browser.browserAction)?.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  });
  // A policy change can change every case's findings (region, procedure).
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') notifyCaseChanged('*');
  });

  // sendResponse + `return true` rather than a returned promise: it works the same in every
  // browser the extension targets.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin,
      now: () => new Date(),
      ...settings,
    })
      .then((result) => {
        sendResponse(result);
        const caseId = result.ok ? changedCase(message) : undefined;
        if (caseId) notifyCaseChanged(caseId);
      })
      .catch((error: unknown) =>
        sendResponse({
          ok: false,
          error: {
            code: 'internal',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
      );
    return true;
  });
});
