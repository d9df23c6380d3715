/**
 * `npx tsx bench/trace-page-load.ts [extensionDir]`: where the time of a case page's load goes,
 * from Chromium's own trace (CDP `Tracing`), with the extension, the floor extension and none.
 * Not part of `npm run bench` (a trace slows what it records); it is how issue 8's page-load
 * figures were explained. For each browser it loads the demo case pages one after another from
 * the address bar and by a link on the page, and prints the medians of, from navigation start to
 * the new page's load event: the main-thread time of each process (the host page's renderer, the
 * extension's renderer, which runs the sidebar's frame, and the browser), in all and per phase
 * (to the commit, commit to DOMContentLoaded, DOMContentLoaded to load), the longest parts of the
 * host renderer's commit (the previous page's teardown is inside it) and the content script's
 * compile and run.
 */
import type { Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/browser';
import { newPage } from './browsers';
import { demoPagesByCase } from './demo-pages';
import { writeFloorExtension } from './floor-extension';
import { extensionSettled, navigate } from './measure-page-load';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'loading',
  'navigation',
  'blink',
  'v8',
  '__metadata',
];
/** The parts of a commit worth naming: the old page's teardown and the new page's start. */
const COMMIT_PARTS = [
  'RenderFrameImpl::CommitNavigation',
  'Frame::Detach',
  'RenderFrameImpl::Delete',
  'FrameLoader::CommitDocumentLoader',
  'EvaluateScript',
  // The content script's compile and run (category v8).
  'v8.compile',
  'v8.run',
];

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

/**
 * Main-thread time per process, and named parts, from navigation start to the load mark, and
 * per phase: to the host's commit (the request, and `beforeunload` when the page listens for it),
 * commit to DOMContentLoaded (the previous page's teardown, parsing), DOMContentLoaded to load
 * (document_idle content scripts).
 */
function breakdown(events: readonly TraceEvent[]): Map<string, number> {
  const processes = new Map<number, string>();
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '?');
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  const start = events.find((e) => e.name === 'NavigationTotal' && e.ph === 'b')?.ts;
  if (start === undefined) throw new Error('no navigation in the trace');
  const firstAfter = (name: string, from: number) =>
    Math.min(...events.filter((e) => e.name === name && e.ts > from).map((e) => e.ts));
  const end = firstAfter('MarkLoad', start);
  const dcl = firstAfter('MarkDOMContent', start);
  const commit = Math.min(
    dcl,
    ...events
      .filter(
        (e) =>
          e.name === 'RenderFrameImpl::CommitNavigation' &&
          e.ts > start &&
          processes.get(e.pid) === 'Renderer',
      )
      .map((e) => e.ts),
  );
  const phases = [
    ['to commit', start, commit],
    ['commit to DCL', commit, dcl],
    ['DCL to load', dcl, end],
  ] as const;
  const parts = new Map<string, number>([['navigation start to load', (end - start) / 1000]]);
  for (const [phase, from, to] of phases) parts.set(`${phase}`, (to - from) / 1000);
  const add = (key: string, ms: number) => parts.set(key, (parts.get(key) ?? 0) + ms);
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.ts < start || e.ts > end) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`);
    if (thread !== 'CrRendererMain' && thread !== 'CrBrowserMain') continue;
    const process = processes.get(e.pid) ?? '?';
    const phase = phases.find(([, from, to]) => e.ts >= from && e.ts < to)?.[0] ?? '?';
    // One top-level task event per task (Chromium nests ThreadControllerImpl::RunTask in it).
    if (e.name === 'ThreadControllerImpl::RunTask') {
      add(`${process} main thread`, e.dur / 1000);
      add(`  ${phase}: ${process} main thread`, e.dur / 1000);
    }
    if (COMMIT_PARTS.includes(e.name)) add(`  ${process}: ${e.name}`, e.dur / 1000);
  }
  return parts;
}

async function main() {
  const extensionDir = process.argv[2] ?? EXTENSION_DIR;
  const rounds = Number(process.env.ROUNDS ?? 8);
  const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
  const urls = (await demoPagesByCase(demo.url)).flat();
  const floor = await writeFloorExtension(extensionDir);
  const browsers = {
    with: await launchWithExtension({ extensionDir }),
    floor: await launchWithExtension({ extensionDir: floor.dir, hasServiceWorker: false }),
    without: await launchWithExtension({ extensionDir, withExtension: false }),
  };
  try {
    const results = new Map<string, number[]>();
    for (const how of ['address-bar', 'link'] as const) {
      for (const [who, browser] of Object.entries(browsers)) {
        const page = await newPage(browser.context);
        for (let i = -1; i < rounds; i++) {
          const url = urls[(i + 1 + urls.length) % urls.length] as string;
          const events = await traced(page, async () => {
            await navigate(page, url, how);
          });
          if (who === 'with' && (await extensionSettled(page)) === undefined) {
            throw new Error('the extension did not settle after a load');
          }
          if (i < 0) continue;
          for (const [part, ms] of breakdown(events)) {
            const key = `${how} | ${who} | ${part}`;
            results.set(key, [...(results.get(key) ?? []), ms]);
          }
        }
      }
    }
    for (const [key, values] of results) {
      // Medians over the rounds a part appeared in, with how many that was.
      console.log(
        `${median(values).toFixed(1).padStart(7)} ms  ${key} (${values.length}/${rounds})`,
      );
    }
  } finally {
    await Promise.allSettled(Object.values(browsers).map((b) => b.close()));
    await floor.remove();
    await demo.close();
  }
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
