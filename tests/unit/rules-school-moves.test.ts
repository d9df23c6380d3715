import { describe, expect, it } from 'vitest';
import { AMY, BEN, booked, caseRecord, current, findingsFor, held } from './rules-test-helpers';

const ICPC = '2026-12-17';
const rule = 'school-move-core-group';
// Amy moves school on Monday 11 January 2027: a core group is due 10 working days later, 25 January.
const moved = (coreGroups: ReturnType<typeof held | typeof booked>[] = [], extra = {}) =>
  caseRecord({
    icpcDate: ICPC,
    children: [AMY, BEN],
    schoolMoves: [{ childId: 'amy', date: '2027-01-11' }],
    coreGroups,
    ...extra,
  });

describe('school-move-core-group', () => {
  it('is met or late by the first core group held after the move', () => {
    const met = current(
      moved([held('2027-01-07'), held('2027-01-20')]),
      rule,
      { today: '2027-02-01' },
      'amy',
    );
    expect(met).toMatchObject({ status: 'met', due: '2027-01-25', doneOn: '2027-01-20' });
    expect(met.reason).toMatch(/after Amy's school move.*check the new school was invited/);
    const late = current(moved([held('2027-01-27')]), rule, { today: '2027-02-01' }, 'amy');
    expect(late).toMatchObject({ status: 'late', doneOn: '2027-01-27' });
  });

  it('is upcoming, due soon, then overdue with no core group since the move', () => {
    const earlier = moved([held('2027-01-07')]);
    expect(current(earlier, rule, { today: '2027-01-11' }, 'amy').status).toBe('upcoming');
    expect(current(earlier, rule, { today: '2027-01-19' }, 'amy').status).toBe('due-soon');
    expect(current(earlier, rule, { today: '2027-01-26' }, 'amy').status).toBe('overdue');
  });

  it('says when the core group booked is after the due date', () => {
    const finding = current(moved([booked('2027-01-28')]), rule, { today: '2027-01-19' }, 'amy');
    expect(finding.reason).toMatch(/scheduled for Thu 28 Jan 2027, after the due date/);
  });

  it('gives one finding per move, each for its child', () => {
    const two = moved([], {
      schoolMoves: [
        { childId: 'ben', date: '2027-02-01' },
        { childId: 'amy', date: '2027-01-11' },
      ],
    });
    const findings = findingsFor(two, rule, { today: '2027-01-12' });
    expect(findings.map((f) => [f.childId, f.due])).toEqual([
      ['amy', '2027-01-25'],
      ['ben', '2027-02-15'],
    ]);
  });

  it('does not apply to a move before the plan began, or due after it ends', () => {
    const before = moved([], { schoolMoves: [{ childId: 'amy', date: '2026-11-02' }] });
    expect(current(before, rule, { today: '2027-01-12' }, 'amy').status).toBe('not-applicable');
    const ended = moved([], { planEndDate: '2027-01-20' });
    expect(current(ended, rule, { today: '2027-02-01' }, 'amy').status).toBe('not-applicable');
  });

  it('names a child the record does not list by id, rather than guessing', () => {
    const stranger = moved([], { schoolMoves: [{ childId: 'x9', date: '2027-01-11' }] });
    expect(current(stranger, rule, { today: '2027-01-12' }, 'x9').reason).toMatch(/child x9's/);
  });
});
