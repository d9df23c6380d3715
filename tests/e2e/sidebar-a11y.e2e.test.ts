import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoSession, startDemoSession } from './demo-session';
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

/** axe on the sidebar frame only (the host page is not ours), WCAG 2.2 A and AA and best practice. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include(SIDEBAR_FRAME)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

async function openEverything(page: Page) {
  const sidebar = sidebarOf(page);
  await sidebar.locator('details').evaluateAll((els) => {
    for (const el of els) (el as HTMLDetailsElement).open = true;
  });
}

describe('the sidebar in real Chromium, checked with axe', () => {
  it('has no violations on a realistic case with every panel and detail open', async () => {
    const emberly = demoCase('CF-1003');
    const page = await demo.browser.context.newPage();
    for (const url of emberly.pages) await openCasePage(page, url);
    const coreGroups = emberly.pages.find((p) => p.endsWith('/core-groups')) as string;
    await openCasePage(page, coreGroups);
    await sidebarOf(page).locator('[data-testid="core-group-prompt"]').waitFor();
    await openEverything(page);
    expect(await violations(page)).toEqual([]);

    // With the settings open, and a correction form open.
    const sidebar = sidebarOf(page);
    await sidebar.getByRole('button', { name: 'Settings' }).click();
    await sidebar.locator('[data-testid="settings"]').waitFor();
    await sidebar.getByRole('button', { name: 'Correct ICPC date' }).click();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations on a case with unknowns, on the visit form, with the prompt showing', async () => {
    const page = await demo.browser.context.newPage();
    const ambledown = demoCase('CF-1001');
    const form = ambledown.pages[0]?.replace(/\/summary$/, '/visits/new') as string;
    await openCasePage(page, form);
    await sidebarOf(page).locator('[data-testid="visit-form-prompt"]').waitFor();
    await openEverything(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations collapsed to the slim tab', async () => {
    const page = await demo.browser.context.newPage();
    await openCasePage(page, demoCase('GC-2002').pages[0] as string);
    const sidebar = sidebarOf(page);
    await sidebar.getByRole('button', { name: /Hide/ }).click();
    await sidebar.locator('[data-testid="expand"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await sidebar.locator('[data-testid="expand"]').click();
    await sidebar.getByRole('button', { name: /Hide/ }).waitFor();
    await page.close();
  });
});
