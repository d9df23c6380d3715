import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, readExtensionDb, startDemoSession } from './demo-session';
import { openCasePage } from './sidebar';

/*
 * Issue 5, done-when: "a corrupted or hostile import changes nothing". Files go in through the
 * options page's file field, as a worker would choose them, and the whole database is compared
 * before and after. A good file exported from the same page is the control: it does import.
 */

let demo: DemoSession;
let options: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  demo = await startDemoSession();
  const page = await demo.browser.context.newPage();
  for (const caseId of ['CF-1001', 'CF-1002']) {
    const url = demo.cases.find((c) => c.caseId === caseId)?.pages[0];
    expect(await openCasePage(page, url ?? '')).toBe('sidebar');
  }
  await page.close();
  options = await demo.browser.context.newPage();
  options.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await options.goto(`chrome-extension://${demo.browser.extensionId}/options.html`);
  await options.getByText('2 cases are stored.').waitFor();
});
afterAll(async () => {
  await demo?.close();
});

/** Every row of every table, the audit log included: a refused file is not even logged. */
async function snapshot(): Promise<string> {
  const { tables } = await readExtensionDb(demo.browser);
  return JSON.stringify(tables);
}

async function choose(name: string, text: string): Promise<void> {
  await options.getByLabel('Export file to import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await options.getByRole('button', { name: 'Import', exact: true }).click();
}

/** The refusal of the file named (each names its file, so an earlier one is not mistaken). */
async function refusal(name: string): Promise<{ message: string; issues: string[] }> {
  const alert = options.getByTestId('import-error');
  await alert.locator('p').getByText(name).waitFor();
  return {
    message: (await alert.locator('p').first().textContent()) ?? '',
    issues: await alert.locator('li').allTextContents(),
  };
}

async function exportCase(caseId: string): Promise<string> {
  await options.getByLabel('Case to export').selectOption(caseId);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export this case' }).click();
  const path = await (await download).path();
  return readFile(path, 'utf8');
}

describe('import through the options page', () => {
  it('refuses a corrupted or hostile file whole, with the reason, and changes nothing', async () => {
    const good = JSON.parse(await exportCase('CF-1002'));
    await options
      .getByTestId('export-status')
      .getByText(/Saved core-group-lens-case-CF-1002/)
      .waitFor();
    const before = await snapshot();

    const hostileName = '<img src=x onerror="alert(1)">';
    const elsewhere = structuredClone(good);
    elsewhere.cases[0].origin = 'https://elsewhere.example';
    const newCase = structuredClone(good.cases[0]);
    newCase.caseId = 'NEW-1';
    newCase.record.caseId = 'NEW-1';
    for (const read of newCase.pageReads) read.caseId = 'NEW-1';
    for (const correction of newCase.corrections) correction.caseId = 'NEW-1';
    // The first case is fine; the second clashes with the stored case's origin, which only the
    // write itself finds out. The first must not be left behind.
    const halfGood = {
      ...structuredClone(good),
      scope: 'all',
      cases: [newCase, elsewhere.cases[0]],
    };
    const mixedCase = structuredClone(good);
    mixedCase.cases[0].pageReads[0].caseId = 'CF-9999';
    mixedCase.cases[0].record.children = [{ id: 'x', name: hostileName }];

    const files: { name: string; text: string; expect: RegExp; issue?: RegExp }[] = [
      { name: 'truncated.json', text: JSON.stringify(good).slice(0, 200), expect: /not JSON/ },
      { name: 'empty.json', text: '', expect: /not JSON/ },
      {
        name: 'other-app.json',
        text: JSON.stringify({ format: 'someone-else', cases: 'all of them' }),
        expect: /not a valid export/,
        issue: /^format:/,
      },
      {
        name: 'bad-date.json',
        text: JSON.stringify(good).replace(/"\d{4}-\d{2}-\d{2}"/, '"2026-02-31"'),
        expect: /not a valid export/,
        issue: /real date/,
      },
      {
        name: 'hostile.json',
        text: `{"__proto__":{"polluted":true},${JSON.stringify(mixedCase).slice(1)}`,
        expect: /not a valid export/,
        issue: /names another case/,
      },
      { name: 'half-good.json', text: JSON.stringify(halfGood), expect: /elsewhere\.example/ },
    ];
    for (const file of files) {
      await choose(file.name, file.text);
      const refused = await refusal(file.name);
      expect(refused.message, file.name).toMatch(file.expect);
      expect(refused.message, file.name).toMatch(/nothing from it was stored|not JSON/);
      if (file.issue) expect(refused.issues.join('\n'), file.name).toMatch(file.issue);
      expect(await snapshot(), file.name).toBe(before);
      // Refused data is never echoed back as markup.
      expect(await options.locator('img').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    // A "__proto__" key in the file polluted no prototype, in the page or in the worker.
    expect(await options.evaluate(() => 'polluted' in {})).toBe(false);
    expect(await demo.browser.serviceWorker.evaluate(() => 'polluted' in {})).toBe(false);
    expect(await snapshot()).not.toContain('NEW-1');
  });

  it('imports a good file exported from the same page (the control)', async () => {
    const exported = await exportCase('CF-1001');
    await options.getByLabel('Case to delete').selectOption('CF-1001');
    await options.getByRole('button', { name: 'Delete this case' }).click();
    await options.getByRole('button', { name: 'Yes, delete case CF-1001' }).click();
    await options.getByText('1 case is stored.').waitFor();
    expect(await snapshot()).not.toContain('CF-1001');

    await choose('core-group-lens-case-CF-1001.json', exported);
    await options
      .getByTestId('import-status')
      .getByText(/Imported: 1 new case/)
      .waitFor();
    await options.getByText('2 cases are stored.').waitFor();
    const { tables } = await readExtensionDb(demo.browser);
    const record = demo.cases.find((c) => c.caseId === 'CF-1001')?.record;
    const stored = (tables.cases as { caseId: string; icpcDate?: string }[]).find(
      (c) => c.caseId === 'CF-1001',
    );
    expect(stored?.icpcDate).toBe(record?.icpcDate);
    await options.getByRole('row', { name: /Imported a file/ }).waitFor();
  });
});
