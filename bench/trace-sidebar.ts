/**
 * A Chromium trace (CDP Tracing, all processes) of warm sidebar loads on the demo's case pages,
 * to see where the sidebar's first paint goes: `tsx bench/trace-sidebar.ts <extensionDir>
 * <out.json> [runs]`. Load the file in chrome://tracing or Perfetto; bench/trace-summary.ts
 * breaks it down.
 */
import { writeFile } from 'node:fs/promises';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { launchWithExtension } from '../tests/e2e/browser';
import { newPage } from './browsers';
import { oneRun } from './measure-sidebar';

const [dir, out, runsArg] = process.argv.slice(2);
if (!dir || !out)
  throw new Error('usage: tsx bench/trace-sidebar.ts <extensionDir> <out.json> [runs]');
const runs = Number(runsArg ?? 4);
const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
const index = (await (await fetch(`${demo.url}/__demo/cases.json`)).json()) as {
  cases: { pages: string[] }[];
};
const urls = index.cases.map((c) => c.pages[0]).filter((u): u is string => !!u);
const browser = await launchWithExtension({ extensionDir: dir });
const page = await newPage(browser.context);
try {
  for (let i = 0; i < 3; i++) await oneRun(page, urls[i % urls.length] as string);
  const cdp = await browser.context.newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown[])));
  const done = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'blink.user_timing',
        'loading',
        'navigation',
        'blink',
        'blink.resource',
        'ServiceWorker',
        'extensions',
        '__metadata',
        'disabled-by-default-devtools.timeline.frame',
        'content',
        'browser',
      ],
    },
  });
  const results = [];
  for (let i = 0; i < runs; i++)
    results.push(await oneRun(page, urls[(i + 3) % urls.length] as string));
  await cdp.send('Tracing.end');
  await done;
  await writeFile(out, JSON.stringify({ traceEvents: events }));
  console.log(JSON.stringify(results, null, 1));
} finally {
  await browser.close();
  await demo.close();
}
