/**
 * A/B of the sidebar's first paint with data for two built extensions, run by run in turn in the
 * same period (the machine is shared; absolute times drift), with nothing attached to the frame
 * (bench/cdp-pipe.ts): `tsx bench/ab-sidebar.ts <dirA> <dirB> [runs] [--large]`. Prints the
 * medians of each part of bench/measure-sidebar.ts for each build. `--large`: on the extraction
 * bench's generated pages (2,000 visit rows, 200 plan actions) instead of the demo's case pages.
 */
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { demoPagesByCase, firstPageOfEach } from './demo-pages';
import { startPageServer } from './generate-pages';
import { type SidebarRun, unattachedSeriesInTurns } from './measure-sidebar';
import { summarise } from './stats';

const large = process.argv.includes('--large');
const [dirA, dirB, runsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) {
  throw new Error(
    'usage: tsx bench/ab-sidebar.ts <extensionDirA> <extensionDirB> [runs] [--large]',
  );
}
const runs = Number(runsArg ?? 12);
const today = todayInLondon(new Date());
const demo = large ? await startPageServer(today) : await startDemoServer({ port: 0, today });
const urls = large
  ? (demo as Awaited<ReturnType<typeof startPageServer>>).pages.map((p) => `${demo.url}${p.path}`)
  : firstPageOfEach(await demoPagesByCase(demo.url));
try {
  // Warm-up loads (service worker, code caches) not counted; then the builds take turns.
  const at = (i: number) => urls[((i % urls.length) + urls.length) % urls.length] as string;
  const kept = (await unattachedSeriesInTurns([dirA, dirB], at, { warmUp: 3, runs })).map(
    (series) => series.runs,
  );
  const keys = Object.keys(kept[0]?.[0] ?? {}).filter(
    (k) => k !== 'url' && k !== 'attachedEarly',
  ) as (keyof SidebarRun)[];
  const med = (rs: SidebarRun[], k: keyof SidebarRun) => {
    const v = rs
      .map((r) => r[k])
      .filter((x): x is number => typeof x === 'number' && !Number.isNaN(x));
    return v.length ? summarise(v).median.toFixed(1) : '-';
  };
  console.log(`part\tA (${kept[0]?.length} runs)\tB (${kept[1]?.length} runs)`);
  for (const k of keys) console.log([k, ...kept.map((rs) => med(rs, k))].join('\t'));
  // Each page alone too: the generated pages differ by far more than the builds do.
  console.log('page\tfirst data A\tB\tstore A\tB');
  for (const url of urls) {
    const on = (rs: SidebarRun[] | undefined) => (rs ?? []).filter((r) => r.url === url);
    const path = new URL(url).pathname + new URL(url).search;
    console.log(
      [path, ...kept.map((rs) => med(on(rs), 'firstDataAfterDcl'))]
        .concat(kept.map((rs) => med(on(rs), 'storeRead')))
        .join('\t'),
    );
  }
  for (const [name, rs] of [
    ['A', kept[0]],
    ['B', kept[1]],
  ] as const) {
    console.log(
      `first data, run by run ${name}:`,
      rs?.map((r) => r.firstDataAfterDcl.toFixed(0)).join(' '),
    );
  }
} finally {
  await demo.close();
}
