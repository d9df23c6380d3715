import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLAPSED_WIDTH, DEFAULT_WIDTH, WIDTH_STEP } from '../../lib/present/sidebar-frame';
import { computeFindings } from '../../lib/rules/compute-findings';
import { getProcedure } from '../../lib/rules/procedures';
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
const pageOf = (caseId: string, ending: RegExp) => {
  const url = demoCase(caseId).pages.find((p) => ending.test(p));
  if (!url) throw new Error(`${caseId} has no page ending ${ending}`);
  return url;
};

/** The frame's width and the margin kept on the host page, as the browser laid them out. */
const room = (page: Page) =>
  page.evaluate((selector) => {
    const frame = document.querySelector<HTMLIFrameElement>(selector);
    return {
      frame: Math.round(frame?.getBoundingClientRect().width ?? -1),
      margin: getComputedStyle(document.documentElement).marginRight,
    };
  }, SIDEBAR_FRAME);

describe('the shell on a real case page', () => {
  it('collapses to a slim tab with the overdue count, keeps the host uncovered, and remembers it', async () => {
    const page = await demo.browser.context.newPage();
    const summary = pageOf('CF-1002', /\/summary$/);
    await openCasePage(page, summary);
    // The page makes room once the sidebar has drawn the case (mount-sidebar.ts).
    await expect
      .poll(() => room(page))
      .toEqual({ frame: DEFAULT_WIDTH, margin: `${DEFAULT_WIDTH}px` });
    const sidebar = sidebarOf(page);
    const overdue = await sidebar
      .locator('[data-testid="finding"][data-status="overdue"][data-occurrence="current"]')
      .count();
    await sidebar.getByRole('button', { name: /Hide/ }).click();
    await expect
      .poll(() => room(page))
      .toEqual({ frame: COLLAPSED_WIDTH, margin: `${COLLAPSED_WIDTH}px` });
    await expect
      .poll(() => sidebar.locator('[data-testid="slim-overdue"]').textContent())
      .toBe(String(overdue));

    // The host's own controls all lie left of the slim tab.
    const hostRight = await page.evaluate(() =>
      Math.max(
        ...Array.from(document.querySelectorAll('a, button, input, select, textarea')).map(
          (el) => el.getBoundingClientRect().right,
        ),
      ),
    );
    expect(hostRight).toBeLessThanOrEqual(1400 - COLLAPSED_WIDTH);

    await page.reload();
    await sidebarOf(page).locator('[data-testid="expand"]').waitFor();
    await expect
      .poll(() => room(page))
      .toEqual({ frame: COLLAPSED_WIDTH, margin: `${COLLAPSED_WIDTH}px` });

    // Another case system (here the same demo on another host name) keeps its own layout.
    const other = await demo.browser.context.newPage();
    await openCasePage(other, pageOf('GC-2001', /tab=summary$/).replace('127.0.0.1', 'localhost'));
    await expect
      .poll(() => room(other))
      .toEqual({ frame: DEFAULT_WIDTH, margin: `${DEFAULT_WIDTH}px` });
    await other.close();

    await sidebarOf(page).locator('[data-testid="expand"]').click();
    await expect
      .poll(() => room(page))
      .toEqual({ frame: DEFAULT_WIDTH, margin: `${DEFAULT_WIDTH}px` });
    await page.close();
  });

  it('resizes from the keyboard, and keeps the width', async () => {
    const page = await demo.browser.context.newPage();
    await openCasePage(page, pageOf('CF-1002', /\/summary$/));
    const handle = sidebarOf(page).getByRole('separator', { name: 'Sidebar width' });
    await handle.focus();
    await handle.press('ArrowLeft');
    await handle.press('ArrowLeft');
    const wider = DEFAULT_WIDTH + 2 * WIDTH_STEP;
    await expect.poll(() => room(page)).toEqual({ frame: wider, margin: `${wider}px` });
    await page.reload();
    await sidebarOf(page).locator('[data-testid="rag"]').waitFor();
    await expect.poll(() => room(page)).toEqual({ frame: wider, margin: `${wider}px` });
    await sidebarOf(page).getByRole('separator', { name: 'Sidebar width' }).press('ArrowRight');
    await sidebarOf(page).getByRole('separator', { name: 'Sidebar width' }).press('ArrowRight');
    await expect
      .poll(() => room(page))
      .toEqual({ frame: DEFAULT_WIDTH, margin: `${DEFAULT_WIDTH}px` });
    await page.close();
  });

  it('resizes by dragging its left edge, even as the pointer leaves the frame', async () => {
    const page = await demo.browser.context.newPage();
    await openCasePage(page, pageOf('CF-1002', /\/summary$/));
    const handle = sidebarOf(page).getByRole('separator', { name: 'Sidebar width' });
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle on screen');
    const y = box.y + 200;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    // Out over the host page, 100 px, in steps as a hand would move.
    await page.mouse.move(box.x + box.width / 2 - 100, y, { steps: 10 });
    await page.mouse.up();
    const wider = DEFAULT_WIDTH + 100;
    await expect.poll(() => room(page)).toEqual({ frame: wider, margin: `${wider}px` });
    for (let i = 0; i < 5; i++) await handle.press('ArrowRight');
    await expect
      .poll(() => room(page))
      .toEqual({ frame: DEFAULT_WIDTH, margin: `${DEFAULT_WIDTH}px` });
    await page.close();
  });
});

describe('what a finding was worked out from', () => {
  it('links to the page it was read from, opened in the case system’s own window', async () => {
    const page = await demo.browser.context.newPage();
    const groups = pageOf('CF-1001', /\/core-groups$/);
    await openCasePage(page, groups);
    const summary = pageOf('CF-1001', /\/summary$/);
    await openCasePage(page, summary);
    const sidebar = sidebarOf(page);
    const interval = sidebar.locator(
      '[data-rule="core-group-interval"][data-occurrence="current"]',
    );
    // Coming up is closed at first: open it, then the deadline's "Why".
    await sidebar.locator('[data-group="upcoming"] > summary').click();
    await interval.locator('summary').click();
    await interval.getByRole('link', { name: 'core groups page' }).first().click();
    await page.waitForURL(groups);
    await sidebarOf(page).locator('[data-testid="rag"]').waitFor();
    expect(page.url()).toBe(groups);
    await page.close();
  });
});

describe('prompts in context', () => {
  it('on the visit form, names each child with no seen-alone answer, as the worker answers', async () => {
    const page = await demo.browser.context.newPage();
    const form = pageOf('CF-1001', /\/summary$/).replace(/\/summary$/, '/visits/new');
    await openCasePage(page, form);
    const prompt = sidebarOf(page).locator('[data-testid="visit-form-prompt"]');
    const gaps = () =>
      prompt
        .locator('[data-testid="visit-form-gap"]')
        .evaluateAll((els) => els.map((e) => e.textContent));
    const names = demoCase('CF-1001').record.children.map((c) => c.name);
    await expect.poll(async () => (await gaps()).length).toBe(names.length);

    const firstChild = page.locator('fieldset.cf-visit-child').first();
    await firstChild.locator('fieldset', { hasText: 'Seen alone?' }).getByLabel('Yes').check();
    await expect.poll(async () => (await gaps()).join(' ')).not.toContain(names[0]);
    expect((await gaps()).length).toBe(names.length - 1);

    const secondChild = page.locator('fieldset.cf-visit-child').nth(1);
    await secondChild.locator('fieldset', { hasText: 'Seen alone?' }).getByLabel('No').check();
    await expect.poll(gaps).toEqual([expect.stringContaining('no reason is given')]);
    await secondChild.getByLabel('If not seen alone, why not?').fill('Asleep when we arrived');
    await expect
      .poll(() => prompt.textContent())
      .toContain('Seen alone is answered for every child');
    // The host's form is only read: what the worker typed is still there, untouched.
    expect(await secondChild.getByLabel('If not seen alone, why not?').inputValue()).toBe(
      'Asleep when we arrived',
    );
    await page.close();
  });

  it('on a core group page, gives the dates the next meetings must fall by and the minutes due', async () => {
    const page = await demo.browser.context.newPage();
    const emberly = demoCase('CF-1003');
    for (const url of emberly.pages) await openCasePage(page, url);
    await openCasePage(page, pageOf('CF-1003', /\/core-groups$/));
    const prompt = sidebarOf(page).locator('[data-testid="core-group-prompt"]');
    await prompt.waitFor();
    const findings = computeFindings(emberly.record, { today: demo.today });
    const next = findings.find(
      (f) => f.rule === 'core-group-interval' && f.occurrence === 'current',
    );
    expect(await prompt.locator('[data-testid="next-core-group"]').getAttribute('datetime')).toBe(
      next?.due,
    );
    const minutesDue = findings.filter(
      (f) =>
        f.rule === 'minutes-circulated' && ['overdue', 'due-soon', 'upcoming'].includes(f.status),
    );
    expect(await prompt.locator('[data-testid="minutes-due"]').count()).toBe(minutesDue.length);
    await page.close();
  });
});

describe('corrections and settings, through the background', () => {
  it('confirms a value as entered by the user, and undoes it', async () => {
    const page = await demo.browser.context.newPage();
    await openCasePage(page, pageOf('CF-1002', /\/summary$/));
    const sidebar = sidebarOf(page);
    const corrections = sidebar.locator('[data-testid="correction"]');
    await sidebar.getByRole('button', { name: 'Confirm ICPC date' }).click();
    await expect.poll(() => corrections.count()).toBe(1);
    expect(await corrections.first().textContent()).toContain('Confirmed by you');
    await expect
      .poll(() => sidebar.locator('[data-testid="key-fact"][data-field="icpcDate"]').textContent())
      .toContain('Entered by you');
    await corrections.first().getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => corrections.count()).toBe(0);
    expect(
      await sidebar.locator('[data-testid="key-fact"][data-field="icpcDate"]').textContent(),
    ).toContain('Read from the');
    await page.close();
  });

  it('works the deadlines out again with the procedure chosen in settings', async () => {
    const page = await demo.browser.context.newPage();
    const glenmorrow = demoCase('GC-2003');
    for (const url of glenmorrow.pages) await openCasePage(page, url);
    const sidebar = sidebarOf(page);
    const statusOf = () =>
      sidebar
        .locator('[data-rule="first-core-group"][data-occurrence="current"]')
        .getAttribute('data-status');
    const status = (procedure: string) =>
      computeFindings(glenmorrow.record, {
        today: demo.today,
        procedure: getProcedure(procedure),
      }).find((f) => f.rule === 'first-core-group' && f.occurrence === 'current')?.status;
    // The demo's Scottish case is on time by Scotland's timescales, late by England's.
    expect(status('scotland')).not.toBe(status('england'));
    expect(await statusOf()).toBe(status('england'));

    const choose = async (procedure: string) => {
      const button = sidebar.getByRole('button', { name: 'Settings', exact: true });
      if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
      await sidebar.getByLabel('Local procedure (timescales)').selectOption(procedure);
      await sidebar.getByRole('button', { name: 'Save settings' }).click();
    };
    await choose('scotland');
    await expect.poll(statusOf).toBe(status('scotland'));
    expect(await sidebar.getByTestId('site-profile').textContent()).toContain('gridcase');
    await choose('england');
    await expect.poll(statusOf).toBe(status('england'));
    await page.close();
  });
});
