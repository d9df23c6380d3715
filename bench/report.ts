import type { BudgetCheck, BudgetFigures } from './budgets';
import { formatFigure } from './budgets';
import type { BundleBreakdown } from './bundle-by-module';
import type { ExtractionResult } from './measure-extraction';
import type { FindingsResults } from './measure-findings';
import type { MemoryResult } from './measure-memory';
import {
  FRAME_IDLE_TIMEOUT_MS,
  type PageLoadResults,
  SETTLE_TIMEOUT_MS,
} from './measure-page-load';
import type { LargePageSidebar, SidebarResults } from './measure-sidebar';
import type { SizeResults } from './measure-sizes';
import type { DashboardResults, StoreResults } from './measure-store';
import type { Summary } from './stats';

/** Everything one bench run measured, as written to bench/results.json. */
export interface BenchResults {
  startedAt: string;
  durationMs: number;
  /** Load averages (1, 5, 15 min) at the start and the end: a busy machine slows every figure. */
  machine: {
    cpus: number;
    loadAverage: number[];
    loadAverageAtEnd?: number[];
    node: string;
    chromium: string;
  };
  sizes?: SizeResults;
  sidebar?: SidebarResults;
  /** The sidebar on the large generated pages, without a budget. */
  sidebarLarge?: LargePageSidebar[];
  pageLoad?: PageLoadResults;
  extraction?: ExtractionResult[];
  findings?: FindingsResults;
  store?: StoreResults;
  dashboard?: DashboardResults;
  memory?: MemoryResult[];
  bundles?: BundleBreakdown[];
  budgets: BudgetCheck[];
  /** Steps that failed: their figures are missing and their budgets count as broken. */
  errors: { step: string; message: string }[];
}

/** The figures the budgets are checked against, taken from the results. */
export function budgetFigures(r: Omit<BenchResults, 'budgets'>): BudgetFigures {
  return {
    // With nothing attached to the sidebar frame while it loads, as in a worker's browser
    // (bench/cdp-pipe.ts); Playwright's figure is still reported below.
    sidebarFirstDataMs: (r.sidebar?.unattached ?? r.sidebar)?.firstDataAfterDcl.median,
    pageLoadRatio: r.pageLoad?.ratio,
    extractionRatio: r.extraction?.length
      ? Math.max(...r.extraction.map((e) => e.ratio))
      : undefined,
    contentScriptGzipBytes: r.sizes?.contentScript.gzip,
    sidebarPageGzipBytes: r.sizes?.sidebarPage.js.gzip,
    findings5000Ms: r.findings?.ms.median,
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(1)} ms`);
/** a - b, or undefined when either part was not measured. */
const less = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : a - b;
const spread = (s: Summary) =>
  `median ${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)}, ${s.runs} runs)`;

/** Rows of text as a table with padded columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatResults(r: BenchResults): string {
  const rows: string[][] = [];
  const add = (what: string, value: string, detail = '') => rows.push([what, value, detail]);
  if (r.sizes) {
    const s = r.sizes;
    add('content script', `${kb(s.contentScript.gzip)} gzip`, `${kb(s.contentScript.raw)} raw`);
    add(
      'sidebar page JS',
      `${kb(s.sidebarPage.js.gzip)} gzip`,
      `${kb(s.sidebarPage.js.raw)} raw in ${s.sidebarPage.js.files.length} files; CSS ${kb(s.sidebarPage.css.gzip)} gzip`,
    );
    add(
      'dashboard page JS',
      `${kb(s.dashboardPage.js.gzip)} gzip`,
      `${kb(s.dashboardPage.js.raw)} raw in ${s.dashboardPage.js.files.length} files`,
    );
    add(
      'whole extension',
      `${kb(s.extension.raw)} raw`,
      `${kb(s.extension.gzip)} gzip, ${s.extension.fileCount} files`,
    );
  }
  if (r.sidebar?.unattached) {
    const u = r.sidebar.unattached;
    const p = u.parts;
    add(
      'sidebar first data after DCL, no debugger on the frame',
      ms(u.firstDataAfterDcl.median),
      `${spread(u.firstDataAfterDcl)}${u.attachedEarly ? `; ${u.attachedEarly} runs left out (attached early)` : ''}`,
    );
    add(
      '  where the time goes (medians)',
      '',
      `to content script ${ms(p.contentScriptStart)}, readPage ${ms(p.readPage)}, store read ${ms(p.storeRead)}, mount ${ms(p.mountSidebar)} | frame starts at ${ms(p.frameStart)}, its scripts ${ms(p.sidebarScripts)}, data + render ${ms(p.sidebarDataAndRender)} (asked at ${ms(p.dataAsked)} into the frame, answered in ${ms(p.dataAnswer)}, rendered in ${ms(p.render)})`,
    );
    const f = r.sidebar.floor;
    if (f) {
      add(
        '  floor: a bare extension page in the same frame',
        ms(f.firstDataAfterDcl.median),
        `mounted as the load event has run, no framework or data: ${spread(f.firstDataAfterDcl)}; frame starts at ${ms(f.parts.frameStart)}, its page ${ms(f.parts.sidebarScripts)}; ours over the floor ${ms(u.firstDataAfterDcl.median - f.firstDataAfterDcl.median)}`,
      );
    }
    const rf = r.sidebar.reactFloor;
    if (rf) {
      add(
        '  React floor: React and one question to the worker, same frame',
        ms(rf.firstDataAfterDcl.median),
        `the least the design card's sidebar does, none of our code: ${spread(rf.firstDataAfterDcl)}; frame starts at ${ms(rf.parts.frameStart)}, its scripts ${ms(rf.parts.sidebarScripts)}, render ${ms(rf.parts.render)}; ours over it ${ms(u.firstDataAfterDcl.median - rf.firstDataAfterDcl.median)} (frame start ${ms(less(p.frameStart, rf.parts.frameStart))}, scripts ${ms(less(p.sidebarScripts, rf.parts.sidebarScripts))}, render ${ms(less(p.render, rf.parts.render))})`,
      );
    }
  }
  for (const l of r.sidebarLarge ?? []) {
    const p = l.parts;
    add(
      `sidebar first data on ${l.page} (no budget)`,
      ms(l.firstDataAfterDcl.median),
      `${spread(l.firstDataAfterDcl)}; to content script ${ms(p.contentScriptStart)}, readPage ${ms(p.readPage)}, store read ${ms(p.storeRead)} | frame starts at ${ms(p.frameStart)}, answered in ${ms(p.dataAnswer)}, rendered in ${ms(p.render)}`,
    );
  }
  if (r.sidebar) {
    const p = r.sidebar.parts;
    add(
      'sidebar first data after DCL, Playwright attached',
      ms(r.sidebar.firstDataAfterDcl.median),
      spread(r.sidebar.firstDataAfterDcl),
    );
    add('  cold (fresh browser)', ms(r.sidebar.coldRun.firstDataAfterDcl));
    add(
      '  where the time goes (medians)',
      '',
      `to content script ${ms(p.contentScriptStart)}, readPage ${ms(p.readPage)}, store read ${ms(p.storeRead)}, mount ${ms(p.mountSidebar)} | frame starts at ${ms(p.frameStart)}, its scripts ${ms(p.sidebarScripts)}, data + render ${ms(p.sidebarDataAndRender)} (asked at ${ms(p.dataAsked)} into the frame, answered in ${ms(p.dataAnswer)} over ${p.asks ?? '?'} asks, rendered in ${ms(p.render)})`,
    );
  }
  if (r.pageLoad) {
    const l = r.pageLoad;
    add(
      'page load with / without',
      `${l.ratio.toFixed(2)}×`,
      `fastest runs ${l.minRatio.toFixed(2)}×; from the address bar, each load after the extension settled; with ${spread(l.withExtension)}`,
    );
    if (l.settle) {
      add(
        '  waits to settle',
        '',
        `after the load event, until the read is stored, the sidebar shows it and its frame is idle: ${l.settle.waits ? spread(l.settle.waits) : 'none settled'}; ${l.settle.timeouts} waits gave up after ${SETTLE_TIMEOUT_MS / 1000} s (the frame floor's: ${l.settle.frameFloorTimeouts}); the frame had no idle period within ${FRAME_IDLE_TIMEOUT_MS} ms after ${l.settle.frameNotIdle}`,
      );
    }
    add('', '', `without ${spread(l.without)}`);
    add(
      '  floor / without',
      `${l.floorRatio.toFixed(2)}×`,
      `an extension with the same content-script matches, an empty script and no background: ${spread(l.floor)}`,
    );
    add('  with / floor', `${l.overFloor.toFixed(2)}×`, 'what this extension adds to the floor');
    add(
      '  frame floor / without',
      `${l.frameFloorRatio.toFixed(2)}×`,
      `an extension whose content script shows a bare extension page in a frame like the sidebar's, as the load event has run: ${spread(l.frameFloor)}`,
    );
    add(
      '  with / frame floor',
      `${l.overFrameFloor.toFixed(2)}×`,
      'what this extension adds to any extension page shown in the host page',
    );
    add(
      '  paired, round by round',
      '',
      `medians of each round's ratios: with / without ${l.paired.ratio.toFixed(2)}×, floor / without ${l.paired.floorRatio.toFixed(2)}×, frame floor / without ${l.paired.frameFloorRatio.toFixed(2)}×, with / frame floor ${l.paired.overFrameFloor.toFixed(2)}×`,
    );
    for (const [name, floorRatio] of [
      ['floor', l.floorRatio],
      ['frame floor', l.frameFloorRatio],
    ] as const) {
      if (floorRatio >= 1.1) {
        add('', '', `NOTE: the ${name} alone is over the 1.10× budget on this machine`);
      }
    }
    for (const [who, p] of Object.entries(l.phases)) {
      add(
        `  phases, ${who}`,
        '',
        `to response ${ms(p.toResponse)}, response to DCL (commit, previous page's teardown, parse) ${ms(p.responseToDcl)}, DCL to load end (document_idle injection) ${ms(p.dclToLoad)}`,
      );
    }
    add(
      '  before the load event',
      '',
      `DOMContentLoaded ${ms(l.dclWith.median)} with vs ${ms(l.dclWithout.median)} without; readPage ran before load in ${l.readPageBeforeLoad.runs} of ${l.withExtension.runs} runs (median ${ms(l.readPageBeforeLoad.medianMs)})`,
    );
    const b = l.backToBack;
    add(
      '  back to back (raw)',
      `${b.ratio.toFixed(2)}×`,
      `no pause: with ${ms(b.withExtension.median)}, floor ${ms(b.floor.median)} (${b.floorRatio.toFixed(2)}×), frame floor ${ms(b.frameFloor.median)} (${b.frameFloorRatio.toFixed(2)}×), without ${ms(b.without.median)}, ${b.withExtension.runs} runs; with / floor ${b.overFloor.toFixed(2)}×`,
    );
    const k = l.byLink;
    add(
      '  by a link on the page',
      `${k.ratio.toFixed(2)}×`,
      `as a worker clicks through (settled): with ${ms(k.withExtension.median)}, floor ${ms(k.floor.median)} (${k.floorRatio.toFixed(2)}×), frame floor ${ms(k.frameFloor.median)} (${k.frameFloorRatio.toFixed(2)}×), without ${ms(k.without.median)}, ${k.withExtension.runs} runs; with / floor ${k.overFloor.toFixed(2)}×; paired with / without ${k.paired.ratio.toFixed(2)}×; response to DCL with ${ms(k.phases.with.responseToDcl)}, floor ${ms(k.phases.floor.responseToDcl)}, frame floor ${ms(k.phases.frameFloor.responseToDcl)}, without ${ms(k.phases.without.responseToDcl)}`,
    );
  }
  for (const e of r.extraction ?? []) {
    add(
      `readPage: ${e.page}`,
      `${e.ratio.toFixed(1)}× walk`,
      `read ${ms(e.readPage.median)} vs walk ${ms(e.bareWalk.median)} over ${e.elements} elements (${e.decision})${e.contentRead ? `; content script's part ${ms(e.contentRead.median)} (${e.contentRatio?.toFixed(1)}× walk, on the page's thread), background build ${ms(e.build?.median)}` : ''}${e.isolatedWalk ? `; the walk in an isolated world (as a content script's) ${ms(e.isolatedWalk.median)}${e.contentRatioIsolated === undefined ? '' : `, the content script's part ${e.contentRatioIsolated.toFixed(1)}× that`}` : ''}`,
    );
  }
  if (r.findings) {
    const f = r.findings;
    add(
      `computeFindings × ${f.cases.toLocaleString('en-GB')}`,
      ms(f.ms.median),
      `${spread(f.ms)}; first run ${ms(f.firstRunMs)}; ${f.perCaseMs.toFixed(3)} ms a case; ${f.findings.toLocaleString('en-GB')} findings`,
    );
  }
  if (r.store) {
    const s = r.store;
    add(
      'message round trip (get-settings)',
      ms(s.messageRoundTrip.median),
      spread(s.messageRoundTrip),
    );
    add(
      'IndexedDB write one case (import on the options page)',
      ms(s.writeOneCase.median),
      spread(s.writeOneCase),
    );
    add('IndexedDB read one case (get-case-view)', ms(s.readOneCase.median), spread(s.readOneCase));
    add(
      `import ${s.bulkWrite.cases.toLocaleString('en-GB')} new cases, one file (options page, 1 run)`,
      ms(s.bulkWrite.ms),
      `${s.bulkWrite.perCaseMs.toFixed(2)} ms a case; ${(s.bulkWrite.fileChars / 1e6).toFixed(1)} M characters; ${s.bulkWrite.outcome}`,
    );
    add(
      `IndexedDB read all ${s.bulkRead.cases.toLocaleString('en-GB')} (getAll, every table)`,
      ms(s.bulkRead.ms.median),
      `${spread(s.bulkRead.ms)}; rows ${Object.values(s.bulkRead.rows)
        .reduce((a, b) => a + b, 0)
        .toLocaleString('en-GB')}`,
    );
    if (s.bulkRead.dashboardMs) {
      add(
        'IndexedDB read of the tables the dashboard reads (getAll)',
        ms(s.bulkRead.dashboardMs.median),
        spread(s.bulkRead.dashboardMs),
      );
    }
    add(
      'export everything (options page, to the saved file)',
      s.exportAll.ok ? ms(s.exportAll.ms) : 'FAILED',
      s.exportAll.ok
        ? `${s.exportAll.perCaseMs.toFixed(2)} ms a case; ${s.exportAll.cases.toLocaleString('en-GB')} cases, ${(s.exportAll.fileBytes / 1e6).toFixed(1)} MB`
        : s.exportAll.error,
    );
    add(
      'import that file back (every case merged, options page)',
      s.reimport.ok ? ms(s.reimport.ms) : 'FAILED',
      s.reimport.ok
        ? `${s.reimport.perCaseMs.toFixed(2)} ms a case; ${s.reimport.outcome}`
        : s.reimport.error,
    );
  }
  if (r.dashboard) {
    add(
      `dashboard first render, ${r.dashboard.shownCount || '?'}`,
      ms(r.dashboard.firstRender.median),
      spread(r.dashboard.firstRender),
    );
    if (r.dashboard.casesRead) {
      add(
        'dashboard: cases read, rules started',
        ms(r.dashboard.casesRead.median),
        spread(r.dashboard.casesRead),
      );
    }
  }
  for (const m of r.memory ?? []) {
    add(
      `JS heap: ${m.page}`,
      `${m.ratio.toFixed(2)}×`,
      `${kb(m.withBytes)} with vs ${kb(m.withoutBytes)} without; sidebar frame ${m.sidebarBytes === undefined ? 'not measured' : kb(m.sidebarBytes)}`,
    );
  }
  const m = r.machine;
  const parts = [
    `${m.chromium}, ${m.cpus} cores, load average ${m.loadAverage[0]} at the start and ${m.loadAverageAtEnd?.[0] ?? '?'} at the end`,
    '',
    table(['measure', 'value', 'detail'], rows),
  ];
  parts.push(
    '',
    table(
      ['budget', 'measured', 'limit', ''],
      r.budgets.map((b) => [
        b.what,
        formatFigure(b.measured, b.unit),
        `< ${formatFigure(b.limit, b.unit)}`,
        b.ok ? 'ok' : 'BROKEN',
      ]),
    ),
  );
  for (const b of r.bundles ?? []) {
    parts.push(
      '',
      `${b.bundle}: ${kb(b.gzip)} gzip, ${kb(b.raw)} raw, by module (largest first; gzip is the module's share of the raw bytes):`,
      table(
        ['module', 'raw', '≈gzip'],
        b.modules.slice(0, 15).map((m) => [m.module, kb(m.raw), kb(m.gzipEstimate)]),
      ),
    );
  }
  for (const e of r.errors) parts.push('', `FAILED ${e.step}: ${e.message}`);
  return parts.join('\n');
}
