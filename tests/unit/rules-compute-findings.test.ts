import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseRecord,
  type CaseRecordInput,
  CaseRecordSchema,
  type IsoDate,
} from '../../lib/domain';
import {
  addDays,
  addWorkingDays,
  compareDates,
  computeFindings,
  FINDING_RULES,
  FINDING_STATUSES,
  type Finding,
  type FindingRule,
  getProcedure,
  isWorkingDay,
  listProcedures,
  type Procedure,
  RULE_TIMESCALE_FIELDS,
} from '../../lib/rules';
import { AMY, caseRecord, current, held, visit } from './rules-test-helpers';

describe('the worked example in the issue', () => {
  const icpcOnly = caseRecord({ icpcDate: '2026-12-17' });

  it('ICPC 2026-12-17, no core group, today 2026-12-30: first core group due 2027-01-05, due soon', () => {
    expect(current(icpcOnly, 'first-core-group', { today: '2026-12-30' })).toMatchObject({
      rule: 'first-core-group',
      status: 'due-soon',
      due: '2027-01-05',
    });
  });

  it('same with today 2027-01-06: overdue', () => {
    expect(current(icpcOnly, 'first-core-group', { today: '2027-01-06' }).status).toBe('overdue');
  });

  it('a core group held on 2027-01-07: late, and the next is due 42 days after it', () => {
    const record = caseRecord({ icpcDate: '2026-12-17', coreGroups: [held('2027-01-07')] });
    expect(current(record, 'first-core-group', { today: '2027-01-08' }).status).toBe('late');
    const next = current(record, 'core-group-interval', { today: '2027-01-08' });
    expect(next.due).toBe(addDays('2027-01-07', 42));
  });

  it('gives every finding the Finding contract fields', () => {
    for (const finding of computeFindings(icpcOnly, { today: '2026-12-30' })) {
      expect(FINDING_RULES).toContain(finding.rule);
      expect(FINDING_STATUSES).toContain(finding.status);
      expect(finding.reason.length).toBeGreaterThan(10);
      expect(finding.source.title.length).toBeGreaterThan(0);
      expect(finding.procedureId).toBe('england');
    }
  });
});

describe('region and procedure', () => {
  it('falls back to England and Wales when no region is recorded, and says so', () => {
    const record = CaseRecordSchema.parse({ caseId: 'C-1', icpcDate: '2026-12-17' });
    const finding = current(record, 'first-core-group', { today: '2026-12-30' });
    expect(finding).toMatchObject({ region: 'england-and-wales', regionAssumed: true });
    expect(finding.reason).toMatch(
      /nation is not recorded, so England and Wales bank holidays were assumed/,
    );
  });

  it("uses the record's region, and an explicit region over it", () => {
    const scottish = caseRecord({ region: 'scotland', icpcDate: '2026-12-17' });
    const finding = current(scottish, 'first-core-group', { today: '2026-12-30' });
    // England's 10 working days, on Scotland's calendar (2 January's substitute is 4 January).
    expect(finding).toMatchObject({ region: 'scotland', regionAssumed: false, due: '2027-01-06' });
    expect(finding.reason).not.toMatch(/assumed/);
    const explicit = current(scottish, 'first-core-group', {
      today: '2026-12-30',
      region: 'england-and-wales',
    });
    expect(explicit.due).toBe('2027-01-05');
  });

  it("changes the dates with Scotland's procedure: core group within 15 working days of the CPPM", () => {
    const scottish = caseRecord({ region: 'scotland', icpcDate: '2026-12-17' });
    const finding = current(scottish, 'first-core-group', {
      today: '2026-12-30',
      procedure: getProcedure('scotland'),
    });
    expect(finding).toMatchObject({
      due: '2027-01-13',
      status: 'upcoming',
      procedureId: 'scotland',
    });
    expect(finding.reason).toMatch(/after the initial CPPM/);
  });

  it("skips the organisation's closure days", () => {
    const record = caseRecord({ icpcDate: '2026-12-17' });
    const closures = new Set(['2026-12-29']);
    expect(current(record, 'first-core-group', { today: '2026-12-30', closures }).due).toBe(
      '2027-01-06',
    );
  });

  it('rejects a today that is not a real date', () => {
    expect(() => computeFindings(caseRecord(), { today: '2027-02-30' })).toThrow(/real date/);
  });

  it('lists findings in rule order, children in the record order', () => {
    const record = caseRecord({
      icpcDate: '2026-12-17',
      children: [
        { id: 'zed', name: 'Zed' },
        { id: 'amy', name: 'Amy' },
      ],
    });
    const findings = computeFindings(record, { today: '2027-01-08' });
    const order = findings.map((f) => FINDING_RULES.indexOf(f.rule));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(findings.filter((f) => f.rule === 'visit-frequency').map((f) => f.childId)).toEqual([
      'zed',
      'amy',
    ]);
  });
});

describe('plan end', () => {
  it('makes nothing falling due after the plan ends overdue, however late today is', () => {
    const record = caseRecord({
      icpcDate: '2026-12-17',
      planEndDate: '2026-12-31',
      children: [AMY],
      coreGroups: [held('2026-12-21')],
      visits: [visit('2026-12-21', ['amy', true, true])],
    });
    const findings = computeFindings(record, { today: '2027-12-01' });
    for (const f of findings) {
      if (f.due && compareDates(f.due, '2026-12-31') > 0) {
        expect(['met', 'late', 'not-applicable'], f.rule).toContain(f.status);
      }
    }
    // The next core group, review, its report, the last core group before it, the next visit.
    const notApplicable = findings.filter((f) => f.status === 'not-applicable').map((f) => f.rule);
    expect(notApplicable).toEqual([
      'core-group-interval',
      'final-core-group-before-review',
      'review-conference',
      'review-report-shared',
      'visit-frequency',
    ]);
  });
});

// Open-ended records: any mix of meetings, visits and moves in 2026–2027, any procedure.
const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2026-01-01', n));
const childId = fc.constantFrom('amy', 'ben');
const status = fc.constantFrom('scheduled', 'held');
const maybeDay = fc.option(day, { nil: undefined });
const recordArb = fc
  .record({
    region: fc.option(fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland'), {
      nil: undefined,
    }),
    icpcDate: maybeDay,
    planEndDate: maybeDay,
    children: fc.subarray([
      { id: 'amy', name: 'Amy', preVerbal: false },
      { id: 'ben', name: 'Ben', preVerbal: true },
    ]),
    coreGroups: fc.array(fc.record({ date: day, status, minutesCirculatedDate: maybeDay }), {
      maxLength: 8,
    }),
    reviewConferences: fc.array(fc.record({ date: day, status, reportSharedDate: maybeDay }), {
      maxLength: 4,
    }),
    visits: fc.array(
      fc.record({
        date: day,
        children: fc.array(
          fc.record({
            childId,
            seen: fc.boolean(),
            seenAlone: fc.option(fc.boolean(), { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 10 },
    ),
    schoolMoves: fc.array(fc.record({ childId, date: day }), { maxLength: 2 }),
  })
  .map((r) => CaseRecordSchema.parse(stripUndefined({ caseId: 'C-1', ...r }) as CaseRecordInput));
const procedureArb = fc.constantFrom(...listProcedures());

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, stripUndefined(v)]),
    );
  }
  return value;
}

describe('properties of computeFindings', () => {
  type Check = (
    record: CaseRecord,
    today: IsoDate,
    findings: Finding[],
    procedure: Procedure,
  ) => void;
  const property = (check: Check) =>
    fc.assert(
      fc.property(recordArb, day, procedureArb, (record, today, procedure) => {
        check(record, today, computeFindings(record, { today, procedure }), procedure);
      }),
      { numRuns: 300 },
    );

  it('never throws, and every unknown says why', () => {
    property((_record, _today, findings) => {
      for (const f of findings) {
        expect(FINDING_STATUSES).toContain(f.status);
        expect(f.reason.trim().length).toBeGreaterThan(0);
        if (f.status === 'unknown') expect(f.reason).toMatch(/not recorded|no |cannot|does not/i);
      }
    });
  });

  it('never reports anything falling due after the plan ends as overdue, due soon or upcoming', () => {
    property((record, _today, findings) => {
      const end = record.planEndDate;
      if (!end) return;
      for (const f of findings) {
        if (f.due && compareDates(f.due, end) > 0) {
          expect(['overdue', 'due-soon', 'upcoming']).not.toContain(f.status);
        }
      }
    });
  });

  it('never puts a working-day deadline on a weekend or bank holiday', () => {
    property((record, _today, findings, procedure) => {
      for (const f of findings) {
        // The deadline itself comes from the rule's own timescale (the first field listed).
        const [field] = RULE_TIMESCALE_FIELDS[f.rule];
        if (!field || !f.due || procedure[field].unit !== 'working-days') continue;
        expect(isWorkingDay(f.due, f.region), `${f.rule} due ${f.due}`).toBe(true);
        if (f.windowStart) expect(isWorkingDay(f.windowStart, f.region)).toBe(true);
        expect(f.region).toBe(record.region ?? 'england-and-wales');
      }
    });
  });

  it('decides each status by the definitions: met, late, overdue, due soon, upcoming', () => {
    property((_record, today, findings) => {
      for (const f of findings) {
        const { due, doneOn } = f;
        if (f.status === 'met' && due && doneOn && compareDates(doneOn, due) > 0) {
          // Only the last core group before a review may be met after its due date: that date is
          // the last working day before the review, and a meeting on the weekend or bank holiday
          // between them is still in the window.
          expect(f.rule).toBe('final-core-group-before-review');
          for (let day = addDays(due, 1); compareDates(day, doneOn) <= 0; day = addDays(day, 1)) {
            expect(isWorkingDay(day, f.region)).toBe(false);
          }
        }
        if (f.status === 'late') expect(compareDates(doneOn ?? '', due ?? '')).toBe(1);
        if (f.rule === 'seen-alone' || !due) continue;
        if (f.status === 'overdue') expect(compareDates(today, due)).toBe(1);
        if (f.status === 'due-soon') {
          expect(compareDates(today, due)).toBeLessThanOrEqual(0);
          expect(compareDates(due, addWorkingDays(today, 5, f.region))).toBeLessThanOrEqual(0);
        }
        if (f.status === 'upcoming') {
          expect(compareDates(due, addWorkingDays(today, 5, f.region))).toBe(1);
        }
      }
    });
  });

  it('never finds a child seen alone when no visit records it', () => {
    property((record, _today, findings) => {
      const recordedAlone = record.visits.some((v) => v.children.some((c) => c.seenAlone === true));
      if (recordedAlone) return;
      const seenAlone = findings.filter((f) => f.rule === 'seen-alone');
      for (const f of seenAlone) expect(['met', 'late']).not.toContain(f.status);
    });
  });

  it('gives one current finding per rule, per child for visits, per move for school moves', () => {
    property((record, _today, findings) => {
      const currents = findings.filter((f) => f.occurrence === 'current');
      const count = (rule: FindingRule) => currents.filter((f) => f.rule === rule).length;
      for (const rule of FINDING_RULES) {
        if (rule === 'school-move-core-group') {
          expect(count(rule)).toBe(record.schoolMoves.length);
        } else if (rule === 'visit-frequency' || rule === 'seen-alone') {
          expect(count(rule)).toBe(Math.max(1, record.children.length));
        } else {
          expect(count(rule), rule).toBe(1);
        }
      }
    });
  });
});
