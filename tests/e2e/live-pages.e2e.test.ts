import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './browser';
import { type DemoSession, readExtensionDb, startDemoSession } from './demo-session';
import { openCasePage, sidebarOf } from './sidebar';

/*
 * Live pages (issue 4, item 5): the demo pages are static, so these tests play a single-page
 * case system from Playwright: they edit the DOM, and swap in another page's HTML (fetched from
 * the demo server) before or after `history.pushState`, the way a SPA's router does.
 */

/** What a content script sent about a page: what it shows, before the background builds it. */
interface SentRead {
  caseId: string;
  path: string;
  pageKind: string;
  /** The ICPC date as the page shows it. */
  icpcShown?: string;
  /** How many core group rows the page shows. */
  coreGroups?: number;
  notFound: number;
}

let demo: DemoSession;
let page: Page;

beforeAll(async () => {
  demo = await startDemoSession();
  page = await demo.browser.context.newPage();
});
afterAll(async () => {
  await demo?.close();
});
beforeEach(async () => {
  await recordPageReads(demo.browser);
});

/** Keeps, in the service worker, what every page-read message said (the handler is untouched). */
async function recordPageReads(browser: ExtensionBrowser) {
  await browser.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __reads?: unknown[]; __recording?: boolean };
    g.__reads = [];
    if (g.__recording) return;
    g.__recording = true;
    const { runtime } = (
      globalThis as unknown as {
        chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => void): void } } };
      }
    ).chrome;
    runtime.onMessage.addListener((message: unknown) => {
      // The message carries the wire form (lib/extract/page-shown-wire.ts): `t` is the text.
      type Found = { t: string };
      const m = message as {
        type?: string;
        shown?: {
          path: string;
          findings: {
            pageKind: string;
            caseValues: { caseId?: Found; icpcDate?: Found };
            lists: { coreGroups?: unknown[] };
            unread: { reason: string }[];
          };
        };
      };
      if (m?.type !== 'page-read' || !m.shown) return;
      const { findings } = m.shown;
      g.__reads?.push({
        caseId: findings.caseValues.caseId?.t.trim(),
        path: m.shown.path,
        pageKind: findings.pageKind,
        icpcShown: findings.caseValues.icpcDate?.t,
        coreGroups: findings.lists.coreGroups?.length,
        notFound: findings.unread.filter((u) => u.reason.endsWith('not found on page')).length,
      });
    });
  });
}

function sentReads(): Promise<SentRead[]> {
  return demo.browser.serviceWorker.evaluate(
    () => (globalThis as unknown as { __reads: SentRead[] }).__reads,
  );
}

/** How many reads the content script has finished (sent and shown), from its mark on <html>. */
async function readsDone(): Promise<number> {
  return Number((await page.getAttribute('html', 'data-core-group-lens-reads')) ?? '0');
}

function pathOf(caseId: string, ending: string): string {
  const found = demo.cases.find((c) => c.caseId === caseId)?.pages.find((p) => p.endsWith(ending));
  if (!found) throw new Error(`no ${ending} page for ${caseId}`);
  return new URL(found).pathname;
}

/** Replaces the page's body with another demo page's, as a SPA renders its next view. */
async function renderPage(path: string) {
  await page.evaluate(async (path) => {
    const html = await (await fetch(path)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    document.title = next.title;
    document.body.innerHTML = next.body.innerHTML;
  }, path);
}

async function storedIcpc(caseId: string): Promise<string | undefined> {
  const { tables } = await readExtensionDb(demo.browser);
  return (tables.cases as { caseId: string; icpcDate?: string }[] | undefined)?.find(
    (c) => c.caseId === caseId,
  )?.icpcDate;
}

describe('live pages: reading again as the page changes', () => {
  it('stores a value the page changes in place, sent once', async () => {
    const summary = pathOf('CF-1001', '/summary');
    expect(await openCasePage(page, `${demo.baseUrl}${summary}`)).toBe('sidebar');
    await expect.poll(readsDone).toBeGreaterThanOrEqual(1);
    await recordPageReads(demo.browser);

    await page.evaluate(() => {
      document.querySelector('#icpc-date')?.setAttribute('value', '01/10/2026');
    });
    await expect.poll(() => storedIcpc('CF-1001'), { timeout: 15_000 }).toBe('2026-10-01');
    const sent = await sentReads();
    expect(sent.map((r) => [r.path, r.icpcShown])).toEqual([[summary, '01/10/2026']]);
  });

  it('ignores its own nodes, scripts and styles, and does not send an unchanged page again', async () => {
    const before = await readsDone();
    await page.evaluate(() => {
      document.head.append(document.createElement('style'));
      document.body.append(document.createElement('script'));
      document
        .querySelector('[data-core-group-lens="sidebar"]')
        ?.setAttribute('data-test-touch', 'yes');
      // The case details drawn again, the same: a change to read, with nothing new in it.
      const details = document.querySelector('#case-details');
      if (details) details.innerHTML = `${details.innerHTML}`;
    });
    await expect.poll(readsDone, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(await readsDone()).toBe(before + 1);
    expect(await sentReads()).toEqual([]);
  });

  it('follows a single-page navigation to another case: store and sidebar', async () => {
    const next = pathOf('CF-1002', '/summary');
    await renderPage(next);
    await page.evaluate((next) => history.pushState({}, '', next), next);
    await expect
      .poll(() => sidebarOf(page).locator('[data-testid="case-id"]').textContent(), {
        timeout: 20_000,
      })
      .toBe('CF-1002');
    const sent = await sentReads();
    expect(sent.map((r) => [r.caseId, r.path, r.pageKind])).toEqual([
      ['CF-1002', next, 'case-summary'],
    ]);
    const expected = demo.cases.find((c) => c.caseId === 'CF-1002')?.record.icpcDate;
    await expect.poll(() => storedIcpc('CF-1002')).toBe(expected);
  });

  it('waits for the new page to be drawn: the old page is never stored under the new address', async () => {
    const coreGroups = pathOf('CF-1001', '/core-groups');
    // The router changes the address first and draws the page a second later.
    await page.evaluate(async (path) => {
      history.pushState({}, '', path);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const html = await (await fetch(path)).text();
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, coreGroups);
    await expect
      .poll(async () => (await sentReads()).filter((r) => r.path === coreGroups).length, {
        timeout: 20_000,
      })
      .toBe(1);
    const [read] = (await sentReads()).filter((r) => r.path === coreGroups);
    const record = demo.cases.find((c) => c.caseId === 'CF-1001')?.record;
    expect(read).toMatchObject({
      caseId: 'CF-1001',
      pageKind: 'core-group',
      coreGroups: record?.coreGroups.length,
      notFound: 0,
    });
    await expect
      .poll(() => sidebarOf(page).locator('[data-testid="case-id"]').textContent())
      .toBe('CF-1001');
  });

  it('follows Back (popstate) too', async () => {
    const previous = pathOf('CF-1002', '/summary');
    await renderPage(previous);
    await page.evaluate(() => history.back());
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe(previous);
    await expect
      .poll(() => sidebarOf(page).locator('[data-testid="case-id"]').textContent(), {
        timeout: 20_000,
      })
      .toBe('CF-1002');
  });

  it('hears a navigation that changes nothing on the page (no DOM change to go by)', async () => {
    const here = await page.evaluate(() => location.pathname);
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?from=list`));
    await expect
      .poll(async () => (await sentReads()).map((r) => r.path), { timeout: 20_000 })
      .toEqual([`${here}?from=list`]);
  });

  it('takes the sidebar down when the page moves on to something that is not a case', async () => {
    await page.evaluate(() => {
      // The SPA redraws its own part of the page and leaves the sidebar's frame where it is.
      for (const el of Array.from(document.body.children)) {
        if (!el.hasAttribute('data-core-group-lens')) el.remove();
      }
      document.body.insertAdjacentHTML('afterbegin', '<main><h1>Reports</h1><p>None.</p></main>');
      history.pushState({}, '', '/reports');
    });
    expect(await page.locator('[data-core-group-lens="sidebar"]').count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-core-group-lens="sidebar"]').count(), { timeout: 20_000 })
      .toBe(0);
    expect(await page.getAttribute('html', 'data-core-group-lens')).toBe('not-a-case-page');
  });
});
