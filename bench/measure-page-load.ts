import type { Page } from 'playwright-core';
import { extensionDecision, sidebarFrame } from './browsers';
import { ratio, repeat, type Summary, summarise } from './stats';

/**
 * The case system page's own load time (navigation start to the end of its load event) with the
 * extension and without it, the two browsers taking turns page by page so that whatever else
 * the machine is doing falls on both alike.
 */
export interface PageLoadResults {
  withExtension: Summary;
  without: Summary;
  /** Median with over median without: the cost the extension adds. */
  ratio: number;
  /** Fastest with over fastest without: the same cost, less of the machine's noise in it. */
  minRatio: number;
  /** DOMContentLoaded, with and without: what happens before the content script can run. */
  dclWith: Summary;
  dclWithout: Summary;
  /** Runs in which the content script's readPage ended before the load event: it delayed it. */
  readPageBeforeLoad: { runs: number; medianMs: number | undefined };
  pages: number;
}

interface LoadRun {
  load: number;
  dcl: number;
  /** readPage's duration when it finished before the load event started. */
  readBeforeLoad?: number;
}

async function loadTime(page: Page, url: string, waitForExtension: boolean): Promise<LoadRun> {
  await page.goto(url, { waitUntil: 'load' });
  // Let the extension finish (its read, store and sidebar) so none of it spills into the next run.
  if (waitForExtension && (await extensionDecision(page)) === 'case-page') await sidebarFrame(page);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const read = performance.getEntriesByName('core-group-lens:read-page')[0];
    const run: { load: number; dcl: number; readBeforeLoad?: number } = {
      load: nav.loadEventEnd - nav.startTime,
      dcl: nav.domContentLoadedEventEnd - nav.startTime,
    };
    if (read && read.startTime + read.duration <= nav.loadEventStart) {
      run.readBeforeLoad = read.duration;
    }
    return run;
  });
}

export async function measurePageLoad(
  withPage: Page,
  withoutPage: Page,
  urls: readonly string[],
  counts = { warmUp: 2, runs: 20 },
): Promise<PageLoadResults> {
  if (urls.length === 0) throw new Error('no pages to load');
  const at = (i: number) => urls[((i % urls.length) + urls.length) % urls.length] as string;
  const pairs = await repeat(async (i) => {
    const url = at(i);
    // Alternate which browser goes first, so neither always loads a page the other just served.
    if (i % 2 === 0) {
      const withRun = await loadTime(withPage, url, true);
      return { with: withRun, without: await loadTime(withoutPage, url, false) };
    }
    const without = await loadTime(withoutPage, url, false);
    return { with: await loadTime(withPage, url, true), without };
  }, counts);
  const withExtension = summarise(pairs.map((p) => p.with.load));
  const without = summarise(pairs.map((p) => p.without.load));
  const beforeLoad = pairs
    .map((p) => p.with.readBeforeLoad)
    .filter((v): v is number => v !== undefined);
  return {
    withExtension,
    without,
    ratio: ratio(withExtension.median, without.median),
    minRatio: ratio(withExtension.min, without.min),
    dclWith: summarise(pairs.map((p) => p.with.dcl)),
    dclWithout: summarise(pairs.map((p) => p.without.dcl)),
    readPageBeforeLoad: {
      runs: beforeLoad.length,
      medianMs: beforeLoad.length ? summarise(beforeLoad).median : undefined,
    },
    pages: new Set(pairs.map((_, i) => at(i))).size,
  };
}
