import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  applyTimescale,
  describeTimescale,
  getProcedure,
  isWorkingDay,
  listProcedures,
  PROCEDURE_IDS,
  type Procedure,
  ProcedureSchema,
  TIMESCALE_FIELDS,
  type Timescale,
  TimescaleSchema,
  withOverrides,
} from '../../lib/rules';

const source = { title: 'Test procedure' };
const ts = (t: Partial<Timescale>): Timescale => ({
  amount: 10,
  unit: 'working-days',
  dayZero: 'event',
  source,
  ...t,
});
const EW = 'england-and-wales' as const;

describe('applyTimescale', () => {
  it('counts working days strictly after the event (the issue example)', () => {
    expect(applyTimescale('2026-12-17', ts({}), EW)).toBe('2027-01-05');
  });

  it('moves one working day further when day 0 is the day after', () => {
    expect(applyTimescale('2026-12-17', ts({ dayZero: 'day-after' }), EW)).toBe('2027-01-06');
  });

  it('counts back for rules that fall before an event', () => {
    expect(applyTimescale('2027-03-17', ts({ amount: 15 }), EW, new Set(), 'before')).toBe(
      '2027-02-24',
    );
    // Day 0 the day before: "2 clear working days" before a Wednesday review is the Friday.
    const clear = ts({ amount: 2, dayZero: 'day-after' });
    expect(applyTimescale('2027-03-17', clear, EW, new Set(), 'before')).toBe('2027-03-12');
  });

  it('skips the organisation closure days for working days', () => {
    expect(applyTimescale('2026-12-17', ts({}), EW, new Set(['2026-12-29']))).toBe('2027-01-06');
  });

  it('counts calendar days regardless of bank holidays unless told otherwise', () => {
    const sevenDays = ts({ amount: 7, unit: 'calendar-days' });
    expect(applyTimescale('2027-03-24', sevenDays, EW)).toBe('2027-03-31');
    expect(applyTimescale('2027-03-24', { ...sevenDays, dayZero: 'day-after' }, EW)).toBe(
      '2027-04-01',
    );
    // Good Friday (26 March) and Easter Monday (29 March) 2027 do not count.
    const noHolidays = { ...sevenDays, countBankHolidays: false };
    expect(applyTimescale('2027-03-24', noHolidays, EW)).toBe('2027-04-02');
    expect(applyTimescale('2027-03-24', noHolidays, EW, new Set(['2027-03-25']))).toBe(
      '2027-04-03',
    );
    // Scotland has no Easter Monday holiday.
    expect(applyTimescale('2027-03-24', noHolidays, 'scotland')).toBe('2027-04-01');
  });

  it('counts weeks as 7 days and months as calendar months, clamped to the month end', () => {
    expect(applyTimescale('2027-01-07', ts({ amount: 6, unit: 'weeks' }), EW)).toBe('2027-02-18');
    const threeMonths = ts({ amount: 3, unit: 'calendar-months' });
    expect(applyTimescale('2026-11-30', threeMonths, EW)).toBe('2027-02-28');
    expect(applyTimescale('2027-11-30', threeMonths, EW)).toBe('2028-02-29');
    const oneMonth = ts({ amount: 1, unit: 'calendar-months', dayZero: 'day-after' });
    expect(applyTimescale('2027-03-31', oneMonth, EW, new Set(), 'before')).toBe('2027-02-28');
  });

  it('never lands a working-day deadline on a weekend, bank holiday or closure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('england-and-wales', 'scotland', 'northern-ireland'),
        fc.constantFrom('event', 'day-after'),
        fc.constantFrom('after', 'before'),
        (offset, amount, region, dayZero, direction) => {
          const date = addDays('2020-01-01', offset);
          const closures = new Set([addDays(date, 3)]);
          const due = applyTimescale(date, ts({ amount, dayZero }), region, closures, direction);
          if (amount === 0 && dayZero === 'event') return due === date;
          return isWorkingDay(due, region, closures);
        },
      ),
    );
  });
});

describe('TimescaleSchema', () => {
  it('rejects a bank-holiday choice on working days, and unknown units, with a message', () => {
    const both = TimescaleSchema.safeParse({ ...ts({}), countBankHolidays: false });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toMatch(/only to calendar units/);
    expect(TimescaleSchema.safeParse({ ...ts({}), unit: 'fortnights' }).success).toBe(false);
    expect(TimescaleSchema.safeParse({ ...ts({}), amount: 2.5 }).success).toBe(false);
  });

  it('describes a timescale in plain words', () => {
    expect(describeTimescale(ts({}), 'after', 'the ICPC')).toBe('10 working days after the ICPC');
    expect(
      describeTimescale(
        ts({ amount: 1, unit: 'calendar-days', countBankHolidays: false, dayZero: 'day-after' }),
        'before',
        'the review',
      ),
    ).toBe('1 day before the review, not counting bank holidays, counting from the day before');
  });
});

describe('built-in procedures', () => {
  it('ships England, Wales, Scotland and local variants, each valid and JSON round-trippable', () => {
    expect(PROCEDURE_IDS).toEqual(
      expect.arrayContaining([
        'england',
        'wales',
        'scotland',
        'england-4-weekly',
        'england-monthly',
      ]),
    );
    for (const procedure of listProcedures()) {
      const json = JSON.parse(JSON.stringify(procedure));
      expect(ProcedureSchema.parse(json)).toEqual(procedure);
    }
  });

  it('gives every rule a source with a title', () => {
    for (const procedure of listProcedures()) {
      for (const field of TIMESCALE_FIELDS) {
        expect(procedure[field].source.title.length, `${procedure.id}.${field}`).toBeGreaterThan(0);
      }
      expect(procedure.seenAlone.source.title.length).toBeGreaterThan(0);
    }
  });

  it("holds England's defaults as the issue lists them", () => {
    const england = getProcedure('england');
    const amounts = Object.fromEntries(
      TIMESCALE_FIELDS.map((f) => [f, `${england[f].amount} ${england[f].unit}`]),
    );
    expect(amounts).toEqual({
      firstCoreGroup: '10 working-days',
      coreGroupInterval: '6 weeks',
      finalCoreGroupBeforeReview: '15 working-days',
      firstReview: '3 calendar-months',
      laterReviews: '6 calendar-months',
      minutesCirculated: '5 working-days',
      reviewReportShared: '2 working-days',
      schoolMoveCoreGroup: '10 working-days',
      visitFrequency: '10 working-days',
      dueSoon: '5 working-days',
    });
    expect(england.seenAlone.policy).toBe('every-visit');
  });

  it('marks the numbers Scotland and Wales take from England rather than their own guidance', () => {
    expect(getProcedure('scotland').firstCoreGroup.amount).toBe(15);
    expect(getProcedure('scotland').minutesCirculated.source.note).toMatch(/England's default/);
    expect(getProcedure('wales').visitFrequency.source.note).toMatch(/England's default/);
    expect(getProcedure('wales').firstCoreGroup.source.url).toMatch(/safeguarding\.wales/);
  });

  it('names the known procedures when asked for one that does not exist', () => {
    expect(() => getProcedure('narnia')).toThrow(/Unknown procedure "narnia".*england, wales/);
  });

  it('cannot be changed in place', () => {
    const england = getProcedure('england') as { firstCoreGroup: { amount: number } };
    expect(() => {
      england.firstCoreGroup.amount = 1;
    }).toThrow();
    expect(getProcedure('england').firstCoreGroup.amount).toBe(10);
  });
});

describe('withOverrides', () => {
  const england = getProcedure('england');

  it('overrides one field deep, keeping the rest', () => {
    const local = withOverrides(england, {
      coreGroupInterval: { amount: 4, source: { title: 'Anytown procedures 4.2' } },
    });
    expect(local.coreGroupInterval).toEqual({
      amount: 4,
      unit: 'weeks',
      dayZero: 'event',
      source: { title: 'Anytown procedures 4.2' },
    });
    expect(local.firstCoreGroup).toEqual(england.firstCoreGroup);
  });

  it('never leaves a changed number citing guidance that does not say it', () => {
    const local = withOverrides(england, { minutesCirculated: { amount: 7 } });
    expect(local.minutesCirculated.source.title).toBe('Local override (no source given)');
    expect(local.minutesCirculated.source.note).toMatch(/5 working days.*St Helens/);
    const policy = withOverrides(england, { seenAlone: { policy: 'alternate-visits' } });
    expect(policy.seenAlone.source.title).toBe('Local override (no source given)');
  });

  it('removes a field given as undefined, and validates the result', () => {
    const calendar = withOverrides(england, {
      visitFrequency: { unit: 'calendar-days', countBankHolidays: false, source },
    });
    expect(calendar.visitFrequency.countBankHolidays).toBe(false);
    expect(() => withOverrides(calendar, { visitFrequency: { unit: 'working-days' } })).toThrow(
      /Invalid procedure override[\s\S]*countBankHolidays/,
    );
    const back = withOverrides(calendar, {
      visitFrequency: { unit: 'working-days', countBankHolidays: undefined },
    });
    expect(back.visitFrequency.unit).toBe('working-days');
    expect('countBankHolidays' in back.visitFrequency).toBe(false);
  });

  it('rejects impossible values with a readable error', () => {
    expect(() => withOverrides(england, { dueSoon: { amount: -1 } })).toThrow(
      /Invalid procedure override/,
    );
    expect(() => withOverrides(england, { id: 'Not An Id' })).toThrow(/lower-case/);
  });

  it('leaves the procedure it started from untouched', () => {
    const before: Procedure = structuredClone(england);
    withOverrides(england, { firstReview: { amount: 2 } });
    expect(england).toEqual(before);
  });
});
