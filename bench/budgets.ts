/**
 * The performance budgets of issue 8, each with why it is set where it is. A budget whose figure
 * is missing (its measurement failed or was skipped) counts as broken: a bench that cannot say
 * must not say "within budget".
 */
export interface BudgetFigures {
  /** Median, warm: host DOMContentLoaded to the sidebar's first frame with the case's data. */
  sidebarFirstDataMs?: number;
  /** Median page load with the extension over without. */
  pageLoadRatio?: number;
  /** The worst, over the generated large pages, of median readPage over median bare walk. */
  extractionRatio?: number;
  contentScriptGzipBytes?: number;
  sidebarPageGzipBytes?: number;
  /** Median, warm: computeFindings over 5,000 generated cases. */
  findings5000Ms?: number;
}

export interface Budget {
  id: keyof BudgetFigures;
  what: string;
  limit: number;
  unit: 'ms' | '×' | 'bytes';
  why: string;
}

export const BUDGETS: readonly Budget[] = [
  {
    id: 'sidebarFirstDataMs',
    what: 'sidebar first paint with data after DOMContentLoaded (demo page, warm)',
    limit: 150,
    unit: 'ms',
    why: 'A bare React page in the iframe took about 120 ms cold here; warm, the sidebar should be on screen before the worker has found what they opened the page for.',
  },
  {
    id: 'pageLoadRatio',
    what: 'page load time with / without the extension',
    limit: 1.1,
    unit: '×',
    why: 'The case system is the worker’s main tool all day: the extension may add at most a tenth to how long its pages take to load.',
  },
  {
    id: 'extractionRatio',
    what: 'readPage / one bare DOM walk (worst generated page)',
    limit: 3,
    unit: '×',
    why: 'Reading a page needs little more than looking at each element once; three walks leaves room for parsing dates and labels without reading layout.',
  },
  {
    id: 'contentScriptGzipBytes',
    what: 'content script, gzip',
    limit: 20_000,
    unit: 'bytes',
    why: 'It is parsed on every page of the case system, case or not.',
  },
  {
    id: 'sidebarPageGzipBytes',
    what: 'sidebar page JavaScript (all chunks sidebar.html loads), gzip',
    limit: 120_000,
    unit: 'bytes',
    why: 'It is parsed every time a case page opens; parse time is most of the sidebar’s first paint.',
  },
  {
    id: 'findings5000Ms',
    what: 'computeFindings over 5,000 generated cases (warm)',
    limit: 500,
    unit: 'ms',
    why: 'The dashboard works out every case’s deadlines when it opens; a team’s caseload must not keep the worker waiting.',
  },
];

export interface BudgetCheck extends Budget {
  measured: number | undefined;
  ok: boolean;
}

/** Every budget against its figure: under the limit passes, at or over it (or missing) fails. */
export function checkBudgets(figures: BudgetFigures): BudgetCheck[] {
  return BUDGETS.map((budget) => {
    const measured = figures[budget.id];
    const ok = measured !== undefined && Number.isFinite(measured) && measured < budget.limit;
    return { ...budget, measured, ok };
  });
}

export function formatFigure(value: number | undefined, unit: Budget['unit']): string {
  if (value === undefined || !Number.isFinite(value)) return 'not measured';
  if (unit === 'bytes') return `${(value / 1000).toFixed(1)} KB`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value.toFixed(0)} ms`;
}

/** One line per broken budget, saying by how much; empty when every budget holds. */
export function brokenBudgets(checks: readonly BudgetCheck[]): string[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) =>
      c.measured === undefined || !Number.isFinite(c.measured)
        ? `${c.what}: not measured (budget ${formatFigure(c.limit, c.unit)})`
        : `${c.what}: ${formatFigure(c.measured, c.unit)}, budget under ${formatFigure(c.limit, c.unit)} (${((c.measured / c.limit - 1) * 100).toFixed(0)}% over)`,
    );
}
