import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastCoreGroupView } from '../../lib/present/last-core-group';
import { type DemoIndexCase, type DemoSession, startDemoSession } from './demo-session';
import { openCasePage, sidebarOf } from './sidebar';

/*
 * The "Last core group" panel on demo cases read page by page in real Chromium: the meeting
 * records come off the pages (both markups), through the store, into the panel, which must show
 * exactly what the checks give for the case's expected record.
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

/** Opens every page of the case (GridCase's meeting records included), ending on the first. */
async function readWholeCase(page: Page, c: DemoIndexCase) {
  for (const url of c.pages) expect(await openCasePage(page, url)).toBe('sidebar');
  await openCasePage(page, c.pages[0] as string);
}

/** The checks the panel lists in one of its lists, in order. */
async function shownChecks(page: Page, list: string): Promise<string[]> {
  return sidebarOf(page)
    .locator(`[data-testid="${list}"] [data-testid="lcg-line"]`)
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.check ?? ''));
}

describe('the Last core group panel on demo cases', () => {
  it('CF-1003 (CareFlow): shows the gaps of the latest meeting and the drift, with sources', async () => {
    const c = demoCase('CF-1003');
    const expected = lastCoreGroupView(c.record, demo.today);
    expect(expected.gaps.length).toBeGreaterThanOrEqual(4);
    const page = await demo.browser.context.newPage();
    await readWholeCase(page, c);
    const panel = sidebarOf(page).locator('[data-testid="last-core-group-panel"]');
    await panel.waitFor();
    await expect
      .poll(() => shownChecks(page, 'lcg-gaps'))
      .toEqual(expected.gaps.map((g) => g.check));
    expect(await shownChecks(page, 'lcg-drift')).toEqual(expected.drift.map((d) => d.check));
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain("Neither the lead social worker nor anyone from children's social care");
    expect(text).toContain('No parent is recorded as attending, and no reason is recorded.');
    expect(text).toContain(
      'Dr Imran Shah (GP, Orchard Medical Centre) sent apologies and no written update',
    );
    expect(text).toContain('No date is recorded for the next core group.');
    expect(text).toContain('Source: Blackpool Safeguarding Partnership');
    await page.close();
  });

  it('GC-2002 (GridCase): risk rising twice, an action carried over, a partner not assessed', async () => {
    const c = demoCase('GC-2002');
    expect(c.pages.some((p) => p.includes('&meeting='))).toBe(true);
    const expected = lastCoreGroupView(c.record, demo.today);
    const page = await demo.browser.context.newPage();
    await readWholeCase(page, c);
    await expect
      .poll(() => shownChecks(page, 'lcg-drift'))
      .toEqual(expected.drift.map((d) => d.check));
    expect(await shownChecks(page, 'lcg-drift')).toEqual(
      expect.arrayContaining([
        'action-carried-over',
        'risk-increasing',
        'household-change-assessed',
      ]),
    );
    const drift = sidebarOf(page).locator('[data-testid="lcg-drift"]');
    expect(await drift.textContent()).toContain('bring the review conference forward');
    expect(await drift.textContent()).toContain('Hidden men');
    await page.close();
  });

  it('GC-2004 (GridCase) and CF-1001 (CareFlow): the exemplary record shows no gap and nothing unknown', async () => {
    for (const caseId of ['GC-2004', 'CF-1001']) {
      const c = demoCase(caseId);
      const page = await demo.browser.context.newPage();
      await readWholeCase(page, c);
      const summary = sidebarOf(page).locator('[data-testid="lcg-summary"]');
      await expect.poll(() => summary.textContent()).toMatch(/no gaps found in its record\./);
      expect(await sidebarOf(page).locator('[data-testid="lcg-gaps"]').count()).toBe(0);
      expect(await sidebarOf(page).locator('[data-testid="lcg-unknown"]').count()).toBe(0);
      expect(await sidebarOf(page).locator('[data-testid="lcg-no-drift"]').count()).toBe(1);
      await page.close();
    }
  });

  it('GC-2001: a meeting whose record was not on the pages is said as unknown, not as gaps', async () => {
    const c = demoCase('GC-2001');
    const expected = lastCoreGroupView(c.record, demo.today);
    expect(expected.gaps).toEqual([]);
    const page = await demo.browser.context.newPage();
    await readWholeCase(page, c);
    const unknown = sidebarOf(page).locator('[data-testid="lcg-unknown"]');
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain(
      `Not known from the pages read (${expected.unknown.length})`,
    );
    expect(await sidebarOf(page).locator('[data-testid="lcg-gaps"]').count()).toBe(0);
    await page.close();
  });
});
