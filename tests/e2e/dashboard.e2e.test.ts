import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseGlance } from '../../lib/present/case-glance';
import { GENERATED_NOTICE } from '../../lib/reports/generated-notice';
import { computeFindings } from '../../lib/rules/compute-findings';
import { type DemoSession, startDemoSession } from './demo-session';
import { openCasePage } from './sidebar';

/*
 * Issue 7: after a worker has browsed every demo case, the practice lead's dashboard (an
 * extension page, reading the extension's own IndexedDB) lists each case with the RAG the rules
 * give its expected record, opens a case's timeline, and exports files that parse.
 */

let demo: DemoSession;
let dashboard: Page;

beforeAll(async () => {
  demo = await startDemoSession();
  // The dashboard is open before anything is read: every row must arrive by itself, as the
  // background stores each page (the dashboard watches the store, it is never reloaded).
  dashboard = await demo.browser.context.newPage();
  await dashboard.goto(`chrome-extension://${demo.browser.extensionId}/dashboard.html`);
  await dashboard.getByTestId('no-cases').waitFor({ timeout: 60_000 });
  const page = await demo.browser.context.newPage();
  for (const demoCase of demo.cases) {
    for (const url of demoCase.pages) await openCasePage(page, url);
  }
  await page.close();
  await dashboard.getByRole('table').waitFor({ timeout: 60_000 });
}, 600_000);
afterAll(async () => {
  await demo?.close();
});

const rowOf = (caseId: string) => dashboard.locator(`tr[data-case-id="${caseId}"]`);

/** Accessibility checks against WCAG 2.2 A and AA (colour contrast included). */
async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('the dashboard after browsing every demo case', () => {
  it('lists each demo case with the RAG its expected record gives', async () => {
    await dashboard
      .getByTestId('shown-count')
      .getByText(`of ${demo.cases.length} case`)
      .waitFor({ timeout: 60_000 });
    for (const demoCase of demo.cases) {
      const { record } = demoCase;
      const glance = caseGlance(record, computeFindings(record, { today: demo.today }), demo.today);
      const rag = rowOf(demoCase.caseId).getByTestId('rag');
      // Polled: the last page read may still be on its way from the background to the page.
      await expect
        .poll(() => rag.getAttribute('data-rag'), { message: demoCase.caseId })
        .toBe(glance.rag);
      expect(await rag.textContent(), demoCase.caseId).toContain(glance.ragText);
    }
  });

  it('filters to overdue cases only, and sorts from a header button', async () => {
    const overdue = demo.cases.filter((c) => {
      const findings = computeFindings(c.record, { today: demo.today });
      return caseGlance(c.record, findings, demo.today).overdue > 0;
    });
    await dashboard.getByLabel('Overdue only').check();
    await dashboard
      .getByTestId('shown-count')
      .getByText(`Showing ${overdue.length} of ${demo.cases.length} cases`)
      .waitFor();
    await dashboard.getByLabel('Overdue only').uncheck();

    const caseHeader = dashboard.getByRole('columnheader', { name: /^Case/ });
    await caseHeader.getByRole('button').click();
    expect(await caseHeader.getAttribute('aria-sort')).toBe('ascending');
    const first = [...demo.cases.map((c) => c.caseId)].sort()[0];
    expect(
      await dashboard.locator('tbody tr[data-case-id]').first().getAttribute('data-case-id'),
    ).toBe(first);
  });

  it('meets WCAG 2.2 AA on the list', async () => {
    expect(await axeViolations(dashboard)).toEqual([]);
  });

  it("opens a case's detail with its timeline showing the missed deadline", async () => {
    await rowOf('CF-1002').getByRole('link', { name: 'CF-1002' }).click();
    const detail = dashboard.getByTestId('case-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('detail-case-id').textContent()).toBe('CF-1002');
    const timeline = detail.getByTestId('timeline');
    expect(await timeline.getAttribute('role')).toBe('img');
    expect(await timeline.locator('[data-testid="missed-span"]').count()).toBeGreaterThan(0);
    expect(
      await timeline.locator('[data-rule="first-core-group"]').first().getAttribute('data-status'),
    ).toBe('overdue');
    expect(await axeViolations(dashboard)).toEqual([]);

    await detail.getByRole('link', { name: 'Summary for supervision' }).click();
    const report = dashboard.getByTestId('case-report');
    await report.waitFor();
    expect(await report.getByTestId('report-notice').textContent()).toContain(GENERATED_NOTICE);
    expect(await axeViolations(dashboard)).toEqual([]);
    await dashboard.goBack();
    await dashboard.goBack();
    await dashboard.getByRole('table').waitFor();
  });

  it('downloads a CSV of every case and an .ics that parses as iCalendar', async () => {
    const [csvDownload] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Download all cases (CSV)' }).click(),
    ]);
    const csv = await readFile((await csvDownload.path()) ?? '', 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Case reference,RAG,Status,Overdue now,/);
    expect(lines).toHaveLength(demo.cases.length + 1);

    const [icsDownload] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Export upcoming deadlines (.ics)' }).click(),
    ]);
    const ics = await readFile((await icsDownload.path()) ?? '', 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    for (const demoCase of demo.cases) {
      for (const child of demoCase.record.children) expect(ics).not.toContain(child.name);
    }
  });
});
