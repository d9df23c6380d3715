/**
 * `npm run bench`: builds the extension, measures it in headless Chromium (bench/measure-*.ts),
 * prints a table, writes bench/results.json and checks the budgets (bench/budgets.ts). Exits 1
 * when a budget is broken or a measurement failed, naming which.
 *
 *   --no-build   measure the extension already built in .output/chrome-mv3
 *   --explain    break the content script and sidebar down by module even if within budget
 * BENCH_OUT_DIR  build into another folder than .output (so a run leaves .output alone)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'wxt';
import { launchBenchBrowsers, newPage, withFloorBrowsers } from '../bench/browsers';
import { brokenBudgets, checkBudgets } from '../bench/budgets';
import { explainBundles } from '../bench/bundle-by-module';
import { demoPagesByCase, firstPageOfEach } from '../bench/demo-pages';
import { CASE_COUNT, exportFileFor, generateCases } from '../bench/generate-cases';
import { startPageServer } from '../bench/generate-pages';
import { measureExtraction } from '../bench/measure-extraction';
import { measureFindings } from '../bench/measure-findings';
import { measureMemory } from '../bench/measure-memory';
import { measurePageLoad } from '../bench/measure-page-load';
import { measureSidebar, measureSidebarOnLargePages } from '../bench/measure-sidebar';
import { measureSizes } from '../bench/measure-sizes';
import { measureDashboard, measureStore } from '../bench/measure-store';
import { type BenchResults, budgetFigures, formatResults } from '../bench/report';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { CHROMIUM } from '../tests/e2e/browser';

const RESULTS = path.resolve('bench/results.json');

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  // `--only=sidebar,findings` runs just those measurements (while working on one budget); such a
  // partial run never overwrites bench/results.json, whose budgets need every figure.
  const only = [...args]
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const wanted = (name: string) => !only || only.includes(name);
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium was not found at ${CHROMIUM}. Install it with: sudo bash scripts/install-chromium.sh`,
    );
    return 2;
  }
  const started = Date.now();
  const outDir = path.resolve(process.env.BENCH_OUT_DIR ?? '.output');
  const extensionDir = path.join(outDir, 'chrome-mv3');
  if (!args.has('--no-build')) {
    console.log(`Building the extension into ${extensionDir}…`);
    await build({ outDir });
  }
  const today = todayInLondon(new Date());
  const results: Omit<BenchResults, 'budgets'> = {
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
    machine: {
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
      node: process.version,
      // Debian's wrapper script prints a harmless shell warning on stderr: not ours to show.
      chromium: execFileSync(CHROMIUM, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    },
    errors: [],
  };
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    const at = Date.now();
    process.stdout.write(`${name}… `);
    try {
      const value = await run();
      console.log(`${((Date.now() - at) / 1000).toFixed(1)} s`);
      return value;
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      console.log(`FAILED: ${message}`);
      results.errors.push({ step: name, message });
      return undefined;
    }
  };

  if (wanted('sizes')) results.sizes = await step('sizes', () => measureSizes(extensionDir));

  const demo = await startDemoServer({ port: 0, today });
  const pagesByCase = await demoPagesByCase(demo.url);
  const pages = await startPageServer(today, {
    '/bench/blank.html': { type: 'text/html', body: '<!doctype html><title>bench</title>' },
  });
  // One export file of every case, naming the bench server's own origin as an export from that
  // site would; chosen in the options page's file field, so it is written to disk.
  const importFile = path.join(os.tmpdir(), `core-group-lens-bench-${process.pid}.json`);
  await writeFile(
    importFile,
    JSON.stringify(exportFileFor(generateCases(CASE_COUNT, today), pages.url, new Date())),
  );
  const browsers = await launchBenchBrowsers(extensionDir);
  try {
    const withPage = await newPage(browsers.withExtension.context);
    const withoutPage = await newPage(browsers.without.context);
    // One page of each demo case, each system's summary first: the sidebar on a typical page.
    const demoPages = firstPageOfEach(pagesByCase);
    if (wanted('sidebar'))
      results.sidebar = await step('sidebar first paint with data', () =>
        measureSidebar(
          withPage,
          browsers.withExtension.context,
          demoPages,
          undefined,
          extensionDir,
        ),
      );
    if (wanted('sidebarLarge'))
      results.sidebarLarge = await step('sidebar first paint with data on large pages', () =>
        measureSidebarOnLargePages(
          extensionDir,
          pages.pages.map((p) => ({ name: p.name, url: `${pages.url}${p.path}` })),
        ),
      );
    const allDemoPages = pagesByCase.flat();
    if (wanted('pageLoad'))
      results.pageLoad = await step('page load with the extension, the floors and without', () =>
        withFloorBrowsers(extensionDir, (floors) =>
          measurePageLoad({ with: withPage, ...floors, without: withoutPage }, allDemoPages),
        ),
      );
    if (wanted('extraction'))
      results.extraction = await step('extraction on large pages', () =>
        measureExtraction(withPage, pages.url, pages.pages),
      );
    if (wanted('memory'))
      results.memory = await step('memory', () =>
        measureMemory(withPage, withoutPage, [
          { name: 'demo case page', url: demoPages[0] ?? '' },
          { name: pages.pages[0]?.name ?? '', url: `${pages.url}${pages.pages[0]?.path}` },
        ]),
      );
    if (wanted('findings'))
      results.findings = await step(`computeFindings over ${CASE_COUNT} cases`, () =>
        measureFindings(withoutPage, `${pages.url}/bench/blank.html`, today),
      );
    // Nothing of the case system stays open: its sidebar would refresh on every store change.
    await withPage.goto('about:blank');
    if (wanted('store'))
      results.store = await step('IndexedDB: reads, export and import', () =>
        measureStore(
          withPage,
          {
            options: browsers.extensionUrl('options.html'),
            sidebar: browsers.extensionUrl('sidebar.html'),
          },
          importFile,
          pages.url,
          CASE_COUNT,
          today,
        ),
      );
    if (results.store && wanted('dashboard')) {
      results.dashboard = await step(`dashboard with ${CASE_COUNT} cases`, () =>
        measureDashboard(withPage, browsers.extensionUrl('dashboard.html')),
      );
    }
  } finally {
    await browsers.close();
    await rm(importFile, { force: true });
    await pages.close();
    await demo.close();
  }

  const figures = budgetFigures(results);
  // A run that did not measure the sizes (--only) has nothing to explain them by.
  const sizeBroken =
    !!results.sizes &&
    checkBudgets(figures).some(
      (b) => !b.ok && (b.id === 'contentScriptGzipBytes' || b.id === 'sidebarPageGzipBytes'),
    );
  if (args.has('--explain') || sizeBroken) {
    results.bundles = await step('bundles by module (a build with source maps)', explainBundles);
  }
  results.durationMs = Date.now() - started;
  results.machine.loadAverageAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const full: BenchResults = { ...results, budgets: checkBudgets(figures) };
  if (!only) await writeFile(RESULTS, `${JSON.stringify(full, null, 2)}\n`);
  console.log(`\n${formatResults(full)}\n`);
  if (!only) {
    console.log(
      `Results in ${path.relative(process.cwd(), RESULTS)} (${(full.durationMs / 1000).toFixed(0)} s).`,
    );
  }
  const broken = brokenBudgets(full.budgets);
  if (broken.length === 0 && full.errors.length === 0) {
    console.log('Every budget holds.');
    return 0;
  }
  for (const line of broken) console.log(`Budget broken: ${line}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
