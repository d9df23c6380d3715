import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import { addDays, todayInLondon } from '../../lib/rules/calendar';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { readExtensionDb } from './demo-session';
import { openCasePage, SIDEBAR_FRAME, sidebarOf } from './sidebar';

/*
 * Teach a field (issue 4, item 6) on a case system no profile describes: a hand-written page
 * served here, whose labels the synonym list does not know. Its own script counts clicks, to
 * show teach mode keeps the worker's click from the page.
 */

const TODAY = todayInLondon(new Date());
const ICPC = addDays(TODAY, -22);
const HELD = addDays(TODAY, -8);
const MINUTES = addDays(TODAY, -5);
const NEXT = addDays(TODAY, 13);
const uk = (date: IsoDate) => formatUkDate(date);
const long = (date: IsoDate) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function casePage(caseId: string) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>${caseId}: family record</title></head><body>
<h1>Family record</h1>
<dl>
  <dt>Case reference</dt><dd>${caseId}</dd>
  <dt>First conference held on</dt><dd id="first-conference">${long(ICPC)}</dd>
  <dt>Plan end date</dt><dd>31/02/2027</dd>
</dl>
<h2>Meetings</h2>
<section class="meeting"><p>Meeting held on: ${uk(HELD)}</p><p>Minutes circulated: ${uk(MINUTES)}</p></section>
<section class="meeting"><p>Meeting held on: ${uk(NEXT)}</p></section>
<script>
  window.hostClicks = 0;
  document.addEventListener('click', () => { window.hostClicks++; });
</script>
</body></html>`;
}

const PAGES: Record<string, string> = {
  '/records/TC-2001/overview': casePage('TC-2001'),
  '/records/TC-3005/overview': casePage('TC-3005'),
  '/about':
    '<!doctype html><html lang="en-GB"><head><title>About</title></head><body><h1>About this system</h1><p>Version 2.</p></body></html>',
};

let server: Server;
let base: string;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function storedCase(caseId: string) {
  const { tables } = await readExtensionDb(browser);
  const record = (tables.cases as { caseId: string; icpcDate?: string }[] | undefined)?.find(
    (c) => c.caseId === caseId,
  );
  const coreGroups = (
    (tables.coreGroups ?? []) as { caseId: string; date: string; status: string }[]
  )
    .filter((g) => g.caseId === caseId)
    .map((g) => [g.date, g.status])
    .sort();
  return { icpcDate: record?.icpcDate, coreGroups };
}

/** In the sidebar: choose the field and start pointing; resolves once the page is pointing. */
async function startTeaching(field: string) {
  const sidebar = sidebarOf(page);
  const open = sidebar.getByTestId('teach-open');
  if (await open.isVisible()) await open.click();
  await sidebar.getByTestId('teach-field').selectOption(field);
  await sidebar.getByTestId('teach-start').click();
  await sidebar.getByTestId('teach-pointing').waitFor();
  await page.locator('[data-core-group-lens="teach"]').waitFor({ state: 'attached' });
}

describe('teach a field on a case system no profile describes', () => {
  it('a page where nothing case-like is found gets no sidebar', async () => {
    expect(await openCasePage(page, `${base}/about`)).toBe('no-sidebar');
    expect(await page.locator(SIDEBAR_FRAME).count()).toBe(0);
  });

  it('a case page says which fields it could not read, and why', async () => {
    expect(await openCasePage(page, `${base}/records/TC-2001/overview`)).toBe('sidebar');
    const unread = sidebarOf(page).getByTestId('unread');
    await unread.waitFor();
    const text = await unread.textContent();
    expect(text).toContain('Plan end date (“31/02/2027”)');
    expect(text).toMatch(/coreGroups\.date: coreGroups: values shown without their date/);
    expect((await storedCase('TC-2001')).icpcDate).toBeUndefined();
  });

  it('teaches a case-level field: the click is kept from the page, the value previewed and saved', async () => {
    await startTeaching('icpcDate');
    await page.hover('#first-conference');
    await page.click('#first-conference');
    const sidebar = sidebarOf(page);
    await expect
      .poll(() => sidebar.getByTestId('teach-preview').textContent())
      .toBe(`“${long(ICPC)}”, read as ${uk(ICPC)}`);
    expect(
      await page.evaluate(() => (window as unknown as { hostClicks: number }).hostClicks),
    ).toBe(0);
    expect(await page.locator('[data-core-group-lens="teach"]').count()).toBe(0);
    await sidebar.getByTestId('teach-save').click();
    await expect
      .poll(() => sidebar.getByTestId('teach-status').textContent())
      .toMatch(/Saved in “Taught on 127\.0\.0\.1”/);
    await expect
      .poll(async () => (await storedCase('TC-2001')).icpcDate, { timeout: 20_000 })
      .toBe(ICPC);
  });

  it('teaches a list field by its label: every meeting is read', async () => {
    await startTeaching('coreGroups.date');
    await page.click('.meeting p');
    const sidebar = sidebarOf(page);
    await expect.poll(() => sidebar.getByTestId('teach-preview').textContent()).toContain(uk(HELD));
    expect(await sidebar.getByTestId('teach-picked').textContent()).toMatch(
      /by its label “Meeting held on”, for every item of the list/,
    );
    await sidebar.getByTestId('teach-save').click();
    await expect
      .poll(async () => (await storedCase('TC-2001')).coreGroups, { timeout: 20_000 })
      .toEqual([
        [HELD, 'held'],
        [NEXT, 'scheduled'],
      ]);
    await expect
      .poll(async () => (await sidebar.getByTestId('unread').textContent()) ?? '')
      .not.toMatch(/coreGroups\.date/);
  });

  it('Esc on the page stops teaching, and the page gets its clicks back', async () => {
    await startTeaching('planEndDate');
    // The focus is in the sidebar after starting; the page's own Esc is sent to the page.
    await page.evaluate(() =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    await expect
      .poll(() => sidebarOf(page).getByTestId('teach-status').textContent())
      .toMatch(/Teaching stopped on the page/);
    expect(await page.locator('[data-core-group-lens="teach"]').count()).toBe(0);
    await page.click('h1');
    expect(
      await page.evaluate(() => (window as unknown as { hostClicks: number }).hostClicks),
    ).toBe(1);

    // Esc in the sidebar (where the focus is after starting) stops it too.
    await startTeaching('planEndDate');
    await sidebarOf(page).getByTestId('teach-pointing').press('Escape');
    await expect
      .poll(() => sidebarOf(page).getByTestId('teach-status').textContent())
      .toMatch(/Teaching stopped\./);
    await expect.poll(() => page.locator('[data-core-group-lens="teach"]').count()).toBe(0);
  });

  it('the same page of another case is read with what was taught, at once', async () => {
    expect(await openCasePage(page, `${base}/records/TC-3005/overview`)).toBe('sidebar');
    await expect
      .poll(async () => storedCase('TC-3005'), { timeout: 20_000 })
      .toEqual({
        icpcDate: ICPC,
        coreGroups: [
          [HELD, 'held'],
          [NEXT, 'scheduled'],
        ],
      });
  });

  it('the profile exports and imports as JSON on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const listed = options.getByTestId('site-profile-taught-127.0.0.1');
    await listed.waitFor();
    expect(await listed.textContent()).toMatch(/Taught on 127\.0\.0\.1/);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-site-profiles').click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.format).toBe('core-group-lens-site-profiles');
    expect(exported.siteProfiles[0]).toMatchObject({
      id: 'taught-127.0.0.1',
      urls: ['http://127.0.0.1/*'],
      synonyms: { 'coreGroups.date': ['Meeting held on'] },
      pages: [
        {
          path: '^/records/[^/]+/overview$',
          fields: { icpcDate: { selector: '#first-conference' } },
        },
      ],
    });

    await listed.getByRole('button', { name: /Delete/ }).click();
    await options.getByTestId('no-site-profiles').waitFor();
    await options.getByTestId('import-site-profiles-file').setInputFiles(file);
    await options.getByRole('button', { name: 'Import profiles' }).click();
    await expect
      .poll(() => options.getByTestId('site-profiles-status').textContent())
      .toMatch(/Imported: added taught-127\.0\.0\.1/);
    await listed.waitFor();
    await options.close();
  });
});
