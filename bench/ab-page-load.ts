/**
 * A/B of the page-load measure for several built extensions, page by page in turn in the same
 * period (the machine is shared; absolute times drift), each against the same Chromium without
 * any extension: `tsx bench/ab-page-load.ts <dirA> <dirB> [...] [--runs=N] [--link]`. Each round
 * loads one demo page in every browser, who goes first rotating; a load with an extension waits
 * for it to settle before the next (as bench/measure-page-load.ts does). Prints, per build, the
 * median load, its ratio to without (of medians, and the median of each round's own ratio) and
 * the medians of the phases. Not part of `npm run bench`: how issue 8's page-load changes were
 * compared.
 */
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { launchWithExtension } from '../tests/e2e/browser';
import { newPage } from './browsers';
import { demoPagesByCase } from './demo-pages';
import { extensionSettled, type Navigation, navigate } from './measure-page-load';
import { median } from './stats';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--'));
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 30);
const how: Navigation = args.includes('--link') ? 'link' : 'address-bar';
if (dirs.length === 0) {
  throw new Error('usage: tsx bench/ab-page-load.ts <extensionDir>... [--runs=N] [--link]');
}

interface Load {
  load: number;
  response: number;
  dcl: number;
}

const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
const urls = (await demoPagesByCase(demo.url)).flat();
const browsers = [
  ...(await Promise.all(dirs.map((dir) => launchWithExtension({ extensionDir: dir })))),
  await launchWithExtension({ withExtension: false }),
];
const names = [...dirs, 'without'];
try {
  const tabs = await Promise.all(browsers.map((b) => newPage(b.context)));
  const loads: Load[][] = names.map(() => []);
  for (let i = -2; i < runs; i++) {
    const url = urls[(i + 2) % urls.length] as string;
    for (let k = 0; k < tabs.length; k++) {
      const who = (((i + k) % tabs.length) + tabs.length) % tabs.length;
      const tab = tabs[who];
      if (!tab) continue;
      await navigate(tab, url, how);
      if (who < dirs.length && (await extensionSettled(tab)) === undefined) {
        throw new Error(`${names[who]} did not settle on ${url}`);
      }
      const load = await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          load: nav.loadEventEnd - nav.startTime,
          response: nav.responseEnd - nav.startTime,
          dcl: nav.domContentLoadedEventEnd - nav.startTime,
        };
      });
      if (i >= 0) loads[who]?.push(load);
    }
  }
  const without = loads[dirs.length] ?? [];
  const med = (rs: Load[], f: (r: Load) => number) => median(rs.map(f));
  console.log(`${how}, ${runs} rounds`);
  console.log('build\tload\t÷without\tpaired\tto response\tresponse→DCL\tDCL→load');
  names.forEach((name, k) => {
    const rs = loads[k] ?? [];
    const paired = median(rs.map((r, i) => r.load / (without[i]?.load ?? Number.NaN)));
    console.log(
      [
        name,
        med(rs, (r) => r.load).toFixed(1),
        (med(rs, (r) => r.load) / med(without, (r) => r.load)).toFixed(3),
        paired.toFixed(3),
        med(rs, (r) => r.response).toFixed(1),
        med(rs, (r) => r.dcl - r.response).toFixed(1),
        med(rs, (r) => r.load - r.dcl).toFixed(1),
      ].join('\t'),
    );
  });
} finally {
  await Promise.allSettled(browsers.map((b) => b.close()));
  await demo.close();
}
