import type { Page } from 'playwright-core';
import { newPage, sidebarFrame } from './browsers';
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
  /** DOMContentLoaded to the content script's start (it runs at document_idle). */
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

export interface SidebarResults {
  /** The first case page opened in a fresh browser (service worker and frame cold). */
  coldRun: SidebarRun;
  firstDataAfterDcl: Summary;
  /** Medians of each part, to show what dominates. */
  parts: Record<Exclude<keyof SidebarRun, 'url' | 'firstDataAfterDcl'>, number | undefined>;
  runs: SidebarRun[];
}

const PREFIX = 'core-group-lens:';

/** One warm or cold run on `url` (exported for A/B comparisons of two builds, run by run). */
export async function oneRun(page: Page, url: string): Promise<SidebarRun> {
  await page.goto(url);
  const frame = await sidebarFrame(page);
  const host = await page.evaluate((prefix) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const measures = Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => [m.name.slice(prefix.length), { start: m.startTime, duration: m.duration }]),
    );
    return { origin: performance.timeOrigin, dcl: nav.domContentLoadedEventStart, measures };
  }, PREFIX);
  const side = await frame.evaluate((name) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = performance.getEntriesByName(`${name}first-data`)[0];
    const firstData = mark ? mark.startTime : Number.NaN;
    // Times only (no named helpers here: the page cannot see tsx's `__name`).
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
  }, PREFIX);
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

export async function measureSidebar(
  page: Page | undefined,
  context: Parameters<typeof newPage>[0],
  urls: readonly string[],
  counts = { warmUp: 2, runs: 8 },
): Promise<SidebarResults> {
  if (urls.length === 0) throw new Error('no demo case pages to open');
  const tab = page ?? (await newPage(context));
  const at = (i: number) => urls[((i % urls.length) + urls.length) % urls.length] as string;
  const coldRun = await oneRun(tab, at(0));
  const runs = await repeat((i) => oneRun(tab, at(i + 1)), counts);
  const medianOf = (pick: (r: SidebarRun) => number | undefined) => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined && !Number.isNaN(v));
    return values.length ? summarise(values).median : undefined;
  };
  return {
    coldRun,
    firstDataAfterDcl: summarise(runs.map((r) => r.firstDataAfterDcl)),
    parts: {
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
    },
    runs,
  };
}
