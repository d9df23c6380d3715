import { describe, expect, it } from 'vitest';
import { getProcedure, withOverrides } from '../../lib/rules';
import { booked, caseRecord, current, held, past } from './rules-test-helpers';

// ICPC Thursday 17 December 2026: the first core group is due 10 working days later, on
// Tuesday 5 January 2027 (Christmas, the Boxing Day substitute and New Year skipped).
const ICPC = '2026-12-17';

describe('first-core-group', () => {
  const rule = 'first-core-group';

  it('is due soon, then overdue, then late, as in the issue', () => {
    const none = caseRecord({ icpcDate: ICPC });
    expect(current(none, rule, { today: '2026-12-30' })).toMatchObject({
      status: 'due-soon',
      due: '2027-01-05',
    });
    expect(current(none, rule, { today: '2027-01-06' })).toMatchObject({
      status: 'overdue',
      due: '2027-01-05',
    });
    const late = caseRecord({ icpcDate: ICPC, coreGroups: [held('2027-01-07')] });
    expect(current(late, rule, { today: '2027-01-08' })).toMatchObject({
      status: 'late',
      due: '2027-01-05',
      doneOn: '2027-01-07',
    });
  });

  it('is met when held on or before the due date', () => {
    const onTime = caseRecord({ icpcDate: ICPC, coreGroups: [held('2027-01-05')] });
    const finding = current(onTime, rule, { today: '2027-02-01' });
    expect(finding).toMatchObject({ status: 'met', doneOn: '2027-01-05' });
    expect(finding.reason).toMatch(/held on Tue 5 Jan 2027, on time/);
    expect(finding.source.title).toMatch(/Working Together/);
  });

  it('is upcoming when due beyond the next 5 working days', () => {
    const none = caseRecord({ icpcDate: ICPC });
    expect(current(none, rule, { today: '2026-12-18' }).status).toBe('upcoming');
  });

  it('is unknown, saying why, without an ICPC date', () => {
    const finding = current(caseRecord(), rule, { today: '2027-01-06' });
    expect(finding.status).toBe('unknown');
    expect(finding.reason).toMatch(/ICPC date is not recorded/);
  });

  it('does not apply when the plan ends before it falls due', () => {
    const ended = caseRecord({ icpcDate: ICPC, planEndDate: '2027-01-04' });
    const finding = current(ended, rule, { today: '2027-01-20' });
    expect(finding.status).toBe('not-applicable');
    expect(finding.reason).toMatch(/after the plan ended on Mon 4 Jan 2027/);
  });

  it('counts only held meetings, and says when a booked one will be late', () => {
    const bookedLate = caseRecord({ icpcDate: ICPC, coreGroups: [booked('2027-01-07')] });
    const finding = current(bookedLate, rule, { today: '2026-12-30' });
    expect(finding.status).toBe('due-soon');
    expect(finding.reason).toMatch(
      /scheduled for Thu 7 Jan 2027, after the due date, so it will be late/,
    );
    const bookedInTime = caseRecord({ icpcDate: ICPC, coreGroups: [booked('2027-01-04')] });
    const inTime = current(bookedInTime, rule, { today: '2027-01-06' });
    expect(inTime.status).toBe('overdue');
    expect(inTime.reason).toMatch(/was scheduled for Mon 4 Jan 2027 but is not recorded as held/);
    const ahead = current(bookedInTime, rule, { today: '2026-12-30' });
    expect(ahead.reason).toMatch(/is scheduled for Mon 4 Jan 2027\./);
  });

  it('ignores a core group from before the ICPC', () => {
    const earlier = caseRecord({ icpcDate: ICPC, coreGroups: [held('2026-11-01')] });
    expect(current(earlier, rule, { today: '2027-01-06' }).status).toBe('overdue');
  });

  it('keeps where each date was read', () => {
    const readAt = '2026-12-18T10:00:00.000Z';
    const record = caseRecord({
      icpcDate: ICPC,
      provenance: { icpcDate: { kind: 'page', pageKind: 'conference', path: '/c/1', readAt } },
      coreGroups: [{ ...held('2027-01-07'), source: { kind: 'user', enteredAt: readAt } }],
    });
    expect(current(record, rule, { today: '2027-01-08' }).computedFrom).toEqual([
      { label: 'ICPC', date: ICPC, provenance: expect.objectContaining({ path: '/c/1' }) },
      {
        label: 'Core group held',
        date: '2027-01-07',
        provenance: expect.objectContaining({ kind: 'user' }),
      },
    ]);
  });
});

describe('core-group-interval', () => {
  const rule = 'core-group-interval';
  const record = caseRecord({ icpcDate: ICPC, coreGroups: [held('2027-01-07')] });

  it('dates the next core group 42 days after the last one held', () => {
    expect(current(record, rule, { today: '2027-01-08' })).toMatchObject({
      status: 'upcoming',
      due: '2027-02-18',
    });
  });

  it('is due soon within 5 working days, then overdue', () => {
    expect(current(record, rule, { today: '2027-02-12' }).status).toBe('due-soon');
    expect(current(record, rule, { today: '2027-02-19' }).status).toBe('overdue');
  });

  it('adds one late finding per earlier gap that ran over', () => {
    const drift = caseRecord({
      icpcDate: ICPC,
      coreGroups: [held('2027-01-07'), held('2027-03-01'), held('2027-04-05'), held('2027-06-01')],
    });
    const breaches = past(drift, rule, { today: '2027-06-02' });
    expect(breaches.map((f) => [f.status, f.due, f.doneOn])).toEqual([
      ['late', '2027-02-18', '2027-03-01'],
      ['late', '2027-05-17', '2027-06-01'],
    ]);
    expect(current(drift, rule, { today: '2027-06-02' }).due).toBe('2027-07-13');
  });

  it('waits for the first core group, or is unknown with nothing to count from', () => {
    expect(current(caseRecord({ icpcDate: ICPC }), rule, { today: '2027-01-08' }).status).toBe(
      'not-applicable',
    );
    const nothing = current(caseRecord(), rule, { today: '2027-01-08' });
    expect(nothing.status).toBe('unknown');
    expect(nothing.reason).toMatch(/No core group held and no ICPC date/);
  });

  it('does not apply after the plan ends', () => {
    const ended = caseRecord({ ...record, planEndDate: '2027-02-01' });
    expect(current(ended, rule, { today: '2027-03-01' }).status).toBe('not-applicable');
  });

  it('follows the local interval: 4-weekly, monthly', () => {
    const opts = (id: string) => ({ today: '2027-01-08', procedure: getProcedure(id) });
    expect(current(record, rule, opts('england-4-weekly')).due).toBe('2027-02-04');
    expect(current(record, rule, opts('england-monthly')).due).toBe('2027-02-07');
  });
});

describe('final-core-group-before-review', () => {
  const rule = 'final-core-group-before-review';
  // With no review booked, the first review must be held by 17 March 2027; the window for the
  // last core group before it runs from 24 February to 16 March 2027 (15 working days).
  const base = { icpcDate: ICPC, coreGroups: [held('2027-01-07')] };

  it('is upcoming before the window, with its start, against the latest review date', () => {
    const finding = current(caseRecord(base), rule, { today: '2027-01-08' });
    expect(finding).toMatchObject({
      status: 'upcoming',
      windowStart: '2027-02-24',
      due: '2027-03-16',
    });
    expect(finding.reason).toMatch(/not yet booked; it must be held by Wed 17 Mar 2027/);
  });

  it('is met by a core group held in the window', () => {
    const record = caseRecord({ ...base, coreGroups: [held('2027-01-07'), held('2027-03-01')] });
    expect(current(record, rule, { today: '2027-03-02' })).toMatchObject({
      status: 'met',
      doneOn: '2027-03-01',
    });
  });

  it('is due soon, then overdue against the review booked', () => {
    const record = caseRecord({ ...base, reviewConferences: [booked('2027-03-17')] });
    expect(current(record, rule, { today: '2027-03-10' }).status).toBe('due-soon');
    const finding = current(record, rule, { today: '2027-03-17' });
    expect(finding.status).toBe('overdue');
    expect(finding.reason).toMatch(/booked for Wed 17 Mar 2027.*last was on Thu 7 Jan 2027/);
  });

  it('does not count a core group on the day of the review', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      coreGroups: [held('2027-03-17')],
      reviewConferences: [booked('2027-03-17')],
    });
    expect(current(record, rule, { today: '2027-03-17' }).status).toBe('overdue');
  });

  it('is unknown without a review date to count back from', () => {
    expect(current(caseRecord(), rule, { today: '2027-01-08' }).status).toBe('unknown');
    const overdueReview = current(caseRecord(base), rule, { today: '2027-03-20' });
    expect(overdueReview.status).toBe('unknown');
    expect(overdueReview.reason).toMatch(/not recorded as held or booked/);
  });

  it('does not apply when the plan ends before the window closes', () => {
    const record = caseRecord({ ...base, planEndDate: '2027-03-01' });
    expect(current(record, rule, { today: '2027-01-08' }).status).toBe('not-applicable');
  });

  it('reports a review held without a core group in its window as a past breach', () => {
    const record = caseRecord({ ...base, reviewConferences: [held('2027-03-10')] });
    const [breach] = past(record, rule, { today: '2027-03-11' });
    expect(breach).toMatchObject({
      status: 'overdue',
      windowStart: '2027-02-17',
      due: '2027-03-09',
    });
    expect(breach?.reason).toMatch(
      /No core group was held in the window before the review conference on Wed 10 Mar 2027/,
    );
    // The next review is 6 months after the one held.
    expect(current(record, rule, { today: '2027-03-11' }).due).toBe('2027-09-09');
  });

  it('uses the local window: 10 working days', () => {
    const finding = current(caseRecord(base), rule, {
      today: '2027-01-08',
      procedure: getProcedure('england-4-weekly'),
    });
    expect(finding.windowStart).toBe('2027-03-03');
  });
});

describe('minutes-circulated', () => {
  const rule = 'minutes-circulated';
  const meeting = (extra = {}) =>
    caseRecord({ icpcDate: ICPC, coreGroups: [held('2027-01-07', extra)] });

  it('is met or late by the date circulated, 5 working days after the meeting', () => {
    expect(
      current(meeting({ minutesCirculatedDate: '2027-01-14' }), rule, { today: '2027-02-01' }),
    ).toMatchObject({ status: 'met', due: '2027-01-14' });
    const late = current(meeting({ minutesCirculatedDate: '2027-01-15' }), rule, {
      today: '2027-02-01',
    });
    expect(late.status).toBe('late');
    expect(late.reason).toMatch(/^The minutes of the core group on Thu 7 Jan 2027 were circulated/);
  });

  it('is due soon, then overdue, when no circulation date is recorded', () => {
    expect(current(meeting(), rule, { today: '2027-01-08' }).status).toBe('due-soon');
    const overdue = current(meeting(), rule, { today: '2027-01-15' });
    expect(overdue.status).toBe('overdue');
    expect(overdue.reason).toMatch(/no date they were circulated is recorded/);
  });

  it('is upcoming under a longer local timescale', () => {
    const procedure = withOverrides(getProcedure('england'), {
      minutesCirculated: { amount: 15, source: { title: 'Anytown procedures' } },
    });
    expect(current(meeting(), rule, { today: '2027-01-08', procedure }).status).toBe('upcoming');
  });

  it('counts 7 calendar days in the 4-weekly variant, over Easter', () => {
    const easter = caseRecord({ icpcDate: ICPC, coreGroups: [held('2027-03-24')] });
    expect(current(easter, rule, { today: '2027-03-25' }).due).toBe('2027-04-02');
    expect(
      current(easter, rule, { today: '2027-03-25', procedure: getProcedure('england-4-weekly') })
        .due,
    ).toBe('2027-03-31');
  });

  it('does not apply before any core group is held, or after the plan ends', () => {
    expect(current(caseRecord({ icpcDate: ICPC }), rule, { today: '2027-01-08' }).status).toBe(
      'not-applicable',
    );
    const ended = caseRecord({ ...meeting(), planEndDate: '2027-01-10' });
    expect(current(ended, rule, { today: '2027-01-20' }).status).toBe('not-applicable');
  });

  it('reports earlier meetings whose minutes were late or never recorded as circulated', () => {
    const record = caseRecord({
      icpcDate: ICPC,
      coreGroups: [
        held('2027-01-07', { minutesCirculatedDate: '2027-01-20' }),
        held('2027-02-11', { minutesCirculatedDate: '2027-02-12' }),
        held('2027-03-11'),
        held('2027-04-08', { minutesCirculatedDate: '2027-04-09' }),
      ],
    });
    const breaches = past(record, rule, { today: '2027-04-20' });
    expect(breaches.map((f) => [f.status, f.due])).toEqual([
      ['late', '2027-01-14'],
      ['overdue', '2027-03-18'],
    ]);
    expect(current(record, rule, { today: '2027-04-20' }).status).toBe('met');
  });
});
