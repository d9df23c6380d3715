import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { caseChangedNotice } from '../../lib/messages/case-changed';
import { handleMessage, type InjectedScript } from '../../lib/messages/handle-message';
import type { CaseChangedNotice, TabCommand } from '../../lib/messages/messages';
import { createPreparedSidebarData } from '../../lib/messages/prepared-sidebar-data';
import { createReadsBeingStored } from '../../lib/messages/reads-being-stored';
import { readPolicy, type SettingsContext } from '../../lib/settings/settings-commands';
import { openLensDb } from '../../lib/store';
import { startPurgeSchedule } from './purge';
import { startReminders } from './reminders';

/** Tells open sidebars and pages to fetch again. Nobody listening is not an error. */
function notifyCaseChanged(
  caseId: CaseChangedNotice['caseId'],
  notice: CaseChangedNotice = { type: 'case-changed', caseId },
) {
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

/**
 * Runs one of the extension's unlisted scripts (entrypoints/generic-reader.ts, teach-a-field.ts)
 * in a frame of a case page, in the content script's isolated world: they are kept out of the
 * content script (issue 8's size budget) and loaded only where needed. `scripting` is in Chrome's
 * MV3 and Firefox's MV2 (102+); `tabs.executeScript` is the older Firefox way.
 */
async function injectScript(
  tabId: number,
  frameId: number,
  script: InjectedScript | 'teach-a-field',
) {
  const file = script === 'generic-reader' ? '/generic-reader.js' : '/teach-a-field.js';
  if (browser.scripting) {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [file],
    });
    return;
  }
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file, frameId });
}

/** Sends a tab's content script a command, loading teach mode first when it is for that. */
async function tellTab(tabId: number, command: TabCommand) {
  if (command.type === 'teach-mode' && command.field !== null) {
    await injectScript(tabId, 0, 'teach-a-field');
  }
  return browser.tabs.sendMessage(tabId, command, { frameId: 0 });
}

export default defineBackground(() => {
  const db = openLensDb();
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  // Site profiles (browser.storage.local), the organisation's policy (storage.managed, which
  // some browsers lack: readManagedConfig copes) and the tabs, for teach-a-field.
  const settings: SettingsContext = {
    siteProfiles: browser.storage.local,
    managed: browser.storage.managed,
    tellTab,
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
  // A sidebar opened while its page's read is stored asks once, answered when the store is done.
  const storing = createReadsBeingStored();
  // Sidebar answers read as each page read is stored; dropped on any write (Dexie tells of this
  // worker's writes and, by BroadcastChannel, of the extension pages'), any storage change (the
  // settings, site profiles and policy it includes) and any purge.
  const prepared = createPreparedSidebarData();
  Dexie.on('storagemutated', () => prepared.written());
  browser.storage.onChanged.addListener(() => prepared.written());
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const handled = handleMessage(message, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin,
      now: () => new Date(),
      injectScript,
      storing,
      prepared,
      ...settings,
    });
    handled
      .then((result) => {
        sendResponse(result);
        const notice = result.ok ? caseChangedNotice(message, result.value) : undefined;
        if (notice) notifyCaseChanged(notice.caseId, notice);
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
