import type { Page } from 'playwright-core';
import { extensionDecision, sidebarFrame } from './browsers';
import { median, ratio, repeat, type Summary, summarise } from './stats';

/**
 * The case system page's own load time (navigation start to the end of its load event) in three
 * browsers set up alike, taking turns page by page so that whatever else the machine is doing
 * falls on all three: with the extension, with the floor (bench/floor-extension.ts: the same
 * content-script matches, an empty script, no background) and without any extension.
 *
 * with / without is the budget. floor / without is what Chromium charges any extension with a
 * content script on these pages (document_idle scripts are injected before the load event of a
 * page that finishes quickly); with / floor is what ours adds on top.
 *
 * Each load is followed by a pause before the next one (SETTLE_MS), in every browser alike. The
 * extension keeps working after the sidebar's first data (the page read is stored, every open
 * sidebar of the case is told and fetches again); a bench that clicks on at once made that work,
 * in the extension's process on a two-core machine, land in the next page's load, which no
 * worker clicking through the case system does. The old back-to-back figure is still measured
 * and reported (`backToBack`), as is the previous page's teardown: the sidebar frame and the
 * content script's world are torn down inside the next navigation (between its response and its
 * DOMContentLoaded), which is the extension's cost and stays in every figure.
 */
export const SETTLE_MS = 300;

export type LoadBrowser = 'with' | 'floor' | 'without';
const BROWSERS: readonly LoadBrowser[] = ['with', 'floor', 'without'];

/** Medians of where a load's time goes, from its PerformanceNavigationTiming. */
export interface LoadPhases {
  /** Navigation start to the response's end: the browser and the network. */
  toResponse: number;
  /** Response end to DOMContentLoaded's end: commit (with the previous page's unload and teardown) and parsing. */
  responseToDcl: number;
  /** DOMContentLoaded's end to the load event's end: where Chromium injects document_idle scripts. */
  dclToLoad: number;
}

export interface PageLoadSeries {
  withExtension: Summary;
  floor: Summary;
  without: Summary;
  /** Median with over median without: the budget's figure. */
  ratio: number;
  /** Fastest with over fastest without: the same cost, less of the machine's noise in it. */
  minRatio: number;
  /** Median floor over median without: any content-script extension's cost here. */
  floorRatio: number;
  /** Median with over median floor: what this extension adds to that. */
  overFloor: number;
  /**
   * Medians of each round's own ratios (the three loads of one page, taken close together):
   * less moved by the machine's slow spells than the ratios of medians, which the budget uses.
   */
  paired: { ratio: number; floorRatio: number; overFloor: number };
  phases: Record<LoadBrowser, LoadPhases>;
  /** The pause after each load, in every browser (0: back to back). */
  settleMs: number;
}

export interface PageLoadResults extends PageLoadSeries {
  /** DOMContentLoaded, with and without: what happens before the content script can run. */
  dclWith: Summary;
  dclWithout: Summary;
  /** Runs in which the content script's readPage ended before the load event: it delayed it. */
  readPageBeforeLoad: { runs: number; medianMs: number | undefined };
  /** The same three browsers loading back to back, as the bench measured before the pause. */
  backToBack: PageLoadSeries;
  pages: number;
}

interface LoadRun {
  load: number;
  response: number;
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
    const run: LoadRun = {
      load: nav.loadEventEnd - nav.startTime,
      response: nav.responseEnd - nav.startTime,
      dcl: nav.domContentLoadedEventEnd - nav.startTime,
    };
    if (read && read.startTime + read.duration <= nav.loadEventStart) {
      run.readBeforeLoad = read.duration;
    }
    return run;
  });
}

function phasesOf(runs: readonly LoadRun[]): LoadPhases {
  return {
    toResponse: median(runs.map((r) => r.response)),
    responseToDcl: median(runs.map((r) => r.dcl - r.response)),
    dclToLoad: median(runs.map((r) => r.load - r.dcl)),
  };
}

/** One round per page: each browser loads it in turn, who goes first rotating round by round. */
async function loadRounds(
  pages: Record<LoadBrowser, Page>,
  at: (i: number) => string,
  counts: { warmUp: number; runs: number },
  settleMs: number,
): Promise<Record<LoadBrowser, LoadRun>[]> {
  return repeat(async (i) => {
    const url = at(i);
    const round = {} as Record<LoadBrowser, LoadRun>;
    for (let k = 0; k < BROWSERS.length; k++) {
      const who = BROWSERS[(((i + k) % BROWSERS.length) + BROWSERS.length) % BROWSERS.length];
      if (!who) throw new Error('no browser for this turn');
      round[who] = await loadTime(pages[who], url, who === 'with');
      if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    }
    return round;
  }, counts);
}

function seriesOf(rounds: readonly Record<LoadBrowser, LoadRun>[], settleMs: number) {
  const loads = (who: LoadBrowser) => summarise(rounds.map((r) => r[who].load));
  const withExtension = loads('with');
  const floor = loads('floor');
  const without = loads('without');
  const series: PageLoadSeries = {
    withExtension,
    floor,
    without,
    ratio: ratio(withExtension.median, without.median),
    minRatio: ratio(withExtension.min, without.min),
    floorRatio: ratio(floor.median, without.median),
    overFloor: ratio(withExtension.median, floor.median),
    paired: {
      ratio: median(rounds.map((r) => ratio(r.with.load, r.without.load))),
      floorRatio: median(rounds.map((r) => ratio(r.floor.load, r.without.load))),
      overFloor: median(rounds.map((r) => ratio(r.with.load, r.floor.load))),
    },
    phases: {
      with: phasesOf(rounds.map((r) => r.with)),
      floor: phasesOf(rounds.map((r) => r.floor)),
      without: phasesOf(rounds.map((r) => r.without)),
    },
    settleMs,
  };
  return series;
}

export async function measurePageLoad(
  pages: Record<LoadBrowser, Page>,
  urls: readonly string[],
  counts = { warmUp: 2, runs: 30, backToBackRuns: 12 },
): Promise<PageLoadResults> {
  if (urls.length === 0) throw new Error('no pages to load');
  const at = (i: number) => urls[((i % urls.length) + urls.length) % urls.length] as string;
  const rounds = await loadRounds(
    pages,
    at,
    { warmUp: counts.warmUp, runs: counts.runs },
    SETTLE_MS,
  );
  // Back to back, as before: the next load starts as soon as the sidebar shows its first data.
  const rushed = await loadRounds(pages, at, { warmUp: 1, runs: counts.backToBackRuns }, 0);
  const beforeLoad = rounds
    .map((r) => r.with.readBeforeLoad)
    .filter((v): v is number => v !== undefined);
  return {
    ...seriesOf(rounds, SETTLE_MS),
    dclWith: summarise(rounds.map((r) => r.with.dcl)),
    dclWithout: summarise(rounds.map((r) => r.without.dcl)),
    readPageBeforeLoad: {
      runs: beforeLoad.length,
      medianMs: beforeLoad.length ? summarise(beforeLoad).median : undefined,
    },
    backToBack: seriesOf(rushed, 0),
    pages: new Set(rounds.map((_, i) => at(i))).size,
  };
}
