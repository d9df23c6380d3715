import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, startDemoSession } from './demo-session';
import { openCasePage, sidebarOf } from './sidebar';

/*
 * Issue 5, done-when: "data written by the content-script path lands in the extension origin and
 * not the host page's IndexedDB; a worker restart mid-session loses nothing".
 */

/** Waits on the browser's state may take a while on two busy cores; they never sleep. */
const BROWSER_WAIT = { timeout: 30_000 };

let demo: DemoSession;
let extensionOrigin: string;

beforeAll(async () => {
  demo = await startDemoSession();
  extensionOrigin = `chrome-extension://${demo.browser.extensionId}`;
});
afterAll(async () => {
  await demo?.close();
});

function demoCase(caseId: string) {
  const found = demo.cases.find((c) => c.caseId === caseId);
  if (!found) throw new Error(`demo case ${caseId} missing`);
  return found;
}

function pageOf(caseId: string, ending: string): string {
  const url = demoCase(caseId).pages.find((p) => p.endsWith(ending));
  if (!url) throw new Error(`demo case ${caseId} has no ${ending} page`);
  return url;
}

type Tables = Record<string, Record<string, unknown>[]>;

/**
 * A document in the extension's origin that runs none of the extension's code (its manifest),
 * so reading the database from it wakes nothing: the worker stays stopped if it was.
 */
async function openExtensionOrigin(): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(`${extensionOrigin}/manifest.json`);
  return page;
}

/**
 * Every table of the extension's database, read with plain IndexedDB from an extension page
 * (the extension origin) without going through the service worker, which may be stopped.
 */
async function readStoredTables(extensionPage: Page): Promise<Tables | 'no database'> {
  return extensionPage.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('core-group-lens')) return 'no database' as const;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('core-group-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      tables[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return tables;
  });
}

async function storedRows(extensionPage: Page, table: string, caseId: string) {
  const tables = await readStoredTables(extensionPage);
  if (tables === 'no database') return [];
  return (tables[table] ?? []).filter((row) => row.caseId === caseId);
}

/** Follows the extension worker's running status as the browser reports it. */
async function watchServiceWorker(page: Page) {
  const cdp: CDPSession = await demo.browser.context.newCDPSession(page);
  let status = 'unknown';
  const waiters: { want: string; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.find((v) => v.scriptURL.startsWith(`${extensionOrigin}/`));
    if (!ours) return;
    status = ours.runningStatus;
    for (const waiter of waiters.filter((w) => w.want === status)) waiter.resolve();
  });
  await cdp.send('ServiceWorker.enable');
  const until = (want: string) =>
    status === want
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ want, resolve }));
  return {
    status: () => status,
    until,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until('stopped');
    },
    detach: () => cdp.detach(),
  };
}

/** The extension's worker as it is now: once stopped, the browser may give it a new target. */
function liveWorker(): Worker {
  const ours = demo.browser.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${demo.browser.extensionId}/`));
  if (!ours) throw new Error('The extension service worker is not running.');
  return ours;
}

describe('the store lives in the extension origin, never the case system’s', () => {
  it('page reads sent by the content script are stored in the extension and nowhere in the host page', async () => {
    const family = demoCase('CF-1001');
    const page = await demo.browser.context.newPage();
    for (const url of family.pages) expect(await openCasePage(page, url)).toBe('sidebar');

    const extensionPage = await openExtensionOrigin();
    const [stored] = await storedRows(extensionPage, 'cases', 'CF-1001');
    expect(stored?.icpcDate).toBe(family.record.icpcDate);
    expect(stored?.origin).toBe(new URL(demo.baseUrl).origin);
    const visits = await storedRows(extensionPage, 'visits', 'CF-1001');
    expect(visits.map((v) => v.date).sort()).toEqual(
      family.record.visits.map((v) => v.date).sort(),
    );
    const reads = (await storedRows(extensionPage, 'audit', 'CF-1001')).filter(
      (a) => a.action === 'read',
    );
    expect(reads.length).toBeGreaterThan(0);

    // The host page's origin holds nothing of ours: no database, no web storage, no caches.
    const hostStorage = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      caches: (await caches.keys()).length,
    }));
    expect(hostStorage).toEqual({ databases: [], localStorage: 0, sessionStorage: 0, caches: 0 });
    await extensionPage.close();
    await page.close();
  });
});

describe('a service worker restart mid-session loses nothing', () => {
  it('keeps what was read before the worker stopped, and stores the reads after it', async () => {
    const family = demoCase('CF-1003');
    const page = await demo.browser.context.newPage();
    const worker = await watchServiceWorker(page);
    expect(await openCasePage(page, pageOf('CF-1003', '/summary'))).toBe('sidebar');
    await worker.until('running');
    await liveWorker().evaluate(() => {
      (globalThis as { lensTestMarker?: string }).lensTestMarker = 'set before the stop';
    });

    await worker.stop();
    const extensionPage = await openExtensionOrigin();
    const [before] = await storedRows(extensionPage, 'cases', 'CF-1003');
    expect(before?.icpcDate).toBe(family.record.icpcDate);
    const childrenBefore = await storedRows(extensionPage, 'children', 'CF-1003');
    expect(childrenBefore.map((c) => c.name).sort()).toEqual(
      family.record.children.map((c) => c.name).sort(),
    );
    // Read from disk: the worker was still stopped (an extension page does not wake it).
    expect(worker.status()).toBe('stopped');

    // The next page read wakes a fresh worker, which stores it beside what was there.
    expect(await openCasePage(page, pageOf('CF-1003', '/core-groups'))).toBe('sidebar');
    await expect
      .poll(
        async () =>
          (await storedRows(extensionPage, 'coreGroups', 'CF-1003')).map((g) => g.date).sort(),
        BROWSER_WAIT,
      )
      .toEqual(family.record.coreGroups.map((g) => g.date).sort());
    const [after] = await storedRows(extensionPage, 'cases', 'CF-1003');
    expect(after?.icpcDate).toBe(family.record.icpcDate);
    expect(after?.firstReadAt).toBe(before?.firstReadAt);
    expect((await storedRows(extensionPage, 'children', 'CF-1003')).length).toBe(
      childrenBefore.length,
    );
    const pagesStored = (await storedRows(extensionPage, 'pageReads', 'CF-1003')).map(
      (r) => r.pageKind,
    );
    expect(pagesStored.sort()).toEqual(['case-summary', 'core-group']);

    // It really was a new worker: nothing of the old one's memory is left.
    await worker.until('running');
    await expect
      .poll(
        () =>
          liveWorker().evaluate(
            () => (globalThis as { lensTestMarker?: string }).lensTestMarker ?? 'gone',
          ),
        BROWSER_WAIT,
      )
      .toBe('gone');
    await expect
      .poll(() => sidebarOf(page).locator('[data-testid="case-id"]').textContent(), BROWSER_WAIT)
      .toBe('CF-1003');
    await worker.detach();
    await extensionPage.close();
    await page.close();
  });
});
