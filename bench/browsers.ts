import type { BrowserContext, Frame, Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../tests/e2e/browser';
import { type TempExtension, writeFloorExtension } from './floor-extension';
import { writeSidebarFloorExtension } from './sidebar-floor-extension';

/**
 * The two browsers every comparison needs, side by side in one run: Debian's Chromium with the
 * built extension, and the same Chromium without it (tests/e2e/browser.ts launches both).
 */
export interface BenchBrowsers {
  withExtension: ExtensionBrowser;
  without: ExtensionBrowser;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchBenchBrowsers(extensionDir: string): Promise<BenchBrowsers> {
  const withExtension = await launchWithExtension({ extensionDir });
  const without = await launchWithExtension({ extensionDir, withExtension: false });
  return {
    withExtension,
    without,
    extensionUrl: (path) => `chrome-extension://${withExtension.extensionId}/${path}`,
    async close() {
      await Promise.allSettled([withExtension.close(), without.close()]);
    },
  };
}

/** A tab of a browser set up as the other two, whose extension is the floor written by `write`. */
async function withFloor<T>(
  write: () => Promise<TempExtension>,
  measure: (floorPage: Page) => Promise<T>,
): Promise<T> {
  const floor = await write();
  try {
    const browser = await launchWithExtension({ extensionDir: floor.dir, hasServiceWorker: false });
    try {
      return await measure(await newPage(browser.context));
    } finally {
      await browser.close();
    }
  } finally {
    await floor.remove();
  }
}

/**
 * Runs `measure` with tabs of two more browsers, set up as the other two, whose extensions are
 * the floors: `floor` (bench/floor-extension.ts: the same content-script matches, an empty
 * script, no background) and `frameFloor` (bench/sidebar-floor-extension.ts: a bare extension
 * page in a frame like the sidebar's). Only the page-load measure needs them, so they live no
 * longer than that step.
 */
export function withFloorBrowsers<T>(
  extensionDir: string,
  measure: (floors: { floor: Page; frameFloor: Page }) => Promise<T>,
): Promise<T> {
  return withFloor(
    () => writeFloorExtension(extensionDir),
    (floor) =>
      withFloor(
        () => writeSidebarFloorExtension(extensionDir),
        (frameFloor) => measure({ floor, frameFloor }),
      ),
  );
}

/** One fresh tab; the browsers open with a blank one, which is reused when it is the only one. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const pages = context.pages();
  const blank = pages.length === 1 && pages[0]?.url() === 'about:blank' ? pages[0] : undefined;
  return blank ?? context.newPage();
}

/** Waits (bounded) for the sidebar frame of `page` to exist, and returns it. */
export async function sidebarFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  await page
    .frameLocator('#core-group-lens-sidebar')
    .locator('html[data-core-group-lens-shown]')
    .waitFor({ state: 'attached', timeout: timeoutMs });
  const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
  if (!frame) throw new Error('the sidebar frame is not among the page frames');
  return frame;
}

/** Waits (bounded) until the content script has decided what the page is. */
export async function extensionDecision(page: Page, timeoutMs = 30_000): Promise<string> {
  await page.waitForSelector('html[data-core-group-lens]', {
    state: 'attached',
    timeout: timeoutMs,
  });
  return (await page.getAttribute('html', 'data-core-group-lens')) ?? '';
}
