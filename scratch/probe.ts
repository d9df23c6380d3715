import { launchWithExtension } from '../tests/e2e/browser';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';

const dir = process.argv[2] ?? '.output/chrome-mv3';
const runs = Number(process.argv[3] ?? 12);
async function main() {
  const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
  const index = (await (await fetch(`${demo.url}/__demo/cases.json`)).json()) as { cases: { pages: string[] }[] };
  const urls = index.cases.flatMap((c) => c.pages);
  const w = await launchWithExtension({ extensionDir: dir });
  const wo = await launchWithExtension({ extensionDir: dir, withExtension: false });
  const init = () => {
    const t: Record<string, number> = {};
    (window as any).__t = t;
    new MutationObserver(() => {
      if (!t.wrapper && document.querySelector('[data-core-group-lens="sidebar"]')) t.wrapper = performance.now();
      if (!t.decision && document.documentElement.dataset.coreGroupLens) t.decision = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  };
  const pw = await w.context.newPage(); await pw.addInitScript(init);
  const po = await wo.context.newPage(); await po.addInitScript(init);
  const collect = (p: typeof pw) => p.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const m = Object.fromEntries(performance.getEntriesByType('measure').map((e) => [e.name.replace('core-group-lens:', ''), Math.round(e.startTime) + '+' + Math.round(e.duration)]));
    return { resp: Math.round(n.responseEnd), dcl: Math.round(n.domContentLoadedEventStart), dclEnd: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventStart), loadEnd: Math.round(n.loadEventEnd), ...m, ...Object.fromEntries(Object.entries((window as any).__t).map(([k, v]) => [k, Math.round(v as number)])) };
  });
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < runs; i++) {
    const url = urls[i % urls.length]!;
    await pw.goto(url, { waitUntil: 'load' });
    await pw.frameLocator('#core-group-lens-sidebar').locator('html[data-core-group-lens-shown]').waitFor({ state: 'attached', timeout: 30000 }).catch(() => {});
    const rw = await collect(pw);
    await po.goto(url, { waitUntil: 'load' });
    const ro = await collect(po);
    a.push(rw.loadEnd); b.push(ro.loadEnd);
    console.log('with', JSON.stringify(rw));
    console.log('w/o ', JSON.stringify(ro));
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
  console.log('median with', med(a), 'without', med(b), 'ratio', (med(a) / med(b)).toFixed(2));
  await w.close(); await wo.close(); await demo.close();
}
main();
