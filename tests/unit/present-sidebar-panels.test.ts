import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import { findingKey, groupFindings } from '../../lib/present/finding-groups';
import { missingValuesFor } from '../../lib/present/missing-values';
import {
  actionsToFlag,
  type ChildPlanSummary,
  planSummaries,
} from '../../lib/present/plan-summary';
import { seenAloneSummaries } from '../../lib/present/seen-alone-summary';
import { computeFindings } from '../../lib/rules/compute-findings';
import { FINDING_RULES, FINDING_STATUSES, type Finding } from '../../lib/rules/finding';
import { getProcedure } from '../../lib/rules/procedures';

const TODAY = '2026-11-25';
const record = (input: Partial<CaseRecordInput> = {}) =>
  CaseRecordSchema.parse({ caseId: 'C-1', region: 'england-and-wales', ...input });
const AMY = { id: 'amy', name: 'Amy' };
const BEN = { id: 'ben', name: 'Ben' };
const visit = (date: string, ...children: [string, boolean, boolean?][]) => ({
  date,
  children: children.map(([childId, seen, seenAlone]) =>
    seenAlone === undefined ? { childId, seen } : { childId, seen, seenAlone },
  ),
});

const finding = fc
  .record({
    rule: fc.constantFrom(...FINDING_RULES),
    status: fc.constantFrom(...FINDING_STATUSES),
    occurrence: fc.constantFrom('current' as const, 'past' as const),
    due: fc.option(
      fc
        .date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      { nil: undefined },
    ),
    childId: fc.option(fc.constantFrom('amy', 'ben'), { nil: undefined }),
  })
  .map(
    (f): Finding => ({
      ...f,
      reason: 'r',
      source: { title: 's' },
      computedFrom: [],
      region: 'england-and-wales',
      regionAssumed: false,
      procedureId: 'england',
    }),
  );

describe('the deadlines panel’s groups', () => {
  it('shows overdue, due soon, unknown and coming up before what is done, and breaches last', () => {
    const findings = computeFindings(
      record({
        icpcDate: '2026-10-01',
        children: [AMY],
        visits: [visit('2026-10-05', ['amy', true, false])],
      }),
      { today: TODAY },
    );
    const ids = groupFindings(findings).map((g) => g.id);
    const order = ['overdue', 'due-soon', 'unknown', 'upcoming', 'done', 'past'];
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids[0]).toBe('overdue');
  });

  it('drops nothing and puts each finding in the group of its status', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
        const groups = groupFindings(findings);
        expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length);
        for (const g of groups) {
          expect(g.findings.length).toBeGreaterThan(0);
          for (const f of g.findings) {
            if (g.id === 'past') expect(f.occurrence).toBe('past');
            else if (g.id === 'done') expect(['met', 'late', 'not-applicable']).toContain(f.status);
            else expect(f.status).toBe(g.id);
          }
        }
        const open = groups.filter((g) => !g.closed).map((g) => g.id);
        expect(open.every((id) => ['overdue', 'due-soon', 'unknown'].includes(id))).toBe(true);
      }),
    );
  });

  it('gives every finding of a real case a different key', () => {
    const findings = computeFindings(
      record({
        icpcDate: '2026-06-01',
        children: [AMY, BEN],
        coreGroups: [
          { date: '2026-06-10', status: 'held' },
          { date: '2026-09-10', status: 'held' },
        ],
        visits: [
          visit('2026-06-05', ['amy', true, false], ['ben', true]),
          visit('2026-07-20', ['amy', true, false]),
        ],
      }),
      { today: TODAY },
    );
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
  });
});

describe('what an unknown finding lacks', () => {
  it('asks for the ICPC date when the core group and review deadlines hang on it', () => {
    const r = record({ children: [AMY] });
    const findings = computeFindings(r, { today: TODAY });
    const first = findings.find((f) => f.rule === 'first-core-group');
    expect(first?.status).toBe('unknown');
    expect(missingValuesFor(first as Finding, r)).toEqual([{ kind: 'icpc-date' }]);
    const report = findings.find((f) => f.rule === 'review-report-shared');
    expect(missingValuesFor(report as Finding, r)).toEqual([
      { kind: 'icpc-date' },
      { kind: 'review-conference' },
    ]);
  });

  it('asks whether the child was seen alone at the visit that does not say', () => {
    const r = record({
      icpcDate: '2026-10-01',
      children: [AMY],
      visits: [visit('2026-11-02', ['amy', true, true]), visit('2026-11-16', ['amy', true])],
    });
    const seenAlone = computeFindings(r, { today: TODAY }).find(
      (f) => f.rule === 'seen-alone' && f.occurrence === 'current',
    ) as Finding;
    expect(seenAlone.status).toBe('unknown');
    expect(missingValuesFor(seenAlone, r)).toEqual([
      { kind: 'seen-alone', childId: 'amy', visitDate: '2026-11-16' },
    ]);
  });

  it('under alternate visits, asks about the visit before, which decides the next', () => {
    const r = record({
      icpcDate: '2026-10-01',
      children: [AMY],
      visits: [visit('2026-11-02', ['amy', true]), visit('2026-11-16', ['amy', true, false])],
    });
    const seenAlone = computeFindings(r, {
      today: TODAY,
      procedure: getProcedure('england-10-day-visits'),
    }).find((f) => f.rule === 'seen-alone' && f.occurrence === 'current') as Finding;
    expect(seenAlone.status).toBe('unknown');
    expect(missingValuesFor(seenAlone, r)).toEqual([
      { kind: 'seen-alone', childId: 'amy', visitDate: '2026-11-02' },
    ]);
  });

  it('asks for a visit when none saw the child, and for the children when none are read', () => {
    const r = record({ icpcDate: '2026-10-01', children: [AMY] });
    const findings = computeFindings(r, { today: TODAY });
    const alone = findings.find((f) => f.rule === 'seen-alone') as Finding;
    expect(missingValuesFor(alone, r)).toEqual([{ kind: 'visit', childId: 'amy' }]);
    const none = record({ icpcDate: '2026-10-01' });
    const visits = computeFindings(none, { today: TODAY }).find(
      (f) => f.rule === 'visit-frequency',
    ) as Finding;
    expect(missingValuesFor(visits, none)).toEqual([{ kind: 'children' }]);
  });

  it('offers nothing for a finding that is known', () => {
    const r = record({ icpcDate: '2026-10-01', children: [AMY] });
    for (const f of computeFindings(r, { today: TODAY })) {
      if (f.status !== 'unknown') expect(missingValuesFor(f, r)).toEqual([]);
    }
  });
});

describe('each child’s seen-alone record', () => {
  const r = record({
    icpcDate: '2026-09-01',
    children: [AMY, BEN, { id: 'cal', name: 'Cal', preVerbal: true }],
    visits: [
      visit('2026-08-20', ['amy', true, true]),
      visit('2026-09-10', ['amy', true, true], ['ben', true, false], ['cal', true]),
      visit('2026-10-01', ['amy', true, false], ['ben', true, false], ['cal', true]),
      visit('2026-10-15', ['amy', true, false], ['ben', true], ['cal', true]),
      visit('2026-11-05', ['amy', false], ['ben', true, false], ['cal', false]),
      // Two records of one day: seen alone if either says so.
      visit('2026-11-05', ['ben', true, true]),
    ],
  });
  const summaries = seenAloneSummaries(r, computeFindings(r, { today: TODAY }));
  const of = (id: string) => summaries.find((s) => s.childId === id);

  it('counts the visits in a row, up to the latest, at which the child was seen but not alone', () => {
    expect(of('amy')).toMatchObject({
      lastVisit: { date: '2026-11-05', seen: false },
      lastSeenAlone: '2026-09-10',
      notAloneInARow: 2,
      latestAloneNotRecorded: false,
    });
  });

  it('ignores visits before the ICPC, as the rules do, and merges two records of one day', () => {
    expect(of('ben')).toMatchObject({ lastSeenAlone: '2026-11-05', notAloneInARow: 0 });
    expect(of('amy')?.lastSeenAlone).not.toBe('2026-08-20');
  });

  it('marks a pre-verbal child, and says when the latest visit does not record alone', () => {
    expect(of('cal')).toMatchObject({ preVerbal: true, latestAloneNotRecorded: true });
    expect(of('cal')?.seenAloneFinding?.status).toBe('not-applicable');
  });

  it('gives the next visit due from the visit rule', () => {
    expect(of('amy')?.nextVisit?.rule).toBe('visit-frequency');
    expect(of('amy')?.nextVisit?.due).toBeDefined();
  });

  it('has nothing to say for a child with no visits, rather than "never seen alone" by default', () => {
    const s = seenAloneSummaries(record({ children: [AMY] }), []);
    expect(s[0]).toMatchObject({ notAloneInARow: 0, latestAloneNotRecorded: false });
    expect(s[0]?.lastVisit).toBeUndefined();
  });
});

describe('each child’s plan', () => {
  const r = record({
    children: [AMY, BEN],
    plans: [
      {
        childId: 'amy',
        sections: { needs: 'Safe sleep', objectives: 'Amy is safe', contingency: '   ' },
        actions: [
          { text: 'Parenting course', owner: 'Mum', due: '2026-12-01', measure: 'Certificate' },
          { text: 'School attendance', due: '2026-11-01', status: 'in-progress' },
          {
            text: 'Health visits',
            owner: 'HV',
            due: '2027-01-01',
            measure: 'Weekly',
            status: 'drifted',
          },
        ],
      },
    ],
  });
  const [amy, ben] = planSummaries(r, TODAY);

  it('lists the sections present and missing, an empty heading as missing', () => {
    expect(amy?.read).toBe(true);
    expect(amy?.present).toEqual(['needs', 'objectives', 'actions']);
    expect(amy?.missing).toHaveLength(9);
    expect(amy?.missing.find((m) => m.section === 'contingency')).toEqual({
      section: 'contingency',
      empty: true,
    });
  });

  it('flags actions that are not SMART, overdue, or drifting, and leaves the good one alone', () => {
    expect(
      actionsToFlag(amy as ChildPlanSummary).map((a) => [a.number, a.gaps, a.overdue, a.drifted]),
    ).toEqual([
      [2, ['owner', 'measure'], true, false],
      [3, [], false, true],
    ]);
  });

  it('says a plan was not read, never that there is none', () => {
    expect(ben).toMatchObject({ read: false, present: [], missing: [], actions: [] });
  });
});
