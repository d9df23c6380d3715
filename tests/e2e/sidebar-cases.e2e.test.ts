import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { todayInLondon } from '../../lib/rules/calendar';
import { computeFindings } from '../../lib/rules/compute-findings';
import type { Finding } from '../../lib/rules/finding';
import { type DemoIndexCase, type DemoSession, startDemoSession } from './demo-session';
import { openCasePage, SIDEBAR_FRAME, sidebarOf } from './sidebar';

/** Every case in every system, known before the browser starts so each is its own test. */
const DEMO_VIEWS = demoCases(todayInLondon(new Date())).flatMap((c) =>
  c.views.map((v) => [v.system, v.caseId] as const),
);

let demo: DemoSession;

beforeAll(async () => {
  demo = await startDemoSession();
});
afterAll(async () => {
  await demo?.close();
});

const signature = (
  f: Pick<Finding, 'rule' | 'status' | 'occurrence'> & { childId?: string; due?: string },
) => [f.rule, f.status, f.occurrence, f.childId ?? '', f.due ?? ''].join(' | ');

/**
 * Opens every page of the case, so the store holds all of it, and ends on its first page. Each
 * page's sidebar (mounted while that page's read is stored) must show it as stored.
 */
async function readWholeCase(page: Page, demoCase: DemoIndexCase) {
  const notSaved = sidebarOf(page).locator('[data-testid="page-read-not-saved"]');
  for (const url of demoCase.pages) {
    expect(await openCasePage(page, url)).toBe('sidebar');
    expect(await notSaved.count(), url).toBe(0);
  }
  await openCasePage(page, demoCase.pages[0] as string);
}

async function shownFindings(page: Page): Promise<string[]> {
  const items = sidebarOf(page).locator('[data-testid="finding"]');
  return (
    await items.evaluateAll((els) =>
      els.map((el) => {
        const d = (el as HTMLElement).dataset;
        return [d.rule, d.status, d.occurrence, d.child, d.due].join(' | ');
      }),
    )
  ).sort();
}

describe('the sidebar on every demo case, in both markup styles', () => {
  it('covers both systems', () => {
    expect(new Set(demo.cases.map((c) => c.system))).toEqual(new Set(['careflow', 'gridcase']));
  });

  it.each(DEMO_VIEWS)(
    '%s %s: shows exactly the findings the rules engine gives for the expected record',
    async (system, caseId) => {
      const demoCase = demo.cases.find((c) => c.system === system && c.caseId === caseId);
      if (!demoCase) throw new Error(`${system} ${caseId} is not in /__demo/cases.json`);
      const page = await demo.browser.context.newPage();
      await readWholeCase(page, demoCase);
      const expected = computeFindings(demoCase.record, { today: demo.today })
        .map(signature)
        .sort();
      await expect.poll(() => shownFindings(page)).toEqual(expected);

      const sidebar = sidebarOf(page);
      // One seen-alone card and one plan card per child, in the record's order.
      const children = demoCase.record.children.map((c) => c.id);
      const cards = (testId: string) =>
        sidebar
          .locator(`[data-testid="${testId}"]`)
          .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.child));
      expect(await cards('seen-alone-child')).toEqual(children);
      expect(await cards('plan-child')).toEqual(children);
      await page.close();
    },
  );
});

describe('a hostile case', () => {
  it('renders the markup in its fields as text, and nothing in it runs', async () => {
    const hostile = demo.cases.find((c) => c.caseId === 'CF-1002');
    if (!hostile) throw new Error('the demo has no CF-1002');
    const page = await demo.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => undefined);
    });
    await readWholeCase(page, hostile);
    const sidebar = sidebarOf(page);
    await sidebar
      .locator('[data-testid="plan-child"] details summary', { hasText: 'All actions' })
      .click();
    await expect
      .poll(() => sidebar.locator('[data-testid="all-actions"]').textContent())
      .toContain('<script>alert(2)</script>');

    // A host page can also post to the frame: what it sends is shown, never run.
    await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector);
      frame?.contentWindow?.postMessage(
        {
          source: 'core-group-lens',
          type: 'visit-form',
          children: [
            {
              name: '<img src=x onerror="alert(1)">',
              seen: 'yes',
              seenAlone: 'unanswered',
              reasonGiven: false,
            },
          ],
        },
        '*',
      );
    }, SIDEBAR_FRAME);
    await expect
      .poll(() => sidebar.locator('[data-testid="visit-form-prompt"]').textContent())
      .toContain('<img src=x onerror="alert(1)">');

    const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    const elements = await frame?.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      script: document.querySelectorAll('body script').length,
    }));
    expect(elements).toEqual({ img: 0, script: 0 });
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
