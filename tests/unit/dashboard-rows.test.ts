import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { CaseRecordSchema } from '../../lib/domain';
import { caseGlance } from '../../lib/present/case-glance';
import { type DashboardFilter, filterRows, NO_FILTER } from '../../lib/present/dashboard-filter';
import { RAG_SEVERITY } from '../../lib/present/dashboard-labels';
import { DashboardMemo } from '../../lib/present/dashboard-memo';
import { parseRoute, routeHash } from '../../lib/present/dashboard-route';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import {
  DEFAULT_SORT,
  nextSort,
  SORT_KEYS,
  type SortState,
  sortRows,
} from '../../lib/present/dashboard-sort';
import { computeFindings } from '../../lib/rules/compute-findings';
import { countMeetingGaps } from '../../lib/rules/meeting-summary';
import { getProcedure } from '../../lib/rules/procedures';
import { dashboardInputs, generatedRecords, rowsFor } from './dashboard-fixtures';

const TODAY = '2026-11-25';

describe('dashboard rows', () => {
  it("gives each demo case the sidebar's own RAG, next deadline and seen-alone names", () => {
    const records = demoCases(TODAY).map((c) => c.record);
    const rows = rowsFor(records, TODAY);
    for (const record of records) {
      const glance = caseGlance(record, computeFindings(record, { today: TODAY }), TODAY);
      const row = rows.find((r) => r.caseId === record.caseId);
      expect(row?.rag).toBe(glance.rag);
      expect(row?.ragText).toBe(glance.ragText);
      expect(row?.overdue).toBe(glance.overdue);
      expect(row?.nextDeadline?.due).toBe(glance.nextDeadline?.due);
      expect(row?.childrenNotSeenAlone).toEqual(glance.childrenNotSeenAlone);
      expect(row?.daysSinceLastCoreGroup).toBe(glance.daysSinceLastCoreGroup);
    }
    expect(rows.find((r) => r.caseId === 'CF-1002')?.rag).toBe('red');
    expect(rows.find((r) => r.caseId === 'CF-1001')?.rag).toBe('green');
  });

  it('counts deadlines met, late, missed and open across every cycle, for the evidence', () => {
    const record = CaseRecordSchema.parse({
      caseId: 'C-1',
      region: 'england-and-wales',
      icpcDate: '2026-10-01',
      children: [{ id: 'a', name: 'Amy' }],
      coreGroups: [{ date: '2026-10-30', status: 'held' }],
    });
    const [row] = rowsFor([record], TODAY);
    const findings = computeFindings(record, { today: TODAY });
    expect(row?.tally.late).toBe(findings.filter((f) => f.status === 'late').length);
    expect(row?.tally.missed).toBe(findings.filter((f) => f.status === 'overdue').length);
    expect(row?.tally.late).toBeGreaterThan(0);
    expect(row?.tally.missed).toBeGreaterThan(0);
  });

  it('says when the region was assumed and which procedure was used', () => {
    const record = CaseRecordSchema.parse({ caseId: 'C-2', icpcDate: '2026-11-20' });
    const [row] = rowsFor([record], TODAY);
    expect(row?.region).toBeUndefined();
    expect(row?.regionUsed).toBe('england-and-wales');
    expect(row?.regionAssumed).toBe(true);
    expect(row?.procedureId).toBe('england');
  });

  it("counts the gaps in each case's core group records, and never counts what was not read", () => {
    const records = demoCases(TODAY).map((c) => c.record);
    const rows = rowsFor(records, TODAY);
    for (const record of records) {
      const expected = countMeetingGaps(record, getProcedure('england'), TODAY, {
        region: record.region ?? 'england-and-wales',
      });
      expect(rows.find((r) => r.caseId === record.caseId)?.meetingGaps).toEqual(expected);
    }
    expect(rows.find((r) => r.caseId === 'CF-1003')?.meetingGaps.gaps).toBeGreaterThan(0);
    expect(rows.find((r) => r.caseId === 'CF-1001')?.meetingGaps.gaps).toBe(0);
    const [empty] = rowsFor([CaseRecordSchema.parse({ caseId: 'C-4' })], TODAY);
    expect(empty?.meetingGaps).toEqual({ gaps: 0, unknown: 0 });
  });

  it('is grey (no data), not green, for a case with nothing read', () => {
    const [row] = rowsFor([CaseRecordSchema.parse({ caseId: 'C-3' })], TODAY);
    expect(row?.rag).not.toBe('green');
  });
});

describe('the rules setup', () => {
  it("says so, and uses England's timescales, when the chosen procedure is not known", () => {
    const setup = rulesSetup({ procedureId: 'atlantis' }, TODAY);
    expect(setup.procedureId).toBe('england');
    expect(setup.problems[0]).toMatch(/"atlantis".*not known/);
  });

  it("applies an organisation's changes to its procedure, and keys the memo by them", () => {
    const plain = rulesSetup({ procedureId: 'england' }, TODAY);
    const local = rulesSetup(
      { procedureId: 'england', procedureOverrides: { firstCoreGroup: { amount: 15 } } },
      TODAY,
    );
    expect(local.options.procedure?.firstCoreGroup.amount).toBe(15);
    expect(local.procedureId).toBe('england');
    expect(local.key).not.toBe(plain.key);
    expect(local.problems).toEqual([]);
    const record = CaseRecordSchema.parse({ caseId: 'C-9', icpcDate: '2026-11-02' });
    const due = (setup: typeof plain) =>
      computeFindings(record, setup.options).find((f) => f.rule === 'first-core-group')?.due;
    expect(due(local)).not.toBe(due(plain));
  });

  it("says so when the organisation's changes cannot be applied, and uses the published ones", () => {
    const setup = rulesSetup(
      { procedureId: 'england', procedureOverrides: { firstCoreGroup: { amount: -4 } } },
      TODAY,
    );
    expect(setup.options.procedure?.firstCoreGroup.amount).toBe(10);
    expect(setup.problems[0]).toMatch(/could not be applied/);
  });

  it('applies a region override and keys the memo by it', () => {
    const plain = rulesSetup(undefined, TODAY);
    const scottish = rulesSetup({ regionOverride: 'scotland' }, TODAY);
    expect(scottish.options.region).toBe('scotland');
    expect(scottish.key).not.toBe(plain.key);
    expect(rulesSetup(undefined, '2026-11-26').key).not.toBe(plain.key);
  });
});

describe('the findings memo', () => {
  const records = generatedRecords(40, TODAY);

  it('runs the rules once per record, again only for a record whose updatedAt moved', () => {
    const memo = new DashboardMemo();
    const setup = rulesSetup(undefined, TODAY);
    const inputs = dashboardInputs(records);
    memo.buildRows(inputs, setup);
    expect(memo.rulesRuns).toBe(40);
    memo.buildRows(inputs, setup);
    expect(memo.rulesRuns).toBe(40);
    const changed = inputs.map((input, i) =>
      i === 7 ? { ...input, updatedAt: '2026-11-25T11:00:00.000Z' } : input,
    );
    const progress = memo.buildRows(changed, setup);
    expect(memo.rulesRuns).toBe(41);
    expect(progress.rows?.[7]?.updatedAt).toBe('2026-11-25T11:00:00.000Z');
  });

  it('runs every rule again when the day turns over', () => {
    const memo = new DashboardMemo();
    const inputs = dashboardInputs(records);
    memo.buildRows(inputs, rulesSetup(undefined, TODAY));
    memo.buildRows(inputs, rulesSetup(undefined, '2026-11-26'));
    expect(memo.rulesRuns).toBe(80);
  });

  it('stops part way when asked to yield, and finishes from where it stopped', () => {
    const memo = new DashboardMemo();
    const setup = rulesSetup(undefined, TODAY);
    const inputs = dashboardInputs(records);
    let calls = 0;
    const first = memo.buildRows(inputs, setup, () => ++calls > 10);
    expect(first.rows).toBeUndefined();
    expect(first.done).toBe(11);
    expect(first.total).toBe(40);
    const rest = memo.buildRows(inputs, setup);
    expect(rest.rows).toHaveLength(40);
    expect(memo.rulesRuns).toBe(40);
  });

  it('resumes after the rows already built, one new row at least per call', () => {
    const memo = new DashboardMemo();
    const setup = rulesSetup(undefined, TODAY);
    const inputs = dashboardInputs(records);
    let calls = 0;
    memo.buildRows(inputs, setup, () => ++calls > 10);
    calls = 0;
    const next = memo.buildRows(inputs, setup, () => {
      calls++;
      return true;
    });
    // The 11 built rows are taken as they are, without asking to yield; then one new row.
    expect(next).toEqual({ done: 12, total: 40 });
    expect(calls).toBe(1);
    expect(memo.rulesRuns).toBe(12);
  });

  it('goes on from its last row, not from the first, and gives the rows a whole build gives', () => {
    const memo = new DashboardMemo();
    const setup = rulesSetup(undefined, TODAY);
    const inputs = dashboardInputs(records);
    let calls = 0;
    let progress = memo.buildRows(inputs, setup, () => ++calls % 5 === 0);
    while (!progress.rows) progress = memo.buildRows(inputs, setup, () => ++calls % 5 === 0);
    // Each row looked at once, however many slices the build took.
    expect(memo.rowsVisited).toBe(40);
    expect(memo.rulesRuns).toBe(40);
    expect(progress.rows).toEqual(new DashboardMemo().buildRows(inputs, setup).rows);
  });

  it('starts again from the first row when the inputs or the setup changed part way', () => {
    const memo = new DashboardMemo();
    const setup = rulesSetup(undefined, TODAY);
    const inputs = dashboardInputs(records);
    let calls = 0;
    memo.buildRows(inputs, setup, () => ++calls > 10);
    const changed = inputs.map((input, i) =>
      i === 3 ? { ...input, updatedAt: '2026-11-25T11:00:00.000Z' } : input,
    );
    const rows = memo.buildRows(changed, setup).rows;
    expect(rows?.[3]?.updatedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(memo.rulesRuns).toBe(41);
    const tomorrow = memo.buildRows(changed, rulesSetup(undefined, '2026-11-26'));
    expect(tomorrow.rows).toHaveLength(40);
    expect(memo.rulesRuns).toBe(81);
  });
});

describe('sorting', () => {
  const rows = rowsFor(generatedRecords(300, TODAY), TODAY);
  const sortState = fc.record({
    key: fc.constantFrom(...SORT_KEYS),
    direction: fc.constantFrom('ascending' as const, 'descending' as const),
  });

  it('puts red first, then amber, no data and green, by default', () => {
    const sorted = sortRows(rows, DEFAULT_SORT);
    const severities = sorted.map((r) => RAG_SEVERITY[r.rag]);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(sorted[0]?.rag).toBe('red');
  });

  it('keeps every row, and puts rows with the value unknown first in either direction', () => {
    fc.assert(
      fc.property(sortState, fc.shuffledSubarray(rows), (sort: SortState, subset) => {
        const sorted = sortRows(subset, sort);
        expect(sorted.map((r) => r.caseId).sort()).toEqual(subset.map((r) => r.caseId).sort());
        const unknown = (r: (typeof rows)[number]) =>
          sort.key === 'next-deadline'
            ? r.nextDeadline === undefined
            : sort.key === 'last-core-group'
              ? r.daysSinceLastCoreGroup === undefined
              : sort.key === 'region'
                ? r.region === undefined
                : false;
        const flags = sorted.map(unknown);
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      }),
      { numRuns: 60 },
    );
  });

  it('orders the soonest deadline first, and reverses when the column is chosen again', () => {
    const first = nextSort(DEFAULT_SORT, 'next-deadline');
    expect(first).toEqual({ key: 'next-deadline', direction: 'ascending' });
    const dues = sortRows(rows, first)
      .map((r) => r.nextDeadline?.due)
      .filter((d): d is string => d !== undefined);
    expect(dues).toEqual([...dues].sort());
    const again = nextSort(first, 'next-deadline');
    expect(again.direction).toBe('descending');
    const reversed = sortRows(rows, again)
      .map((r) => r.nextDeadline?.due)
      .filter((d): d is string => d !== undefined);
    expect(reversed).toEqual([...dues].sort().reverse());
  });

  it('sorts case references as people read them (T-2 before T-10)', () => {
    const sorted = sortRows(rows, { key: 'case', direction: 'ascending' }).map((r) => r.caseId);
    expect(sorted.slice(0, 3)).toEqual(['T-00000', 'T-00001', 'T-00002']);
  });
});

describe('filtering', () => {
  const rows = rowsFor(generatedRecords(300, TODAY), TODAY);
  const filters = fc.record<DashboardFilter>({
    overdueOnly: fc.boolean(),
    rag: fc.constantFrom('all', 'red', 'amber', 'green', 'grey'),
    region: fc.constantFrom('all', 'england-and-wales', 'scotland', 'not-recorded'),
    procedureId: fc.constantFrom('all', 'england', 'wales'),
    caseSearch: fc.constantFrom('', 't-001', 'T-0029', 'nothing'),
  });

  it('lets through exactly the rows that meet every filter', () => {
    fc.assert(
      fc.property(filters, (filter) => {
        const kept = new Set(filterRows(rows, filter).map((r) => r.caseId));
        for (const row of rows) {
          const meets =
            (!filter.overdueOnly || row.overdue > 0) &&
            (filter.rag === 'all' || row.rag === filter.rag) &&
            (filter.region === 'all' ||
              (filter.region === 'not-recorded'
                ? row.region === undefined
                : row.region === filter.region)) &&
            (filter.procedureId === 'all' || row.procedureId === filter.procedureId) &&
            row.caseId.toLowerCase().includes(filter.caseSearch.toLowerCase());
          expect(kept.has(row.caseId)).toBe(meets);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('keeps only cases with something overdue when asked', () => {
    const overdue = filterRows(rows, { ...NO_FILTER, overdueOnly: true });
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(rows.length);
    expect(overdue.every((r) => r.overdue > 0)).toBe(true);
  });
});

describe('the route in the fragment', () => {
  it('round-trips any case reference, spaces, ampersands and all', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.constantFrom(undefined, 'supervision' as const, 'review-conference' as const),
        (caseId, purpose) => {
          const route = purpose
            ? ({ view: 'report', caseId, purpose } as const)
            : ({ view: 'case', caseId } as const);
          expect(parseRoute(routeHash(route))).toEqual(route);
        },
      ),
    );
  });

  it('shows the list for anything it does not understand', () => {
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#')).toEqual({ view: 'list' });
    expect(parseRoute('#case=')).toEqual({ view: 'list' });
    expect(parseRoute('#case=A&report=gossip')).toEqual({ view: 'case', caseId: 'A' });
  });
});
