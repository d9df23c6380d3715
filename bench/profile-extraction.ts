/**
 * A CPU profile of the content script reading one large generated page, summed by function
 * (self time, mean per load): `BENCH_UNMINIFIED=1 npx wxt build` first (names kept), then
 * `tsx bench/profile-extraction.ts .output/chrome-mv3 [page path part] [runs]`.
 * The wait for the content script's decision polls every 50 ms rather than Playwright's default
 * (a selector query on every animation frame), whose work on a 32,000-element page would
 * otherwise fill the page's thread and the garbage collector while the extension reads.
 */
import { todayInLondon } from '../lib/rules/calendar';
import { launchWithExtension } from '../tests/e2e/browser';
import { startPageServer } from './generate-pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const [dir, part = 'careflow/case', runsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx bench/profile-extraction.ts <extensionDir> [page] [runs]');
const runs = Number(runsArg ?? 3);
const server = await startPageServer(todayInLondon(new Date()));
const browser = await launchWithExtension({ extensionDir: dir });
try {
  const page = await browser.context.newPage();
  const target = server.pages.find((p) => p.path.includes(part));
  if (!target) throw new Error(`no generated page matches ${part}`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const selfMs = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    await cdp.send('Profiler.start');
    await page.goto(server.url + target.path);
    await page.waitForFunction(() => document.documentElement.dataset.coreGroupLens, undefined, {
      polling: 50,
      timeout: 60_000,
    });
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)?.callFrame;
      if (!frame) return;
      const where = frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber}` : '';
      const key = `${frame.functionName || '(anonymous)'}${where}`;
      selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const read = await page.getAttribute('html', 'data-core-group-lens-read-ms');
    console.log(`run ${run + 1}: read ${Number(read).toFixed(1)} ms`);
  }
  console.log(`${target.path}: self time per load (ms), largest first`);
  const top = [...selfMs].filter(([k]) => !/^\((idle|program)\)/.test(k));
  for (const [key, ms] of top.sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(ms / runs).toFixed(1).padStart(8)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
