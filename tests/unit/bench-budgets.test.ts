import { describe, expect, it } from 'vitest';
import { BUDGETS, brokenBudgets, checkBudgets, formatFigure } from '../../bench/budgets';

const withinAll = {
  sidebarFirstDataMs: 120,
  pageLoadRatio: 1.05,
  extractionRatio: 2.5,
  contentScriptGzipBytes: 19_500,
  sidebarPageGzipBytes: 110_000,
  findings5000Ms: 400,
};

describe('the budgets of issue 8', () => {
  it('are the six the issue sets, each with its reason', () => {
    const limits = Object.fromEntries(BUDGETS.map((b) => [b.id, b.limit]));
    expect(limits).toEqual({
      sidebarFirstDataMs: 150,
      pageLoadRatio: 1.1,
      extractionRatio: 3,
      contentScriptGzipBytes: 20_000,
      sidebarPageGzipBytes: 120_000,
      findings5000Ms: 500,
    });
    for (const b of BUDGETS) expect(b.why.length).toBeGreaterThan(20);
  });
});

describe('checkBudgets', () => {
  it('passes figures under every limit', () => {
    const checks = checkBudgets(withinAll);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(brokenBudgets(checks)).toEqual([]);
  });

  it('fails a figure at the limit or over it, and names it with how far over', () => {
    const checks = checkBudgets({ ...withinAll, sidebarFirstDataMs: 150, findings5000Ms: 4571 });
    expect(checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([
      'sidebarFirstDataMs',
      'findings5000Ms',
    ]);
    const lines = brokenBudgets(checks);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('150 ms, budget under 150 ms (0% over)');
    expect(lines[1]).toContain('4571 ms, budget under 500 ms (814% over)');
  });

  it('counts a figure that was not measured as broken, never as within budget', () => {
    const { extractionRatio: _, ...rest } = withinAll;
    const checks = checkBudgets({ ...rest, pageLoadRatio: Number.NaN });
    expect(checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([
      'pageLoadRatio',
      'extractionRatio',
    ]);
    expect(brokenBudgets(checks).every((l) => l.includes('not measured'))).toBe(true);
  });
});

describe('formatFigure', () => {
  it('writes each unit the way the table shows it', () => {
    expect(formatFigure(21_992, 'bytes')).toBe('22.0 KB');
    expect(formatFigure(2.234, '×')).toBe('2.23×');
    expect(formatFigure(303.04, 'ms')).toBe('303 ms');
    expect(formatFigure(undefined, 'ms')).toBe('not measured');
  });
});
