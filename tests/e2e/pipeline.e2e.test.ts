import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUkDate } from '../../lib/present/format-date';
import { computeFindings } from '../../lib/rules/compute-findings';
import { type DemoSession, readExtensionDb, startDemoSession } from './demo-session';
import { openCasePage, SIDEBAR_FRAME, sidebarOf } from './sidebar';

let demo: DemoSession;

beforeAll(async () => {
  demo = await startDemoSession();
});
afterAll(async () => {
  await demo?.close();
});

function demoCase(caseId: string) {
  const found = demo.cases.find((c) => c.caseId === caseId);
  if (!found) throw new Error(`demo case ${caseId} missing`);
  return found;
}

describe('the thin pipeline: read a case page, store it in the extension, show the sidebar', () => {
  it('shows the first core group due date the rules engine gives for the case', async () => {
    const overdue = demoCase('CF-1002');
    const expected = computeFindings(overdue.record, { today: demo.today }).find(
      (f) => f.rule === 'first-core-group' && f.occurrence === 'current',
    );
    expect(expected?.due).toBeDefined();

    const page = await demo.browser.context.newPage();
    const summary = overdue.pages.find((p) => p.endsWith('/summary')) ?? overdue.pages[0]!;
    expect(await openCasePage(page, summary)).toBe('sidebar');
    const sidebar = sidebarOf(page);
    await expect
      .poll(() => sidebar.locator('[data-testid="case-id"]').textContent())
      .toBe('CF-1002');
    // The summary gives the ICPC but not the meetings: the due date is known, whether it was
    // met is not, and the sidebar says so instead of calling it overdue.
    const firstCoreGroup = sidebar.locator('[data-rule="first-core-group"]').first();
    await firstCoreGroup.waitFor();
    expect(await firstCoreGroup.locator('[data-testid="due"]').textContent()).toBe(
      formatUkDate(expected?.due ?? ''),
    );
    expect(await firstCoreGroup.textContent()).toContain('Unknown');

    const coreGroups = overdue.pages.find((p) => p.endsWith('/core-groups'));
    expect(coreGroups).toBeDefined();
    await openCasePage(page, coreGroups ?? '');
    const afterMeetingsRead = sidebarOf(page).locator('[data-rule="first-core-group"]').first();
    await expect.poll(() => afterMeetingsRead.textContent()).toContain('Overdue');
    expect(await afterMeetingsRead.locator('[data-testid="due"]').textContent()).toBe(
      formatUkDate(expected?.due ?? ''),
    );
    await page.close();
  });

  it('keeps what it read across reloads and pages of the same case, in the extension origin only', async () => {
    const onTime = demoCase('CF-1001');
    const page = await demo.browser.context.newPage();
    const summary = onTime.pages.find((p) => p.endsWith('/summary'))!;
    const coreGroups = onTime.pages.find((p) => p.endsWith('/core-groups'))!;

    await openCasePage(page, summary);
    await openCasePage(page, coreGroups);
    await page.reload();
    await sidebarOf(page).locator('[data-testid="rag"]').waitFor();
    await openCasePage(page, summary);

    const { databases, tables } = await readExtensionDb(demo.browser);
    expect(databases).toContain('core-group-lens');
    const cases = tables.cases as { caseId: string; icpcDate?: string }[];
    expect(cases.find((c) => c.caseId === 'CF-1001')?.icpcDate).toBe(onTime.record.icpcDate);
    const storedGroups = (tables.coreGroups as { caseId: string; date: string }[])
      .filter((g) => g.caseId === 'CF-1001')
      .map((g) => g.date)
      .sort();
    expect(storedGroups).toEqual(onTime.record.coreGroups.map((g) => g.date).sort());

    // The host page's own origin holds no database of ours, and cannot see into the sidebar.
    const hostDatabases = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(hostDatabases).not.toContain('core-group-lens');
    const hostCanReadSidebar = await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector);
      return frame ? frame.contentDocument !== null : 'no frame';
    }, SIDEBAR_FRAME);
    expect(hostCanReadSidebar).toBe(false);
    await page.close();
  });

  it('shows no sidebar on a page that is not a case page', async () => {
    const page = await demo.browser.context.newPage();
    expect(await openCasePage(page, `${demo.baseUrl}/`)).toBe('no-sidebar');
    expect(await page.locator(SIDEBAR_FRAME).count()).toBe(0);
    await page.close();
  });
});
