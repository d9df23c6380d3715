/**
 * A Chromium trace (all processes) of warm sidebar loads on the demo's case pages, with nothing
 * attached to the sidebar frame (bench/cdp-pipe.ts), to see where its first paint goes:
 * `tsx bench/trace-sidebar.ts <extensionDir> <out.json> [runs]`. Open the file in Perfetto.
 */
import { writeFile } from 'node:fs/promises';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { launchOverPipe } from './cdp-pipe';
import { demoPagesByCase, firstPageOfEach } from './demo-pages';
import { openUnattachedTab, unattachedRun } from './measure-sidebar';

const [dir, out, runsArg] = process.argv.slice(2);
if (!dir || !out) {
  throw new Error('usage: tsx bench/trace-sidebar.ts <extensionDir> <out.json> [runs]');
}
const runs = Number(runsArg ?? 4);
const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
const urls = firstPageOfEach(await demoPagesByCase(demo.url));
const cdp = await launchOverPipe(dir);
try {
  const tab = await openUnattachedTab(cdp);
  for (let i = 0; i < 3; i++) await unattachedRun(tab, urls[i % urls.length] as string);
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
      ],
    },
  });
  const results = [];
  for (let i = 0; i < runs; i++) {
    results.push(await unattachedRun(tab, urls[(i + 3) % urls.length] as string));
  }
  await cdp.send('Tracing.end');
  await done;
  await writeFile(out, JSON.stringify({ traceEvents: events }));
  for (const r of results) {
    console.log(
      r.url,
      `first data ${r.firstDataAfterDcl.toFixed(0)}, frame start ${r.frameStart.toFixed(0)}, scripts ${r.sidebarScripts.toFixed(0)}, data+render ${r.sidebarDataAndRender.toFixed(0)}`,
    );
  }
} finally {
  await cdp.close();
  await demo.close();
}
