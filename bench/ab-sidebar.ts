/**
 * A/B of the sidebar's first paint with data for two built extensions, run by run in turn in the
 * same period (the machine is shared; absolute times drift): `tsx bench/ab-sidebar.ts <dirA>
 * <dirB> [runs]`. Prints medians of each part of bench/measure-sidebar.ts for each build.
 */

import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { launchWithExtension } from '../tests/e2e/browser';
import { newPage } from './browsers';
import { oneRun, type SidebarRun } from './measure-sidebar';
import { summarise } from './stats';

const [dirA, dirB, runsArg] = process.argv.slice(2);
if (!dirA || !dirB)
  throw new Error('usage: tsx bench/ab-sidebar.ts <extensionDirA> <extensionDirB> [runs]');
const runs = Number(runsArg ?? 12);
const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
const index = (await (await fetch(`${demo.url}/__demo/cases.json`)).json()) as {
  cases: { pages: string[] }[];
};
const urls = index.cases.map((c) => c.pages[0]).filter((u): u is string => !!u);
const browsers = [dirA, dirB].map((dir) => ({ dir, runs: [] as SidebarRun[] }));
const launched = await Promise.all(
  browsers.map((b) => launchWithExtension({ extensionDir: b.dir })),
);
const pages = await Promise.all(launched.map((l) => newPage(l.context)));
try {
  // Warm-up: the first loads (service worker, code caches) are not counted.
  for (let i = 0; i < 3; i++)
    for (const p of pages) await oneRun(p, urls[i % urls.length] as string);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const k of order) {
      const run = await oneRun(pages[k] as never, urls[i % urls.length] as string);
      browsers[k]?.runs.push(run);
    }
  }
  const keys = Object.keys(browsers[0]?.runs[0] ?? {}).filter(
    (k) => k !== 'url',
  ) as (keyof SidebarRun)[];
  const med = (rs: SidebarRun[], k: keyof SidebarRun) => {
    const v = rs
      .map((r) => r[k])
      .filter((x): x is number => typeof x === 'number' && !Number.isNaN(x));
    return v.length ? summarise(v).median.toFixed(1) : '-';
  };
  console.log(['part', 'A', 'B'].join('\t'));
  for (const k of keys) console.log([k, ...browsers.map((b) => med(b.runs, k))].join('\t'));
  console.log(
    'firstDataAfterDcl per run A:',
    browsers[0]?.runs.map((r) => r.firstDataAfterDcl.toFixed(0)).join(' '),
  );
  console.log(
    'firstDataAfterDcl per run B:',
    browsers[1]?.runs.map((r) => r.firstDataAfterDcl.toFixed(0)).join(' '),
  );
} finally {
  await Promise.allSettled(launched.map((l) => l.close()));
  await demo.close();
}
