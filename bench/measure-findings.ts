import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { IsoDate } from '../lib/domain';
import type { FindingsInPage } from './findings-in-page';
import { CASE_COUNT } from './generate-cases';
import { repeat, type Summary, summarise } from './stats';

export interface FindingsResults {
  cases: number;
  findings: number;
  /** The first run in a fresh page: what the dashboard pays when it opens. */
  firstRunMs: number;
  /** Later runs (after the first, which is the warm-up), once the engine has optimised the rules. */
  ms: Summary;
  perCaseMs: number;
}

/**
 * `computeFindings` bundled for the browser. esbuild is the bundler tsx (a dev dependency)
 * already runs on; the bench is its only other user.
 */
export async function bundleFindingsPage(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./findings-in-page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced nothing for the findings page');
  return file.text;
}

/** Times the rules over `CASE_COUNT` generated cases in `page` (a blank page, no extension). */
export async function measureFindings(
  page: Page,
  blankUrl: string,
  today: IsoDate,
  runs = { warmUp: 0, runs: 2 },
): Promise<FindingsResults> {
  await page.goto(blankUrl);
  await page.addScriptTag({ content: await bundleFindingsPage() });
  type Window = { coreGroupLensFindings: FindingsInPage };
  const count = await page.evaluate(
    ([n, day]) => (window as unknown as Window).coreGroupLensFindings.generate(n, day),
    [CASE_COUNT, today] as const,
  );
  const run = () =>
    page.evaluate((day) => (window as unknown as Window).coreGroupLensFindings.run(day), today);
  const first = await run();
  const kept = await repeat(run, runs);
  const ms = summarise(kept.map((r) => r.ms));
  return {
    cases: count,
    findings: first.findings,
    firstRunMs: first.ms,
    ms,
    perCaseMs: ms.median / count,
  };
}
