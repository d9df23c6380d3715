import type { Page } from 'playwright-core';
import { extensionDecision } from './browsers';
import type { GeneratedPage } from './generate-pages';
import { ratio, repeat, type Summary, summarise } from './stats';

/**
 * The content script's `readPage` on a large generated page (timed inside the content script,
 * entrypoints/content/index.ts) against the floor: one bare walk of the same DOM in the page's
 * own world, `querySelectorAll('*')` touching each element once. Both are the first pass over
 * that page load's DOM, so neither gets the other's warm caches for free. No warm-up load: the
 * content script starts afresh in every page, as it does for a worker.
 */
export interface ExtractionRun {
  readPageMs: number;
  bareWalkMs: number;
  elements: number;
}

export interface ExtractionResult {
  page: string;
  path: string;
  elements: number;
  readPage: Summary;
  bareWalk: Summary;
  /** Median read over median walk: how many bare traversals the reader costs. */
  ratio: number;
  decision: string;
}

async function oneRun(page: Page, url: string): Promise<ExtractionRun & { decision: string }> {
  await page.goto(url);
  const decision = await extensionDecision(page, 60_000);
  const readMs = Number(await page.getAttribute('html', 'data-core-group-lens-read-ms'));
  const walk = await page.evaluate(() => {
    const started = performance.now();
    const all = document.querySelectorAll('*');
    let touched = 0;
    for (let i = 0; i < all.length; i++) touched += (all[i] as Element).tagName.length;
    const ms = performance.now() - started;
    return { ms, elements: all.length, touched };
  });
  return { readPageMs: readMs, bareWalkMs: walk.ms, elements: walk.elements, decision };
}

export async function measureExtraction(
  page: Page,
  baseUrl: string,
  pages: readonly GeneratedPage[],
  counts = { warmUp: 0, runs: 3 },
): Promise<ExtractionResult[]> {
  const results: ExtractionResult[] = [];
  for (const generated of pages) {
    const url = `${baseUrl}${generated.path}`;
    const runs = await repeat(() => oneRun(page, url), counts);
    const decisions = new Set(runs.map((r) => r.decision));
    if (runs.some((r) => !Number.isFinite(r.readPageMs))) {
      throw new Error(`${generated.name}: the content script left no reading time on the page`);
    }
    const readPage = summarise(runs.map((r) => r.readPageMs));
    const bareWalk = summarise(runs.map((r) => r.bareWalkMs));
    results.push({
      page: generated.name,
      path: generated.path,
      elements: runs[0]?.elements ?? 0,
      readPage,
      bareWalk,
      ratio: ratio(readPage.median, bareWalk.median),
      decision: [...decisions].join(', '),
    });
  }
  return results;
}
