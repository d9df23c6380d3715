import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURGE_ALARM } from '../../entrypoints/background/purge';
import type { IsoDate } from '../../lib/domain';
import { addDays } from '../../lib/rules/calendar';
import { ExportFileSchema, type LensExport } from '../../lib/store';
import { type DemoSession, startDemoSession } from './demo-session';
import { openCasePage } from './sidebar';

/*
 * Issue 5, retention: the background runs purgeExpired when it starts and daily on an alarm
 * (entrypoints/background/purge.ts), and the options page's period and "delete expired cases
 * now" reach it. Old cases are put in through the options page's import, the way a worker could.
 */

/** The extension API inside the worker and the extension's pages, where these tests evaluate. */
declare const chrome: typeof import('wxt/browser').browser;

/** Waits on the browser's state may take a while on two busy cores; they never sleep. */
const BROWSER_WAIT = { timeout: 30_000 };

let demo: DemoSession;
let extensionOrigin: string;
let options: Page;

beforeAll(async () => {
  demo = await startDemoSession();
  extensionOrigin = `chrome-extension://${demo.browser.extensionId}`;
  options = await demo.browser.context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
});
afterAll(async () => {
  await demo?.close();
});

interface OldCase {
  caseId: string;
  lastUsed: IsoDate;
  planEnded?: IsoDate;
}

/** An export file of cases last used (and plans ended) on the days given. */
function exportOf(cases: OldCase[]): LensExport {
  const origin = new URL(demo.baseUrl).origin;
  return ExportFileSchema.parse({
    format: 'core-group-lens-export',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    scope: 'all',
    cases: cases.map(({ caseId, lastUsed, planEnded }) => {
      const readAt = `${lastUsed}T12:00:00.000Z`;
      const fields = {
        icpcDate: addDays(lastUsed, -30),
        ...(planEnded ? { planEndDate: planEnded } : {}),
      };
      return {
        caseId,
        origin,
        firstReadAt: readAt,
        lastReadAt: readAt,
        record: { caseId, ...fields },
        pageReads: [
          {
            caseId,
            pageKind: 'case-summary',
            path: `/careflow/case/${caseId}/summary`,
            readAt,
            fields,
            unread: [],
          },
        ],
        corrections: [],
      };
    }),
  });
}

async function importThroughOptions(file: LensExport, expected: RegExp): Promise<void> {
  await options.getByLabel('Export file to import').setInputFiles({
    name: 'old-cases.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByTestId('import-status').getByText(expected).waitFor();
}

/** The case ids stored, read with plain IndexedDB in the extension origin. */
async function storedCaseIds(): Promise<string[]> {
  return options.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('core-group-lens')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('core-group-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('cases').objectStore('cases').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return (keys as string[]).sort();
  });
}

/** Everything stored, as text, to check a purged case id is nowhere, audit log included. */
async function everythingStored(): Promise<string> {
  return options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('core-group-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      all[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return JSON.stringify(all);
  });
}

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await demo.browser.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.find((v) => v.scriptURL.startsWith(`${extensionOrigin}/`));
      if (ours?.runningStatus === 'stopped') resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** The extension's worker as it is now: once stopped, the browser may give it a new target. */
function liveWorker(): Worker {
  const ours = demo.browser.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${demo.browser.extensionId}/`));
  if (!ours) throw new Error('The extension service worker is not running.');
  return ours;
}

describe('retention: expired cases are purged by the background on its own', () => {
  it('purges, when the worker starts, cases unused or whose plan ended past the period', async () => {
    const page = await demo.browser.context.newPage();
    await openCasePage(page, demo.cases.find((c) => c.caseId === 'CF-1001')?.pages[0] ?? '');
    await importThroughOptions(
      exportOf([
        { caseId: 'OLD-UNUSED', lastUsed: addDays(demo.today, -120) },
        {
          caseId: 'OLD-PLAN-ENDED',
          lastUsed: addDays(demo.today, -2),
          planEnded: addDays(demo.today, -100),
        },
        { caseId: 'RECENT', lastUsed: addDays(demo.today, -80) },
      ]),
      /Imported: 3 new cases/,
    );
    expect(await storedCaseIds()).toEqual(['CF-1001', 'OLD-PLAN-ENDED', 'OLD-UNUSED', 'RECENT']);

    await stopServiceWorker(page);
    // Anything wakes it; this message itself deletes nothing.
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'get-settings' }));
    await expect.poll(storedCaseIds, BROWSER_WAIT).toEqual(['CF-1001', 'RECENT']);
    const stored = await everythingStored();
    expect(stored).not.toContain('OLD-UNUSED');
    expect(stored).not.toContain('OLD-PLAN-ENDED');
    await options.getByRole('row', { name: /Deleted what the retention period expired/ }).waitFor();
    await page.close();
  });

  it('keeps a daily alarm, and purges when it fires', async () => {
    const alarm = await liveWorker().evaluate((name) => chrome.alarms.get(name), PURGE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 23 * 60 * 60 * 1000);

    await importThroughOptions(
      exportOf([{ caseId: 'OLD-ALARM', lastUsed: addDays(demo.today, -200) }]),
      /Imported: 1 new case/,
    );
    expect(await storedCaseIds()).toContain('OLD-ALARM');
    // Bring the alarm forward (allowed for an unpacked extension) instead of waiting a day.
    await liveWorker().evaluate(
      (name) => chrome.alarms.create(name, { when: Date.now() + 10, periodInMinutes: 24 * 60 }),
      PURGE_ALARM,
    );
    await expect.poll(storedCaseIds, BROWSER_WAIT).not.toContain('OLD-ALARM');
    expect(await storedCaseIds()).toContain('RECENT');
  });

  it('applies a shorter period saved on the options page when asked to delete expired cases now', async () => {
    const field = options.getByLabel(
      'Days to keep a case after it was last used or its plan ended',
    );
    await field.fill('60');
    await options.getByRole('button', { name: 'Save' }).click();
    await options
      .getByTestId('retention-status')
      .getByText(/kept for 60 days/)
      .waitFor();
    expect(await field.inputValue()).toBe('60');

    // RECENT was last used 80 days ago: kept under 90 days, expired under 60.
    await options.getByRole('button', { name: 'Delete expired cases now' }).click();
    await options
      .getByTestId('purge-status')
      .getByText(/Deleted 1 case/)
      .waitFor();
    expect(await storedCaseIds()).toEqual(['CF-1001']);

    await field.fill('0');
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Enter a whole number of days from 1 to 3650.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
  });
});
