import { describe, expect, it } from 'vitest';
import { getProcedure } from '../../lib/rules';
import { booked, caseRecord, current, held, past } from './rules-test-helpers';

const ICPC = '2026-12-17';

describe('review-conference', () => {
  const rule = 'review-conference';
  const record = caseRecord({ icpcDate: ICPC });

  it('dates the first review 3 months after the ICPC: upcoming, due soon, overdue', () => {
    expect(current(record, rule, { today: '2027-01-08' })).toMatchObject({
      status: 'upcoming',
      due: '2027-03-17',
    });
    expect(current(record, rule, { today: '2027-03-12' }).status).toBe('due-soon');
    expect(current(record, rule, { today: '2027-03-18' }).status).toBe('overdue');
  });

  it('clamps months to the month end: 3 months after 30 November is 28 February', () => {
    const november = caseRecord({ icpcDate: '2026-11-30' });
    expect(current(november, rule, { today: '2027-01-08' }).due).toBe('2027-02-28');
  });

  it('then dates each review 6 months after the last one held, reporting late ones', () => {
    const reviews = caseRecord({
      icpcDate: ICPC,
      reviewConferences: [held('2027-03-24'), held('2027-09-20'), held('2028-03-31')],
    });
    const breaches = past(reviews, rule, { today: '2028-04-03' });
    expect(breaches.map((f) => [f.status, f.due, f.doneOn])).toEqual([
      ['late', '2027-03-17', '2027-03-24'],
      ['late', '2028-03-20', '2028-03-31'],
    ]);
    expect(breaches[0]?.reason).toMatch(
      /^The review conference was held on Wed 24 Mar 2027, late: due by Wed 17 Mar 2027 \(3 months after the ICPC/,
    );
    expect(current(reviews, rule, { today: '2028-04-03' }).due).toBe('2028-09-30');
  });

  it('says when the review booked is after the due date', () => {
    const bookedLate = caseRecord({ icpcDate: ICPC, reviewConferences: [booked('2027-03-24')] });
    expect(current(bookedLate, rule, { today: '2027-01-08' }).reason).toMatch(
      /A review conference is scheduled for Wed 24 Mar 2027, after the due date, so it will be late/,
    );
  });

  it('is unknown with neither an ICPC nor a review held', () => {
    const finding = current(caseRecord(), rule, { today: '2027-01-08' });
    expect(finding.status).toBe('unknown');
    expect(finding.reason).toMatch(/ICPC date is not recorded/);
  });

  it('counts from the first review held when only the ICPC date is missing', () => {
    const noIcpc = caseRecord({ reviewConferences: [held('2027-03-10')] });
    expect(current(noIcpc, rule, { today: '2027-03-11' }).due).toBe('2027-09-10');
  });

  it('does not apply after the plan ends', () => {
    const ended = caseRecord({ icpcDate: ICPC, planEndDate: '2027-03-01' });
    expect(current(ended, rule, { today: '2027-04-01' }).status).toBe('not-applicable');
  });

  it('uses Scotland: review CPPM within 6 months, in its own words', () => {
    const finding = current(record, rule, {
      today: '2027-01-08',
      procedure: getProcedure('scotland'),
    });
    expect(finding.due).toBe('2027-06-17');
    expect(finding.reason).toMatch(/next review CPPM.*after the initial CPPM/);
    expect(finding.source.title).toMatch(/National Guidance for Child Protection in Scotland/);
  });
});

describe('review-report-shared', () => {
  const rule = 'review-report-shared';
  // A review booked for Wednesday 17 March 2027: the report is due 2 working days before, Monday 15th.
  const bookedReview = (extra = {}) =>
    caseRecord({ icpcDate: ICPC, reviewConferences: [booked('2027-03-17', extra)] });

  it('is met or late by the date the report was shared', () => {
    expect(
      current(bookedReview({ reportSharedDate: '2027-03-15' }), rule, { today: '2027-03-16' }),
    ).toMatchObject({ status: 'met', due: '2027-03-15', doneOn: '2027-03-15' });
    expect(
      current(bookedReview({ reportSharedDate: '2027-03-16' }), rule, { today: '2027-03-16' })
        .status,
    ).toBe('late');
  });

  it('is upcoming, due soon, then overdue while not shared', () => {
    expect(current(bookedReview(), rule, { today: '2027-01-08' }).status).toBe('upcoming');
    expect(current(bookedReview(), rule, { today: '2027-03-10' }).status).toBe('due-soon');
    const overdue = current(bookedReview(), rule, { today: '2027-03-16' });
    expect(overdue.status).toBe('overdue');
    expect(overdue.reason).toMatch(/no date it was shared with the family is recorded/);
  });

  it('counts back from the latest review date when none is booked', () => {
    const finding = current(caseRecord({ icpcDate: ICPC }), rule, { today: '2027-01-08' });
    expect(finding).toMatchObject({ status: 'upcoming', due: '2027-03-15' });
    expect(finding.reason).toMatch(/not yet booked and must be held by Wed 17 Mar 2027/);
  });

  it('is unknown when the review date cannot be known', () => {
    expect(current(caseRecord(), rule, { today: '2027-01-08' }).status).toBe('unknown');
    const unbooked = current(caseRecord({ icpcDate: ICPC }), rule, { today: '2027-03-20' });
    expect(unbooked.status).toBe('unknown');
    expect(unbooked.reason).toMatch(
      /was due by Wed 17 Mar 2027 and is not recorded as held or booked/,
    );
  });

  it('does not apply when the plan ends first', () => {
    const ended = caseRecord({ icpcDate: ICPC, planEndDate: '2027-03-01' });
    expect(current(ended, rule, { today: '2027-01-08' }).status).toBe('not-applicable');
  });

  it('reports reviews held whose report was late or has no date shared', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      reviewConferences: [
        held('2027-03-17', { reportSharedDate: '2027-03-16' }),
        held('2027-09-15', { reportSharedDate: '2027-09-10' }),
        held('2028-03-15'),
      ],
    });
    const breaches = past(record, rule, { today: '2028-03-20' });
    expect(breaches.map((f) => [f.status, f.due])).toEqual([
      ['late', '2027-03-15'],
      ['overdue', '2028-03-13'],
    ]);
  });

  it('uses the local notice: 5 working days before the review', () => {
    const finding = current(bookedReview(), rule, {
      today: '2027-01-08',
      procedure: getProcedure('england-monthly'),
    });
    expect(finding.due).toBe('2027-03-10');
  });
});
