import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, readExtensionDb, startDemoSession } from './demo-session';
import { openCasePage, sidebarOf } from './sidebar';

/*
 * Issue 5, erasure: "delete this case" and "delete everything" on the options page really empty
 * IndexedDB (checked in the extension origin with plain IndexedDB, not through the page's code).
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

function firstPageOf(caseId: string): string {
  const url = demo.cases.find((c) => c.caseId === caseId)?.pages[0];
  if (!url) throw new Error(`demo case ${caseId} missing`);
  return url;
}

async function readCases(caseIds: string[]): Promise<Page> {
  const page = await demo.browser.context.newPage();
  for (const caseId of caseIds)
    expect(await openCasePage(page, firstPageOf(caseId))).toBe('sidebar');
  return page;
}

async function openOptions(): Promise<Page> {
  const options = await demo.browser.context.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  await options.getByRole('heading', { name: 'Core Group Lens: your data' }).waitFor();
  return options;
}

/** Rows in every table, and every database name in the extension origin. */
async function whatIsStored() {
  const { databases, tables } = await readExtensionDb(demo.browser);
  const rows = Object.values(tables).reduce((n, rowsOf) => n + rowsOf.length, 0);
  return { databases, rows, text: JSON.stringify(tables) };
}

describe('delete this case', () => {
  it('removes every row of the chosen case, its log entries included, and keeps the others', async () => {
    // The tab is left on CF-1001, with its sidebar showing what is stored.
    const page = await readCases(['CF-1002', 'CF-1001']);
    const options = await openOptions();
    await options.getByText('2 cases are stored.').waitFor();
    expect((await whatIsStored()).text).toContain('"CF-1001"');

    await options.getByLabel('Case to delete').selectOption('CF-1001');
    await options.getByRole('button', { name: 'Delete this case' }).click();
    const yes = options.getByRole('button', { name: 'Yes, delete case CF-1001' });
    // The question takes the focus, so a keyboard user answers it next.
    await expect
      .poll(() => yes.evaluate((b) => b === document.activeElement), BROWSER_WAIT)
      .toBe(true);
    await options.keyboard.press('Enter');
    await options.getByTestId('delete-case-status').getByText('Case CF-1001 was deleted').waitFor();
    await options.getByText('1 case is stored.').waitFor();

    const stored = await whatIsStored();
    expect(stored.text).not.toContain('CF-1001');
    expect(stored.text).toContain('"CF-1002"');
    await options.getByRole('row', { name: /Deleted a case/ }).waitFor();
    // The sidebar still open on that case's page says nothing is stored, rather than stale dates.
    await sidebarOf(page).getByTestId('no-data').waitFor();
    await options.close();
    await page.close();
  });
});

describe('delete everything', () => {
  it('refuses without the typed confirmation, then empties IndexedDB and says so', async () => {
    const page = await readCases(['CF-1003', 'GC-2001']);
    const options = await openOptions();
    await options.getByText('3 cases are stored.').waitFor();

    const confirm = options.getByLabel('Type DELETE to confirm');
    await confirm.fill('delete');
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options
      .getByText('Type DELETE in capital letters to confirm. Nothing was deleted.')
      .waitFor();
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    expect((await whatIsStored()).rows).toBeGreaterThan(0);

    const axe = await new AxeBuilder({ page: options })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await confirm.fill('DELETE');
    await confirm.press('Enter');
    await options
      .getByTestId('page-notice')
      .getByText('Everything Core Group Lens stored on this computer has been deleted.')
      .waitFor();
    await options.getByText('0 cases are stored.').waitFor();
    await options.getByText('Nothing has been logged.').waitFor();

    // The database was deleted; the options page, reloaded, may have opened a new empty one.
    const stored = await whatIsStored();
    expect(stored.databases.filter((name) => name !== 'core-group-lens')).toEqual([]);
    expect(stored.rows).toBe(0);
    // An open sidebar is told, and shows that nothing is stored instead of what was.
    await sidebarOf(page).getByTestId('no-data').waitFor();
    await options.close();
    await page.close();
  });
});
