import type { Page } from 'playwright-core';
import { newPage, sidebarFrame } from './browsers';
import { type CdpBrowser, launchOverPipe } from './cdp-pipe';
import { writeSidebarFloorExtension } from './sidebar-floor-extension';
import { writeSidebarReactFloorExtension } from './sidebar-react-floor';
import { repeat, type Summary, summarise } from './stats';

/**
 * The host page's DOMContentLoaded to the first frame of the sidebar that shows the stored case,
 * on the demo's case pages, with where the time went. The sidebar is another process (an
 * extension frame), so times are compared as absolute times: `timeOrigin + now()` in each.
 */
export interface SidebarRun {
  url: string;
  /** DOMContentLoaded of the host page to the sidebar's first frame with data. */
  firstDataAfterDcl: number;
  /**
   * DOMContentLoaded to the start of the content script's first read (it starts at document_idle
   * and reads after the load event).
   */
  contentScriptStart: number | undefined;
  readPage: number | undefined;
  /** The page read sent to the background and stored (the content script waits for it). */
  storeRead: number | undefined;
  /** Reading the layout and creating the frame. */
  mountSidebar: number | undefined;
  /** DOMContentLoaded to the sidebar frame's navigation start. */
  frameStart: number;
  /** The frame's navigation start to its DOMContentLoaded: its scripts fetched and run. */
  sidebarScripts: number;
  /** The frame's DOMContentLoaded to the first frame with data: asking the background, rendering. */
  sidebarDataAndRender: number;
  /** The frame's navigation start to its first `get-sidebar-data` question. */
  dataAsked: number | undefined;
  /** The first question to the answer the frame showed (more than one trip when it had to wait). */
  dataAnswer: number | undefined;
  /** That answer to the first frame showing it: React's render and the next animation frame. */
  render: number | undefined;
  /** How many times the frame asked before its first frame with data (1 when nothing waited). */
  asks: number | undefined;
}

type Parts = Record<Exclude<keyof SidebarRun, 'url' | 'firstDataAfterDcl'>, number | undefined>;

export interface SidebarResults {
  /** The first case page opened in a fresh browser (service worker and frame cold). */
  coldRun: SidebarRun;
  /**
   * Warm runs driven by Playwright, which is attached to the sidebar's frame as it loads (the
   * figure reported before; kept, as the raw number).
   */
  firstDataAfterDcl: Summary;
  /** Medians of each part, to show what dominates. */
  parts: Parts;
  runs: SidebarRun[];
  /**
   * The same warm runs with no debugger attached to the sidebar frame until it has shown the
   * case (bench/cdp-pipe.ts): what a worker's browser does, and the figure the budget is checked
   * against when measured. `attachedEarly`: runs left out because the frame had not shown the
   * case when it was attached to.
   */
  unattached?: UnattachedSeries;
  /**
   * The same, for a bare extension page in a frame mounted where ours is, as the host's load
   * event has run (bench/sidebar-floor-extension.ts): Chromium's part of the figure.
   */
  floor?: UnattachedSeries;
  /**
   * The same, for a React page that asks the worker once and renders its answer, in the same
   * frame (bench/sidebar-react-floor.ts): what the design card's React and message cost on top
   * of Chromium's part, before any of our own code.
   */
  reactFloor?: UnattachedSeries;
}

export interface UnattachedSeries {
  firstDataAfterDcl: Summary;
  parts: Parts;
  runs: SidebarRun[];
  attachedEarly: number;
}

function partsOf(runs: readonly SidebarRun[]): Parts {
  const medianOf = (pick: (r: SidebarRun) => number | undefined) => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined && !Number.isNaN(v));
    return values.length ? summarise(values).median : undefined;
  };
  return {
    contentScriptStart: medianOf((r) => r.contentScriptStart),
    readPage: medianOf((r) => r.readPage),
    storeRead: medianOf((r) => r.storeRead),
    mountSidebar: medianOf((r) => r.mountSidebar),
    frameStart: medianOf((r) => r.frameStart),
    sidebarScripts: medianOf((r) => r.sidebarScripts),
    sidebarDataAndRender: medianOf((r) => r.sidebarDataAndRender),
    dataAsked: medianOf((r) => r.dataAsked),
    dataAnswer: medianOf((r) => r.dataAnswer),
    render: medianOf((r) => r.render),
    asks: medianOf((r) => r.asks),
  };
}

const PREFIX = 'core-group-lens:';

/** What the host page's timeline says of a run (`prefix`: the extension's mark names). */
interface HostTimes {
  origin: number;
  dcl: number;
  measures: Record<string, { start: number; duration: number }>;
}

/** What the sidebar frame's timeline says of a run. */
interface FrameTimes {
  origin: number;
  dcl: number;
  firstData: number;
  asked: number[];
  answered: number[];
}

// Run in the page (by Playwright or as DevTools expression text), so no named helpers inside:
// the page cannot see tsx's `__name`.
const hostTimes = (prefix: string): HostTimes => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const measures = Object.fromEntries(
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith(prefix))
      .map((m) => [m.name.slice(prefix.length), { start: m.startTime, duration: m.duration }]),
  );
  return { origin: performance.timeOrigin, dcl: nav.domContentLoadedEventStart, measures };
};

const frameTimes = (name: string): FrameTimes => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const mark = performance.getEntriesByName(`${name}first-data`)[0];
  const firstData = mark ? mark.startTime : Number.NaN;
  const [asked, answered] = ['data-asked', 'data-answered'].map((mark) =>
    performance
      .getEntriesByName(`${name}${mark}`)
      .map((m) => m.startTime)
      .filter((t) => t <= firstData),
  ) as [number[], number[]];
  return {
    origin: performance.timeOrigin,
    dcl: nav.domContentLoadedEventStart,
    firstData,
    asked,
    answered,
  };
};

function runOf(url: string, host: HostTimes, side: FrameTimes): SidebarRun {
  const hostDcl = host.origin + host.dcl;
  const read = host.measures['read-page'];
  const part = (name: string) => host.measures[name]?.duration;
  return {
    url,
    firstDataAfterDcl: side.origin + side.firstData - hostDcl,
    contentScriptStart: read ? read.start - host.dcl : undefined,
    readPage: part('read-page'),
    storeRead: part('store-read'),
    mountSidebar: part('mount-sidebar'),
    frameStart: side.origin - hostDcl,
    sidebarScripts: side.dcl,
    sidebarDataAndRender: side.firstData - side.dcl,
    dataAsked: side.asked[0],
    dataAnswer:
      side.asked[0] === undefined || side.answered.length === 0
        ? undefined
        : (side.answered.at(-1) as number) - side.asked[0],
    render: side.answered.length ? side.firstData - (side.answered.at(-1) as number) : undefined,
    asks: side.asked.length || undefined,
  };
}

/** One warm or cold run on `url` (exported for A/B comparisons of two builds, run by run). */
export async function oneRun(page: Page, url: string): Promise<SidebarRun> {
  await page.goto(url);
  const frame = await sidebarFrame(page);
  const host = await page.evaluate(hostTimes, PREFIX);
  const side = await frame.evaluate(frameTimes, PREFIX);
  return runOf(url, host, side);
}

/** A tab of the pipe-driven browser (bench/cdp-pipe.ts), attached to itself only. */
export interface UnattachedTab {
  cdp: CdpBrowser;
  sessionId: string;
}

export async function openUnattachedTab(cdp: CdpBrowser): Promise<UnattachedTab> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  return { cdp, sessionId };
}

/**
 * How long the sidebar frame is left alone before anything attaches to it to read its timeline:
 * far longer than its first paint takes here (a run that is attached to before the frame has
 * shown the case says so, `attachedEarly`, and is left out of the figures).
 */
export const LEFT_ALONE_MS = 1500;
const POLL_MS = 20;

type TargetInfo = { targetId: string; type: string; url: string };

async function sidebarTargets(cdp: CdpBrowser): Promise<TargetInfo[]> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'iframe' && t.url.includes('/sidebar.html'));
}

async function evaluate<T>(tab: UnattachedTab, sessionId: string, expression: string): Promise<T> {
  const answer = await tab.cdp.send<{
    result: { value: T };
    exceptionDetails?: { text: string };
  }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId);
  if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.text);
  return answer.result.value;
}

/**
 * One run with no debugger attached to the sidebar frame while it loads (bench/cdp-pipe.ts says
 * why): the host tab is navigated, the frame's target is watched for from the browser side only
 * (`Target.getTargets` touches no renderer), and the frame is attached to, to read its timeline,
 * only once it has been left alone for `leftAloneMs`.
 */
export async function unattachedRun(
  tab: UnattachedTab,
  url: string,
  leftAloneMs = LEFT_ALONE_MS,
): Promise<SidebarRun & { attachedEarly: boolean }> {
  const before = new Set((await sidebarTargets(tab.cdp)).map((t) => t.targetId));
  await tab.cdp.send('Page.navigate', { url }, tab.sessionId);
  const until = Date.now() + 30_000;
  let frame: TargetInfo | undefined;
  while (!frame) {
    if (Date.now() > until) throw new Error(`no sidebar frame on ${url}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
    frame = (await sidebarTargets(tab.cdp)).find((t) => !before.has(t.targetId));
  }
  await new Promise((r) => setTimeout(r, leftAloneMs));
  const { sessionId } = await tab.cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: frame.targetId,
    flatten: true,
  });
  try {
    // True when the frame had already shown the case when it was attached to.
    const shownAlready = await evaluate<boolean>(
      tab,
      sessionId,
      `new Promise((resolve) => {
        const root = document.documentElement;
        if (root.dataset.coreGroupLensShown) return resolve(true);
        const watch = new MutationObserver(() => {
          if (root.dataset.coreGroupLensShown) { watch.disconnect(); resolve(false); }
        });
        watch.observe(root, { attributes: true });
      })`,
    );
    const host = await evaluate<HostTimes>(
      tab,
      tab.sessionId,
      `(${hostTimes.toString()})(${JSON.stringify(PREFIX)})`,
    );
    const side = await evaluate<FrameTimes>(
      tab,
      sessionId,
      `(${frameTimes.toString()})(${JSON.stringify(PREFIX)})`,
    );
    return { ...runOf(url, host, side), attachedEarly: !shownAlready };
  } finally {
    await tab.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/** Warm runs of the extension in `dir` in a browser nothing is attached to (unattachedRun). */
async function unattachedSeries(
  dir: string,
  at: (i: number) => string,
  counts: { warmUp: number; runs: number },
): Promise<UnattachedSeries> {
  const [series] = await unattachedSeriesInTurns([dir], at, counts);
  if (!series) throw new Error('no series measured');
  return series;
}

/**
 * unattachedSeries for several builds at once, one browser each, taking turns run by run (the
 * first to go changing each run), as bench/ab-sidebar.ts does: the machine's slow spells then
 * fall on ours and the floors alike, and "ours over the floor" compares runs of one period.
 */
export async function unattachedSeriesInTurns(
  dirs: readonly string[],
  at: (i: number) => string,
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<UnattachedSeries[]> {
  const browsers: CdpBrowser[] = [];
  try {
    for (const dir of dirs) browsers.push(await launchOverPipe(dir));
    const tabs: UnattachedTab[] = [];
    for (const cdp of browsers) tabs.push(await openUnattachedTab(cdp));
    // Warm-up loads (the worker, the frame's first start) as repeat() does them, not counted.
    for (let w = 0; w < warmUp; w++) {
      for (const tab of tabs) await unattachedRun(tab, at(-w));
    }
    const all: (SidebarRun & { attachedEarly: boolean })[][] = tabs.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < tabs.length; k++) {
        const b = (i + k) % tabs.length;
        (all[b] as (SidebarRun & { attachedEarly: boolean })[]).push(
          await unattachedRun(tabs[b] as UnattachedTab, at(i + 1)),
        );
      }
    }
    return all.map((series) => {
      const kept = series.filter((r) => !r.attachedEarly).map(({ attachedEarly: _, ...r }) => r);
      if (kept.length === 0) throw new Error('every unattached run was attached to too early');
      return {
        firstDataAfterDcl: summarise(kept.map((r) => r.firstDataAfterDcl)),
        parts: partsOf(kept),
        runs: kept,
        attachedEarly: series.length - kept.length,
      };
    });
  } finally {
    for (const cdp of browsers) await cdp.close();
  }
}

/**
 * The budget's figure is the median of twice the runs Playwright's is: medians of 8 runs of one
 * build moved by ±10 ms from one run to the next on this machine (issue 8's A/Bs), as much as the
 * changes being judged.
 */
const UNATTACHED_RUNS_FACTOR = 2;

/**
 * The sidebar's first paint with data on `urls`, warm: driven by Playwright in `context` (as
 * before), and, given the built extension's folder, in a browser nothing is attached to
 * (unattachedRun).
 */
export async function measureSidebar(
  page: Page | undefined,
  context: Parameters<typeof newPage>[0],
  urls: readonly string[],
  counts = { warmUp: 2, runs: 8 },
  extensionDir?: string,
): Promise<SidebarResults> {
  if (urls.length === 0) throw new Error('no demo case pages to open');
  const tab = page ?? (await newPage(context));
  const at = (i: number) => urls[((i % urls.length) + urls.length) % urls.length] as string;
  const coldRun = await oneRun(tab, at(0));
  const runs = await repeat((i) => oneRun(tab, at(i + 1)), counts);
  const results: SidebarResults = {
    coldRun,
    firstDataAfterDcl: summarise(runs.map((r) => r.firstDataAfterDcl)),
    parts: partsOf(runs),
    runs,
  };
  if (extensionDir === undefined) return results;
  const unattachedCounts = { ...counts, runs: counts.runs * UNATTACHED_RUNS_FACTOR };
  const floor = await writeSidebarFloorExtension(extensionDir);
  const reactFloor = await writeSidebarReactFloorExtension(extensionDir);
  try {
    [results.unattached, results.floor, results.reactFloor] = await unattachedSeriesInTurns(
      [extensionDir, floor.dir, reactFloor.dir],
      at,
      unattachedCounts,
    );
  } finally {
    await floor.remove();
    await reactFloor.remove();
  }
  return results;
}

/** The sidebar on one large generated page: no budget; what a worker waits for on a long case. */
export interface LargePageSidebar {
  page: string;
  firstDataAfterDcl: Summary;
  parts: Parts;
}

/**
 * The sidebar's first data on the extraction bench's large pages (2,000 visit rows, 200 plan
 * actions), unattached, taking turns page by page: there the page's load, the read, the
 * background's build and the host's own layout, not the frame, are what the worker waits for.
 */
export async function measureSidebarOnLargePages(
  extensionDir: string,
  pages: readonly { name: string; url: string }[],
  counts = { warmUp: 1, runs: 12 },
): Promise<LargePageSidebar[]> {
  if (pages.length === 0) throw new Error('no large pages to open');
  const at = (i: number) =>
    (pages[((i % pages.length) + pages.length) % pages.length] as { url: string }).url;
  const series = await unattachedSeries(extensionDir, at, counts);
  return pages.flatMap((p) => {
    const runs = series.runs.filter((r) => r.url === p.url);
    if (runs.length === 0) return [];
    return [
      {
        page: p.name,
        firstDataAfterDcl: summarise(runs.map((r) => r.firstDataAfterDcl)),
        parts: partsOf(runs),
      },
    ];
  });
}
