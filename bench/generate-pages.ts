import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { careflowPlan } from '../demo/careflow/plan';
import { careflowVisits } from '../demo/careflow/visits';
import { demoCases } from '../demo/cases';
import { addDays } from '../demo/dates';
import { gridcasePlan } from '../demo/gridcase/plan';
import { gridcaseVisits } from '../demo/gridcase/visits';
import { firstFamilyWith } from '../demo/large-family';
import type { CasePageContext } from '../demo/page-context';
import { careflowPath, careflowPlanPath, gridcasePath } from '../demo/urls';
import type { ActionStatus, IsoDate, PlanAction, Visit } from '../lib/domain';

/**
 * Large case pages for timing the reader, drawn by the demo's own CareFlow and GridCase
 * renderers (demo/MARKUP.md) under the same URL shapes, so the built-in profiles read them as
 * they read the demo. Only the lists are larger than any demo family's.
 */
export const VISIT_ROWS = 2000;
export const PLAN_ACTIONS = 200;

export interface GeneratedPage {
  name: string;
  path: string;
  /** What a reader should find on it, to check the read really happened. */
  expect: { visits?: number; actions?: number };
}

const STATUSES: ActionStatus[] = ['not-started', 'in-progress', 'done', 'drifted'];

/** Ambledown's family (two children) with `VISIT_ROWS` child-visit rows and a long plan. */
function bigContext(today: IsoDate, system: 'careflow' | 'gridcase'): CasePageContext {
  const base = demoCases(today)[0];
  if (!base) throw new Error('the demo has no families');
  const [first, second] = base.record.children;
  if (!first || !second) throw new Error('the first demo family should have two children');
  // One visit a day going back, both children at each: a row per child per visit (GridCase's
  // shape; CareFlow shows the same as one fieldset per child).
  const visits: Visit[] = Array.from({ length: VISIT_ROWS / 2 }, (_, i) => ({
    date: addDays(today, -(VISIT_ROWS / 2 - i)),
    children: [
      { childId: first.id, seen: true, seenAlone: i % 5 !== 0 },
      { childId: second.id, seen: i % 7 !== 0, ...(i % 11 === 0 ? {} : { seenAlone: true }) },
    ],
  }));
  const actions: PlanAction[] = Array.from({ length: PLAN_ACTIONS }, (_, i) => ({
    text: `Action ${i + 1}: the family support worker visits to help with morning routines and school attendance.`,
    owner: i % 9 === 0 ? undefined : 'Sam Oakhurst (social worker)',
    due: i % 13 === 0 ? undefined : addDays(today, (i % 60) - 20),
    measure: `Attendance above 95% for four weeks running (${i + 1}).`,
    status: i % 6 === 0 ? undefined : STATUSES[i % STATUSES.length],
  })).map((a) =>
    Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)),
  ) as PlanAction[];
  return firstFamilyWith(today, system, visits, actions);
}

/** Every generated page with its HTML, rendered once (rendering is not what is timed). */
export function generatePages(today: IsoDate): (GeneratedPage & { html: string })[] {
  const cf = bigContext(today, 'careflow');
  const gc = bigContext(today, 'gridcase');
  const child = cf.record.children[0];
  const gcChild = gc.record.children[0];
  if (!child || !gcChild) throw new Error('no child');
  return [
    {
      name: `CareFlow visits (${VISIT_ROWS} rows)`,
      path: careflowPath('CF-9001', 'visits'),
      expect: { visits: VISIT_ROWS / 2 },
      html: careflowVisits(cf),
    },
    {
      name: `GridCase visits (${VISIT_ROWS} rows)`,
      path: gridcasePath('GC-9001', 'visits'),
      expect: { visits: VISIT_ROWS / 2 },
      html: gridcaseVisits(gc),
    },
    {
      name: `CareFlow plan (${PLAN_ACTIONS} actions)`,
      path: careflowPlanPath('CF-9001', child.id),
      expect: { actions: PLAN_ACTIONS },
      html: careflowPlan(cf, child.id, child.name),
    },
    {
      name: `GridCase plan (${PLAN_ACTIONS} actions)`,
      path: gridcasePath('GC-9001', 'plan', gcChild.id),
      expect: { actions: PLAN_ACTIONS },
      html: gridcasePlan(gc, gcChild),
    },
  ];
}

export interface PageServer {
  url: string;
  pages: GeneratedPage[];
  /** Serves one more file (made once the server's own URL is known). */
  addFile(path: string, file: { type: string; body: string }): void;
  close(): Promise<void>;
}

/**
 * Serves the generated pages, plus any extra files given (`/bench/…`), on 127.0.0.1 and a free
 * port: a host the extension runs on, as the demo's is.
 */
export async function startPageServer(
  today: IsoDate,
  extra: Record<string, { type: string; body: string }> = {},
): Promise<PageServer> {
  const pages = generatePages(today);
  const byPath = new Map<string, { type: string; body: string }>(Object.entries(extra));
  for (const p of pages) byPath.set(p.path, { type: 'text/html; charset=utf-8', body: p.html });
  const server = createServer((req, res) => {
    const found = byPath.get(req.url ?? '');
    res.writeHead(found ? 200 : 404, {
      'content-type': found?.type ?? 'text/plain',
      'cache-control': 'no-store',
    });
    res.end(found?.body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages: pages.map(({ html: _, ...p }) => p),
    addFile: (path, file) => {
      byPath.set(path, file);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
