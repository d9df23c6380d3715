import type { CDPSession, Page } from 'playwright-core';
import { extensionDecision } from './browsers';
import type { GeneratedPage } from './generate-pages';
import { BARE_WALK, inIsolatedWorld, type Walk } from './isolated-world';
import { ratio, repeat, type Summary, summarise } from './stats';

/**
 * The content script's `readPage` on a large generated page (timed inside the content script,
 * entrypoints/content/index.ts) against the floor: one bare walk of the same DOM in the page's
 * own world, `querySelectorAll('*')` touching each element once. Both are the first pass over
 * that page load's DOM, so neither gets the other's warm caches for free. No warm-up load: the
 * content script starts afresh in every page, as it does for a worker. Five loads a page: the plan
 * pages' walk takes 1-4 ms, and with three their ratio swung between 5× and 23× in one day.
 */
export interface ExtractionRun {
  readPageMs: number;
  bareWalkMs: number;
  elements: number;
  /**
   * The two parts of readPageMs (the content script's `read-page` and `build-read` measures):
   * the content script's read runs on the host page's main thread, which it freezes; the
   * background's build of the page read runs in the service worker, which it does not. Both
   * are reported; readPageMs (their sum) stays the budget's measure.
   */
  contentReadMs?: number;
  buildMs?: number;
  /**
   * The same bare walk in an isolated world of its own (as a content script's is), on a load of
   * its own. Blink keeps the page's own world's DOM wrappers inline and every other world's in
   * a table, so each node a content script touches costs more: the floor no content script can
   * go under. Reported beside the budget's figure, which stays against the page's own walk.
   */
  isolatedWalkMs?: number;
}

export interface ExtractionResult {
  page: string;
  path: string;
  elements: number;
  readPage: Summary;
  bareWalk: Summary;
  /** Median read over median walk: how many bare traversals the reader costs. */
  ratio: number;
  /** The content script's part alone (see ExtractionRun), when the page's timeline shows it. */
  contentRead?: Summary;
  build?: Summary;
  contentRatio?: number;
  /** See ExtractionRun.isolatedWalkMs; and the content script's part over it. */
  isolatedWalk?: Summary;
  contentRatioIsolated?: number;
  decision: string;
}

/** The bare walk in a new isolated world of the page's main frame. */
async function isolatedWalk(cdp: CDPSession): Promise<Walk> {
  const walk = (await inIsolatedWorld(cdp, BARE_WALK, 'core-group-lens-bench-walk')) as
    | Walk
    | undefined;
  if (typeof walk?.ms !== 'number') throw new Error('the walk in an isolated world gave no time');
  return walk;
}

async function oneRun(
  page: Page,
  cdp: CDPSession,
  url: string,
): Promise<ExtractionRun & { decision: string }> {
  await page.goto(url);
  const decision = await extensionDecision(page, 60_000);
  const readMs = Number(await page.getAttribute('html', 'data-core-group-lens-read-ms'));
  const walk = (await page.evaluate(BARE_WALK)) as Walk;
  // The content script's measures are on the page's timeline, which every world shares.
  // (No named function inside: tsx would wrap it in a helper the page does not have.)
  const parts = await page.evaluate(() => ({
    read: performance.getEntriesByName('core-group-lens:read-page', 'measure').at(-1)?.duration,
    build: performance.getEntriesByName('core-group-lens:build-read', 'measure').at(-1)?.duration,
  }));
  // A load of its own, so that neither walk finds the other's work done.
  await page.goto(url);
  await extensionDecision(page, 60_000);
  const isolatedWalkMs = (await isolatedWalk(cdp)).ms;
  return {
    readPageMs: readMs,
    bareWalkMs: walk.ms,
    isolatedWalkMs,
    elements: walk.elements,
    decision,
    ...(parts.read === undefined ? {} : { contentReadMs: parts.read }),
    ...(parts.build === undefined ? {} : { buildMs: parts.build }),
  };
}

export async function measureExtraction(
  page: Page,
  baseUrl: string,
  pages: readonly GeneratedPage[],
  counts = { warmUp: 0, runs: 5 },
): Promise<ExtractionResult[]> {
  const results: ExtractionResult[] = [];
  const cdp = await page.context().newCDPSession(page);
  for (const generated of pages) {
    const url = `${baseUrl}${generated.path}`;
    const runs = await repeat(() => oneRun(page, cdp, url), counts);
    const decisions = new Set(runs.map((r) => r.decision));
    if (runs.some((r) => !Number.isFinite(r.readPageMs))) {
      throw new Error(`${generated.name}: the content script left no reading time on the page`);
    }
    const readPage = summarise(runs.map((r) => r.readPageMs));
    const bareWalk = summarise(runs.map((r) => r.bareWalkMs));
    const contentReads = runs.flatMap((r) =>
      r.contentReadMs === undefined ? [] : [r.contentReadMs],
    );
    const builds = runs.flatMap((r) => (r.buildMs === undefined ? [] : [r.buildMs]));
    const contentRead = contentReads.length === runs.length ? summarise(contentReads) : undefined;
    const isolated = runs.flatMap((r) =>
      r.isolatedWalkMs === undefined ? [] : [r.isolatedWalkMs],
    );
    const isolatedWalk = isolated.length === runs.length ? summarise(isolated) : undefined;
    results.push({
      page: generated.name,
      path: generated.path,
      elements: runs[0]?.elements ?? 0,
      readPage,
      bareWalk,
      ratio: ratio(readPage.median, bareWalk.median),
      ...(contentRead
        ? { contentRead, contentRatio: ratio(contentRead.median, bareWalk.median) }
        : {}),
      ...(builds.length === runs.length ? { build: summarise(builds) } : {}),
      ...(isolatedWalk
        ? {
            isolatedWalk,
            ...(contentRead
              ? { contentRatioIsolated: ratio(contentRead.median, isolatedWalk.median) }
              : {}),
          }
        : {}),
      decision: [...decisions].join(', '),
    });
  }
  return results;
}
