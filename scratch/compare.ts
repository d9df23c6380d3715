// Interleaved before/after: sidebar first data and page-load ratio, same machine, same window.
import { newPage } from '../bench/browsers';
import { measurePageLoad } from '../bench/measure-page-load';
import { measureSidebar, type SidebarRun } from '../bench/measure-sidebar';
import { startDemoServer } from '../demo/server';
import { todayInLondon } from '../lib/rules/calendar';
import { launchWithExtension } from '../tests/e2e/browser';

const [dirA, dirB] = [process.argv[2]!, process.argv[3]!];
const rounds = Number(process.argv[4] ?? 4);
const med = (x: number[]) => { const s = [...x].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)]! : NaN; };
async function main() {
  const demo = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
  const index = (await (await fetch(`${demo.url}/__demo/cases.json`)).json()) as { cases: { pages: string[] }[] };
  const first = index.cases.map((c) => c.pages[0]!).filter(Boolean);
  const all = index.cases.flatMap((c) => c.pages);
  const A = await launchWithExtension({ extensionDir: dirA });
  const B = await launchWithExtension({ extensionDir: dirB });
  const N = await launchWithExtension({ extensionDir: dirA, withExtension: false });
  const pa = await newPage(A.context), pb = await newPage(B.context), pn = await newPage(N.context);
  const runs: Record<string, SidebarRun[]> = { A: [], B: [] };
  const ratios: Record<string, number[]> = { A: [], B: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [k, p, b] of (r % 2 ? [['B', pb, B], ['A', pa, A]] : [['A', pa, A], ['B', pb, B]]) as const) {
      const s = await measureSidebar(p, b.context, first, { warmUp: 1, runs: 4 });
      runs[k]!.push(...s.runs);
      const l = await measurePageLoad(p, pn, all, { warmUp: 1, runs: 6 });
      ratios[k]!.push(l.ratio);
      console.log(r, k, 'firstData', s.firstDataAfterDcl.median.toFixed(0), 'ratio', l.ratio.toFixed(2));
    }
  }
  for (const k of ['A', 'B']) {
    const rs = runs[k]!;
    const m = (f: (x: SidebarRun) => number | undefined) => med(rs.map(f).filter((v): v is number => v !== undefined)).toFixed(1);
    console.log(k, 'firstData', m((x) => x.firstDataAfterDcl), 'csStart', m((x) => x.contentScriptStart), 'read', m((x) => x.readPage), 'store', m((x) => x.storeRead), 'mount', m((x) => x.mountSidebar), 'frameStart', m((x) => x.frameStart), 'scripts', m((x) => x.sidebarScripts), 'data+render', m((x) => x.sidebarDataAndRender), 'loadRatio median of rounds', med(ratios[k]!).toFixed(2), ratios[k]!.map((x) => x.toFixed(2)).join(' '));
  }
  await A.close(); await B.close(); await N.close(); await demo.close();
}
main();
