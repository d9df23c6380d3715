import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord, CoreGroup } from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import { lastCoreGroupView } from '../../lib/present/last-core-group';
import { addDays } from '../../lib/rules/calendar';
import { type DemoIndexCase, type DemoSession, startDemoSession } from './demo-session';
import { openCasePage, SIDEBAR_FRAME, sidebarOf } from './sidebar';

/*
 * Entering a section of the latest core group's record in the sidebar, in real Chromium: the
 * entry goes through the background into the extension's IndexedDB, the checks use it at once
 * (the gap goes), and it is still there after the page is reloaded.
 */

let demo: DemoSession;

beforeAll(async () => {
  demo = await startDemoSession();
});
afterAll(async () => {
  await demo?.close();
});

function demoCase(caseId: string): DemoIndexCase {
  const found = demo.cases.find((c) => c.caseId === caseId);
  if (!found) throw new Error(`demo case ${caseId} missing`);
  return found;
}

/** The titles of the gaps the panel lists for the latest meeting. */
async function gapTitles(page: Page): Promise<string[]> {
  return sidebarOf(page)
    .locator('[data-testid="lcg-gaps"] .finding-title')
    .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

/** The case's expected record with sections of its latest held meeting set, as entered. */
function withLatest(record: CaseRecord, date: string, sections: Partial<CoreGroup>): CaseRecord {
  return {
    ...record,
    coreGroups: record.coreGroups.map((g) => (g.date === date ? { ...g, ...sections } : g)),
  };
}

const entryRow = (page: Page, section: string) =>
  sidebarOf(page).locator(`[data-testid="lcg-entry-row"][data-section="${section}"]`);

describe('entering what the page did not show, in the Last core group panel', () => {
  it('CF-1003: the parents’ views and the next date entered close their gaps, and stay after a reload', async () => {
    const c = demoCase('CF-1003');
    const page = await demo.browser.context.newPage();
    for (const url of c.pages) expect(await openCasePage(page, url)).toBe('sidebar');
    const coreGroups = c.pages.find((p) => p.endsWith('/core-groups')) ?? (c.pages[0] as string);
    await openCasePage(page, coreGroups);

    const latest = lastCoreGroupView(c.record, demo.today).meeting?.date as string;
    const nextDate = addDays(demo.today, 14);
    const views = 'Mother wants the family support sessions to continue.';
    const expected = (sections: Partial<CoreGroup>) =>
      lastCoreGroupView(withLatest(c.record, latest, sections), demo.today).gaps.map(
        (g) => g.title,
      );
    await expect.poll(() => gapTitles(page)).toEqual(expected({}));
    expect(expected({})).toContain("The parents' views");
    expect(expected({})).toContain('Date of the next core group set');

    const viewsRow = entryRow(page, 'parentsViews');
    expect(await viewsRow.getAttribute('data-state')).toBe('shown-empty');
    await viewsRow.getByRole('button', { name: "Enter The parents' views" }).click();
    await viewsRow.getByLabel("The parents' views, as the record says").fill(views);
    await viewsRow.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => viewsRow.getAttribute('data-state')).toBe('entered');
    await expect.poll(() => gapTitles(page)).toEqual(expected({ parentsViews: views }));
    expect(await viewsRow.textContent()).toContain('Entered by you');
    // Focus went to the value saved, and the status line says what happened.
    expect(
      await viewsRow.getByTestId('lcg-entry-value').evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(await viewsRow.getByRole('status').textContent()).toContain('Saved as entered by you');

    const next = entryRow(page, 'nextMeetingDate');
    await next.getByRole('button', { name: /Enter Date of the next core group/ }).click();
    const date = next.getByRole('textbox', { name: 'Date of the next core group', exact: true });
    await date.fill('31/02/2099');
    await date.press('Enter');
    await expect.poll(() => next.getByRole('alert').textContent()).toContain('real date');
    await date.fill(formatUkDate(nextDate));
    await date.press('Enter');
    await expect.poll(() => next.getAttribute('data-state')).toBe('entered');
    const both = expected({ parentsViews: views, nextMeetingDate: nextDate });
    expect(both).not.toContain('Date of the next core group set');
    await expect.poll(() => gapTitles(page)).toEqual(both);

    // Kept in the extension's database: a reload reads the page again and the entries stand.
    await page.reload();
    await sidebarOf(page).locator('[data-testid="rag"]').waitFor();
    await expect
      .poll(() => entryRow(page, 'parentsViews').getAttribute('data-state'))
      .toBe('entered');
    expect(await entryRow(page, 'parentsViews').textContent()).toContain(views);
    expect(await gapTitles(page)).toEqual(both);
    const corrections = sidebarOf(page).locator('[data-testid="correction"]');
    expect(await corrections.count()).toBe(2);

    // Undone beside the value: the page's empty section, and its gap, come back.
    await entryRow(page, 'parentsViews')
      .getByRole('button', { name: "Undo The parents' views entered by you" })
      .click();
    await expect.poll(() => gapTitles(page)).toEqual(expected({ nextMeetingDate: nextDate }));
    await expect.poll(() => corrections.count()).toBe(1);
    await page.close();
  });

  it('GC-2001: every form open, one showing an error, has no axe violations', async () => {
    const c = demoCase('GC-2001');
    const page = await demo.browser.context.newPage();
    for (const url of c.pages) expect(await openCasePage(page, url)).toBe('sidebar');
    const rows = sidebarOf(page).locator('[data-testid="lcg-entry-row"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    // The meeting's record was not on the pages: its sections say so, and each can be entered.
    expect(await entryRow(page, 'riskTrend').getAttribute('data-state')).toBe('not-read');
    const buttons = sidebarOf(page).locator(
      '[data-testid="lcg-entry-row"] button[aria-expanded="false"]',
    );
    // Counted afresh each time: a page read arriving late can re-render the rows.
    for (let guard = 0; guard < 40 && (await buttons.count()) > 0; guard++) {
      await buttons.first().click();
    }
    expect(await buttons.count()).toBe(0);
    expect(await sidebarOf(page).locator('.meeting-entry-form').count()).toBe(await rows.count());
    const risk = entryRow(page, 'riskTrend');
    await risk.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => risk.getByRole('alert').textContent()).toContain('Choose one');
    const results = await new AxeBuilder({ page })
      .include(SIDEBAR_FRAME)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
    await page.close();
  });
});

describe('entering a list section of the latest core group', () => {
  // Every demo case's latest core group page shows who attended, so the list entered here is
  // the one a demo page leaves out: GC-2001's new actions.
  it('GC-2001: new actions, entered where the page showed none, change the gaps and stay after a reload', async () => {
    const c = demoCase('GC-2001');
    const page = await demo.browser.context.newPage();
    for (const url of c.pages) expect(await openCasePage(page, url)).toBe('sidebar');
    const latest = lastCoreGroupView(c.record, demo.today).meeting?.date as string;
    expect(c.record.coreGroups.find((g) => g.date === latest)?.newActions).toBeUndefined();
    const due = addDays(demo.today, 28);
    const actions = [
      { text: 'Referral to the young carers service' },
      { text: 'School to share attendance weekly', owner: 'Ms Lee', due },
    ];
    const expected = (sections: Partial<CoreGroup>) =>
      lastCoreGroupView(withLatest(c.record, latest, sections), demo.today).gaps.map(
        (g) => g.title,
      );
    await expect.poll(() => gapTitles(page)).toEqual(expected({}));
    const withActions = expected({ newActions: actions });
    // Not read, the new actions were unknown; entered, the one with no owner or date is a gap.
    const gap = 'New actions with an owner and a date: Referral to the young carers service';
    expect(expected({})).not.toContain(gap);
    expect(withActions).toContain(gap);

    const row = entryRow(page, 'newActions');
    expect(await row.getAttribute('data-state')).toBe('not-read');
    await row.getByRole('button', { name: 'Enter New or amended actions' }).click();
    await row.getByLabel('What is to be done, action 1').fill(actions[0]?.text as string);
    // Keyboard only: the Add button by Enter, focus lands in the new row.
    await row.getByRole('button', { name: 'Add an action' }).press('Enter');
    await expect
      .poll(() =>
        row
          .getByLabel('What is to be done, action 2')
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.type(actions[1]?.text as string);
    await row.getByLabel('Who by (optional), action 2').fill('Ms Lee');
    const dueField = row.getByLabel('By when, DD/MM/YYYY (optional), action 2');
    await dueField.fill('31/02/2099');
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row.getByRole('alert').textContent()).toContain('Action 2');
    expect(await dueField.evaluate((el) => el === document.activeElement)).toBe(true);
    await dueField.fill(formatUkDate(due));
    await dueField.press('Enter');
    await expect.poll(() => row.getAttribute('data-state')).toBe('entered');
    await expect.poll(() => gapTitles(page)).toEqual(withActions);
    expect(await row.textContent()).toContain('Entered by you');

    await page.reload();
    await sidebarOf(page).locator('[data-testid="rag"]').waitFor();
    await expect
      .poll(() => entryRow(page, 'newActions').getAttribute('data-state'))
      .toBe('entered');
    expect(await entryRow(page, 'newActions').textContent()).toContain('Ms Lee');
    expect(await gapTitles(page)).toEqual(withActions);
    await page.close();
  });
});
