import type { CDPSession, Page, Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, startDemoSession } from './demo-session';
import { openCasePage } from './sidebar';

/*
 * Issue 5, "no network": the extension makes no request of its own. Every request in the browser
 * context is recorded (pages, frames, the sidebar, the options page and the service worker; the
 * recorder sees the worker's requests, proved by a control fetch) during a whole demo session.
 */

interface Seen {
  url: string;
  fromServiceWorker: boolean;
}

/** Waits on the browser's state may take a while on two busy cores; they never sleep. */
const BROWSER_WAIT = { timeout: 30_000 };

let demo: DemoSession;
let extensionOrigin: string;
const seen: Seen[] = [];
const record = (request: Request) =>
  seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });

beforeAll(async () => {
  demo = await startDemoSession();
  extensionOrigin = `chrome-extension://${demo.browser.extensionId}`;
  demo.browser.context.on('request', record);
});
afterAll(async () => {
  await demo?.close();
});

/** Allowed: the demo case system itself, and the extension's own files (and blobs it made). */
function isAllowed(url: string): boolean {
  if (url.startsWith(`${extensionOrigin}/`)) return true;
  if (url.startsWith(`blob:${extensionOrigin}/`)) return true;
  try {
    return new URL(url).origin === new URL(demo.baseUrl).origin;
  } catch {
    return false;
  }
}

/** Stops the extension's service worker and resolves once the browser reports it stopped. */
async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (
        versions.some(
          (v) => v.scriptURL.startsWith(`${extensionOrigin}/`) && v.runningStatus === 'stopped',
        )
      ) {
        resolve();
      }
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

async function openOptions(page: Page): Promise<void> {
  await page.goto(`${extensionOrigin}/options.html`);
  await page.getByRole('heading', { name: 'Core Group Lens: your data' }).waitFor();
}

/** The extension's worker as it is now: once stopped, the browser may give it a new target. */
function liveWorker(): Worker {
  const ours = demo.browser.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${demo.browser.extensionId}/`));
  if (!ours) throw new Error('The extension service worker is not running.');
  return ours;
}

describe('no network: the extension sends nothing anywhere', () => {
  it('every request of a whole demo session goes to the case system or the extension itself', async () => {
    const page = await demo.browser.context.newPage();
    // The worker started before the recorder was attached: stop it, so its start-up (and the
    // retention purge it runs) happens again in view.
    const cdp = await demo.browser.context.newCDPSession(page);
    await stopServiceWorker(cdp);
    await cdp.detach();

    await page.goto(`${demo.baseUrl}/`);
    let casePages = 0;
    for (const demoCase of demo.cases) {
      for (const url of demoCase.pages) {
        if ((await openCasePage(page, url)) === 'sidebar') casePages++;
      }
    }
    expect(casePages).toBe(demo.cases.reduce((n, c) => n + c.pages.length, 0));

    const options = await demo.browser.context.newPage();
    await openOptions(options);
    await options.getByText(`${demo.cases.length} cases are stored.`).waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    await (await download).path();
    await options
      .getByTestId('export-status')
      .getByText(/Saved core-group-lens-all/)
      .waitFor();

    const offending = seen.filter((s) => !isAllowed(s.url)).map((s) => s.url);
    expect(offending).toEqual([]);
    // The worker fetches nothing. The browser loading the worker's own script when it restarts
    // may be attributed to it (when not served from the script cache); nothing else may be.
    const workerScript = liveWorker().url();
    const fromWorker = seen.filter((s) => s.fromServiceWorker).map((s) => s.url);
    expect(fromWorker.filter((url) => url !== workerScript)).toEqual([]);
    // The session did what it claims: the pages, the sidebar frames and the options page loaded.
    expect(seen.some((s) => s.url.startsWith(`${demo.baseUrl}/careflow/`))).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`${demo.baseUrl}/gridcase/`))).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`${extensionOrigin}/sidebar.html`))).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`${extensionOrigin}/options.html`))).toBe(true);
    await options.close();
    await page.close();
  }, 300_000);

  it('would have seen a request: controls from the worker and from a page are recorded and flagged', async () => {
    const page = await demo.browser.context.newPage();
    await page.goto(`${demo.baseUrl}/`);
    const elsewhere = 'http://localhost:9/core-group-lens-control';
    const fromPage = page.waitForEvent('requestfailed', (r) => r.url() === elsewhere);
    await page.evaluate((url) => fetch(url).catch(() => undefined), elsewhere);
    await fromPage;

    const control = `${demo.baseUrl}/__demo/cases.json?control=service-worker`;
    await liveWorker().evaluate((url) => fetch(url).then((r) => r.status), control);
    await expect
      .poll(() => seen.find((s) => s.url === control)?.fromServiceWorker, BROWSER_WAIT)
      .toBe(true);
    expect(seen.filter((s) => !isAllowed(s.url)).map((s) => s.url)).toEqual([elsewhere]);
    await page.close();
  });
});
