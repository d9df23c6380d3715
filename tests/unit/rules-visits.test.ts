import { describe, expect, it } from 'vitest';
import { getProcedure } from '../../lib/rules';
import { AMY, BEN, caseRecord, current, findingsFor, past, visit } from './rules-test-helpers';

const ICPC = '2026-12-17';

describe('visit-frequency', () => {
  const rule = 'visit-frequency';

  it('counts the first visit from the ICPC: upcoming, due soon, overdue', () => {
    const record = caseRecord({ icpcDate: ICPC, children: [AMY] });
    expect(current(record, rule, { today: '2026-12-18' }, 'amy')).toMatchObject({
      status: 'upcoming',
      due: '2027-01-05',
    });
    expect(current(record, rule, { today: '2026-12-30' }, 'amy').status).toBe('due-soon');
    expect(current(record, rule, { today: '2027-01-06' }, 'amy').status).toBe('overdue');
  });

  it('is due 10 working days after the last visit at which the child was seen', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [AMY, BEN],
      visits: [
        visit('2027-01-04', ['amy', true, true], ['ben', true, true]),
        visit('2027-01-08', ['ben', true, true], ['amy', false]),
      ],
    });
    const amy = current(record, rule, { today: '2027-01-11' }, 'amy');
    expect(amy.due).toBe('2027-01-18');
    expect(amy.reason).toMatch(/visits on Fri 8 Jan 2027 record Amy as not seen/);
    expect(current(record, rule, { today: '2027-01-11' }, 'ben').due).toBe('2027-01-22');
  });

  it('reports each gap that ran over as a late past finding', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [AMY],
      visits: [visit('2027-01-04', ['amy', true, true]), visit('2027-01-20', ['amy', true, true])],
    });
    expect(past(record, rule, { today: '2027-01-21' }, 'amy')).toMatchObject([
      { status: 'late', due: '2027-01-18', doneOn: '2027-01-20', childId: 'amy' },
    ]);
    expect(current(record, rule, { today: '2027-01-21' }, 'amy').due).toBe('2027-02-03');
  });

  it('is unknown with no children, or with no ICPC and no visit', () => {
    const noChildren = findingsFor(caseRecord({ icpcDate: ICPC }), rule, { today: '2027-01-06' });
    expect(noChildren).toMatchObject([
      { status: 'unknown', reason: expect.stringMatching(/No children/) },
    ]);
    const nothing = current(caseRecord({ children: [AMY] }), rule, { today: '2027-01-06' }, 'amy');
    expect(nothing.status).toBe('unknown');
    expect(nothing.reason).toMatch(/No visit at which Amy was seen is recorded/);
  });

  it('does not apply when the next visit would fall after the plan ends', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      planEndDate: '2027-01-10',
      children: [AMY],
      visits: [visit('2027-01-04', ['amy', true, true])],
    });
    expect(current(record, rule, { today: '2027-02-01' }, 'amy').status).toBe('not-applicable');
  });

  it('counts 10 calendar days from the visit in the 10-day variant', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [AMY],
      visits: [visit('2027-01-04', ['amy', true, true])],
    });
    const procedure = getProcedure('england-10-day-visits');
    expect(current(record, rule, { today: '2027-01-05', procedure }, 'amy').due).toBe('2027-01-14');
  });
});

describe('seen-alone', () => {
  const rule = 'seen-alone';
  const amyVisits = (...alone: (boolean | undefined)[]) =>
    caseRecord({
      icpcDate: ICPC,
      children: [AMY],
      visits: alone.map((a, i) =>
        visit(`2027-01-${String(4 + i).padStart(2, '0')}`, ['amy', true, a]),
      ),
    });
  const today = '2027-01-20';

  it('is met when the child was seen alone at the latest visit', () => {
    expect(current(amyVisits(false, true), rule, { today }, 'amy')).toMatchObject({
      status: 'met',
      due: '2027-01-05',
      doneOn: '2027-01-05',
    });
  });

  it('is overdue when the latest visit at which the child was seen was not alone', () => {
    const finding = current(amyVisits(true, false, false), rule, { today }, 'amy');
    expect(finding).toMatchObject({ status: 'overdue', due: '2027-01-06' });
    expect(finding.reason).toMatch(
      /not alone at the latest visit, on Wed 6 Jan 2027 \(the last 2 visits, since Tue 5 Jan 2027\)/,
    );
  });

  it('never takes "not recorded" as seen alone', () => {
    const finding = current(amyVisits(true, undefined), rule, { today }, 'amy');
    expect(finding.status).toBe('unknown');
    expect(finding.reason).toMatch(/does not record whether Amy was seen alone/);
    const earlier = current(amyVisits(undefined, undefined, true), rule, { today }, 'amy');
    expect(earlier.status).toBe('met');
    expect(earlier.reason).toMatch(/2 earlier visits do not record whether Amy was seen alone/);
  });

  it('is unknown when no visit saw the child', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [AMY],
      visits: [visit('2027-01-04', ['amy', false])],
    });
    expect(current(record, rule, { today }, 'amy').status).toBe('unknown');
  });

  it('does not apply to a pre-verbal child, or when the conference said so', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [
        { ...AMY, preVerbal: true },
        { ...BEN, seenAloneNotRequired: true },
      ],
      visits: [visit('2027-01-04', ['amy', true, false], ['ben', true, false])],
    });
    expect(current(record, rule, { today }, 'amy').reason).toMatch(/pre-verbal/);
    expect(current(record, rule, { today }, 'amy').status).toBe('not-applicable');
    expect(current(record, rule, { today }, 'ben').status).toBe('not-applicable');
  });

  it('reports a visit not alone, later made good, as a late past finding', () => {
    const record = amyVisits(false, false, true);
    expect(past(record, rule, { today }, 'amy').map((f) => [f.status, f.due, f.doneOn])).toEqual([
      ['late', '2027-01-04', '2027-01-06'],
      ['late', '2027-01-05', '2027-01-06'],
    ]);
  });

  it('treats two records of one day as one visit, alone if either says so', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      children: [AMY],
      visits: [visit('2027-01-04', ['amy', true, false]), visit('2027-01-04', ['amy', true, true])],
    });
    expect(current(record, rule, { today }, 'amy').status).toBe('met');
  });

  it('ignores visits before the ICPC and after the plan ends', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      planEndDate: '2027-01-31',
      children: [AMY],
      visits: [
        visit('2026-12-01', ['amy', true, true]),
        visit('2027-01-04', ['amy', true, false]),
        visit('2027-02-04', ['amy', true, true]),
      ],
    });
    expect(current(record, rule, { today: '2027-02-05' }, 'amy').status).toBe('overdue');
  });

  describe('on alternate visits', () => {
    const procedure = getProcedure('england-10-day-visits');

    it('needs the child alone at the next visit after one not alone', () => {
      const finding = current(
        amyVisits(true, false),
        rule,
        { today: '2027-01-06', procedure },
        'amy',
      );
      expect(finding).toMatchObject({ status: 'upcoming', due: '2027-01-15' });
      expect(finding.reason).toMatch(/at the next visit: Amy was not seen alone on Tue 5 Jan 2027/);
      const first = current(amyVisits(false), rule, { today: '2027-01-12', procedure }, 'amy');
      expect(first).toMatchObject({ status: 'due-soon', due: '2027-01-14' });
    });

    it('is overdue after two visits in a row not alone, met after one alone', () => {
      expect(current(amyVisits(false, false), rule, { today, procedure }, 'amy').status).toBe(
        'overdue',
      );
      expect(current(amyVisits(false, true), rule, { today, procedure }, 'amy').status).toBe('met');
    });

    it('is unknown when the visit before does not say', () => {
      expect(current(amyVisits(undefined, false), rule, { today, procedure }, 'amy').status).toBe(
        'unknown',
      );
    });
  });
});
