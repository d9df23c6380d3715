import type { FrameLocator, Page } from 'playwright-core';

export const SIDEBAR_FRAME = '#core-group-lens-sidebar';

export function sidebarOf(page: Page): FrameLocator {
  return page.frameLocator(SIDEBAR_FRAME);
}

/**
 * Opens a page and waits until the sidebar has painted what was stored for the case (or says
 * nothing is stored). Resolves 'no-sidebar' when the page has no case on it: the content script
 * marks the document once it has decided, so the wait is for a state, not a time.
 */
export async function openCasePage(page: Page, url: string): Promise<'sidebar' | 'no-sidebar'> {
  await page.goto(url);
  await page.waitForSelector('html[data-core-group-lens]', { state: 'attached', timeout: 30_000 });
  const decision = await page.getAttribute('html', 'data-core-group-lens');
  if (decision !== 'case-page') return 'no-sidebar';
  await sidebarOf(page)
    .locator('[data-testid="rag"], [data-testid="no-data"]')
    .first()
    .waitFor({ timeout: 30_000 });
  return 'sidebar';
}
