/**
 * A/B of the content script's reader alone: `tsx bench/ab-reader.ts <checkout>... [--runs=N]
 * [--only=page name part]`, each checkout a folder holding this repository (`.` for the working
 * tree, a `git worktree` for another commit). Each one's `readCasePage` with the built-in profiles
 * is bundled with esbuild and run on the generated large pages in an isolated world of its own,
 * as a content script is (Blink's DOM calls cost more there than in the page's own world), one
 * fresh load per read, checkouts taking turns, beside a bare walk of the same page in the same
 * kind of world.
 *
 * Nothing else runs: no extension, no worker, no sidebar. So it is not the budget's measure
 * (bench/measure-extraction.ts is), but it tells reader changes apart that the full measure's
 * noise hides (issue 8: a rewrite 20% faster here was once kept off main because the full
 * bench's A/B could not see it).
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { todayInLondon } from '../lib/rules/calendar';
import { startPageServer } from './generate-pages';
import { BARE_WALK, inIsolatedWorld, type Walk } from './isolated-world';
import { median } from './stats';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(option('runs') ?? 9);
const only = option('only');
const checkouts = args.filter((a) => !a.startsWith('--'));
if (checkouts.length === 0) {
  throw new Error('usage: tsx bench/ab-reader.ts <checkout>... [--runs=N] [--only=name]');
}

/** The checkout's reader as one script that reads the page and leaves `__coreGroupLensRead`. */
async function bundleReader(checkout: string): Promise<string> {
  const resolveDir = path.resolve(checkout);
  const result = await build({
    stdin: {
      contents: `
        import { readCasePage } from './entrypoints/content/read-case-page';
        import { BUILT_IN_PROFILES } from './lib/extract/profiles';
        const started = performance.now();
        const result = readCasePage(document, new URL(location.href), BUILT_IN_PROFILES);
        globalThis.__coreGroupLensRead = { ms: performance.now() - started, kind: result.kind };`,
      resolveDir,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return `${(result.outputFiles[0] as { text: string }).text};globalThis.__coreGroupLensRead`;
}

const WORLD = 'core-group-lens-ab-reader';
const scripts = await Promise.all(checkouts.map(bundleReader));
const server = await startPageServer(todayInLondon(new Date()));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  for (const generated of server.pages.filter((p) => !only || p.name.includes(only))) {
    const url = `${server.url}${generated.path}`;
    const walks: number[] = [];
    const reads: number[][] = checkouts.map(() => []);
    for (let run = 0; run < runs; run++) {
      await page.goto(url);
      walks.push(((await inIsolatedWorld(cdp, BARE_WALK, WORLD)) as Walk).ms);
      // Turns alternate, so that neither checkout always follows the other.
      const order = run % 2 ? [...checkouts.keys()].reverse() : [...checkouts.keys()];
      for (const k of order) {
        await page.goto(url);
        const read = (await inIsolatedWorld(cdp, scripts[k] as string, WORLD)) as {
          ms: number;
          kind: string;
        };
        if (read.kind !== 'case-page') {
          throw new Error(`${checkouts[k]} read ${generated.name} as ${read.kind}`);
        }
        reads[k]?.push(read.ms);
      }
    }
    const walk = median(walks);
    const cells = checkouts.map((checkout, k) => {
      const ms = median(reads[k] ?? []);
      return `${checkout} ${ms.toFixed(1)} ms (${(ms / walk).toFixed(1)}×)`;
    });
    console.log(`${generated.name}: bare walk ${walk.toFixed(1)} ms | ${cells.join(' | ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
