import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Region } from '../../lib/domain';
import { bankHolidays } from '../../lib/rules/bank-holidays';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  calendarDaysBetween,
  compareDates,
  dayOfWeek,
  isBankHoliday,
  isWeekend,
  isWorkingDay,
  todayInLondon,
  workingDaysBetween,
} from '../../lib/rules/calendar';

const EW: Region = 'england-and-wales';
const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

// Dates for the properties are made with Date.UTC, not the module under test.
const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2018, 0, 1) / DAY_MS;
const LAST = Date.UTC(2035, 11, 31) / DAY_MS;
const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const utcWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const onHoliday = (date: string, region: Region): boolean =>
  bankHolidays(region, Number(date.slice(0, 4))).some((h) => h.date === date);

const arbDay = fc.integer({ min: FIRST, max: LAST });
const arbDate = arbDay.map(isoOfDay);
const arbRegion = fc.constantFrom(...REGIONS);
const arbN = fc.integer({ min: -60, max: 60 });
/** A few closure days within three months of `day`. */
const arbClosuresNear = (day: number) =>
  fc
    .uniqueArray(fc.integer({ min: -90, max: 90 }), { maxLength: 8 })
    .map((offsets) => new Set(offsets.map((o) => isoOfDay(day + o))));
const arbCase = fc
  .tuple(arbDay, arbRegion, arbN)
  .chain(([day, region, n]) =>
    arbClosuresNear(day).map((closures) => ({ date: isoOfDay(day), region, n, closures })),
  );

describe('calendar arithmetic', () => {
  it('adds calendar days and weeks across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-17', 0)).toBe('2026-12-17');
    expect(addWeeks('2026-12-17', 6)).toBe('2027-01-28');
    expect(addWeeks('2027-01-28', -6)).toBe('2026-12-17');
  });

  it('adds calendar months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-17', 6)).toBe('2027-06-17');
    expect(addMonths('2026-12-17', -12)).toBe('2025-12-17');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-05-15', 0)).toBe('2026-05-15');
  });

  it('counts and compares calendar days', () => {
    expect(calendarDaysBetween('2026-12-17', '2027-01-28')).toBe(42);
    expect(calendarDaysBetween('2027-01-28', '2026-12-17')).toBe(-42);
    expect(calendarDaysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(compareDates('2026-12-17', '2027-01-05')).toBeLessThan(0);
    expect(compareDates('2027-01-05', '2026-12-17')).toBeGreaterThan(0);
    expect(compareDates('2026-12-17', '2026-12-17')).toBe(0);
  });

  it('names the day of the week, 0 = Sunday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-12-17')).toBe(4);
    expect(dayOfWeek('2000-02-29')).toBe(2);
    expect(dayOfWeek('2026-12-20')).toBe(0);
    expect(isWeekend('2026-12-19')).toBe(true);
    expect(isWeekend('2026-12-20')).toBe(true);
    expect(isWeekend('2026-12-21')).toBe(false);
  });

  it('rejects dates that are not real, and fractional amounts, instead of coercing', () => {
    expect(() => addDays('2026-02-29', 1)).toThrow(/real date/);
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
    expect(() => dayOfWeek('17/12/2026')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-12-17T00:00', EW)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-17', 1.5, EW)).toThrow(/whole number/);
    expect(() => addDays('2026-12-17', Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-17', 1, EW, new Set(['24/12/2026']))).toThrow(/real date/);
  });

  it('agrees with Date.UTC on every day 2018–2035', () => {
    fc.assert(
      fc.property(arbDay, fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        const date = isoOfDay(day);
        expect(addDays(date, n)).toBe(isoOfDay(day + n));
        expect(calendarDaysBetween(date, isoOfDay(day + n))).toBe(n);
        expect(dayOfWeek(date)).toBe(utcWeekday(date));
      }),
    );
  });

  it('adds months to the same day of the month, or the month’s last day', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -36, max: 36 }), (date, n) => {
        const result = addMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(n);
        const lastDay = new Date(Date.UTC(ry, rm, 0)).getUTCDate();
        expect(rd).toBe(Math.min(d, lastDay));
      }),
    );
  });
});

describe('working days', () => {
  it('skips Christmas, the Boxing Day substitute and New Year (the issue’s example)', () => {
    expect(addWorkingDays('2026-12-17', 10, EW)).toBe('2027-01-05');
    expect(workingDaysBetween('2026-12-17', '2027-01-05', EW)).toBe(10);
  });

  it('counts backwards for negative n', () => {
    expect(addWorkingDays('2027-01-05', -10, EW)).toBe('2026-12-17');
    expect(addWorkingDays('2026-12-21', -1, EW)).toBe('2026-12-18');
    expect(workingDaysBetween('2027-01-05', '2026-12-17', EW)).toBe(-10);
  });

  it('returns the date itself for n = 0, even on a weekend or holiday', () => {
    expect(addWorkingDays('2026-12-17', 0, EW)).toBe('2026-12-17');
    expect(addWorkingDays('2026-12-19', 0, EW)).toBe('2026-12-19');
    expect(addWorkingDays('2026-12-25', 0, EW)).toBe('2026-12-25');
    expect(workingDaysBetween('2026-12-25', '2026-12-25', EW)).toBe(0);
  });

  it('starts counting after a weekend or holiday start day', () => {
    expect(addWorkingDays('2026-12-19', 1, EW)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-20', 1, EW)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-25', 1, EW)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-26', -1, EW)).toBe('2026-12-24');
  });

  it('skips an organisation’s closure days', () => {
    const closures = new Set(['2026-12-24']);
    expect(isWorkingDay('2026-12-24', EW)).toBe(true);
    expect(isWorkingDay('2026-12-24', EW, closures)).toBe(false);
    expect(addWorkingDays('2026-12-17', 10, EW, closures)).toBe('2027-01-06');
    expect(workingDaysBetween('2026-12-17', '2027-01-06', EW, closures)).toBe(10);
    expect(addWorkingDays('2026-12-17', 10, EW, new Set())).toBe('2027-01-05');
  });

  it('answers for the closures as they are now, not as they were when first asked', () => {
    const closures = new Set<string>();
    expect(addWorkingDays('2026-12-17', 10, EW, closures)).toBe('2027-01-05');
    closures.add('2026-12-24');
    expect(addWorkingDays('2026-12-17', 10, EW, closures)).toBe('2027-01-06');
    closures.add('2026-12-29');
    expect(addWorkingDays('2026-12-17', 10, EW, closures)).toBe('2027-01-07');
    closures.delete('2026-12-24');
    closures.delete('2026-12-29');
    closures.add('2027-01-04');
    expect(addWorkingDays('2026-12-17', 10, EW, closures)).toBe('2027-01-06');
    expect(addWorkingDays('2026-12-17', 10, 'scotland', closures)).toBe('2027-01-06');
    closures.add('not a date');
    expect(() => addWorkingDays('2026-12-17', 10, EW, closures)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-17', 10, EW, closures)).toThrow(RangeError);
  });

  it('keeps throwing on a date that is not real, however often asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(() => addWorkingDays('2026-02-30', 1, EW)).toThrow(RangeError);
      expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    }
  });

  it('follows Scotland around New Year: Monday 4 January 2027 is the 2nd January holiday', () => {
    expect(isWorkingDay('2027-01-04', EW)).toBe(true);
    expect(isWorkingDay('2027-01-04', 'scotland')).toBe(false);
    expect(addWorkingDays('2026-12-17', 10, 'scotland')).toBe('2027-01-06');
    expect(addWorkingDays('2026-12-31', 1, 'scotland')).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-31', 1, EW)).toBe('2027-01-04');
    expect(isWorkingDay('2026-01-02', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-01-02', 'northern-ireland')).toBe(true);
  });

  it('follows Scotland on St Andrew’s Day and in early August', () => {
    expect(isBankHoliday('2026-11-30', 'scotland')).toBe(true);
    expect(isBankHoliday('2026-11-30', EW)).toBe(false);
    expect(addWorkingDays('2026-11-27', 1, 'scotland')).toBe('2026-12-01');
    expect(addWorkingDays('2026-11-27', 1, EW)).toBe('2026-11-30');
    expect(isWorkingDay('2025-12-01', 'scotland')).toBe(false); // substitute for Sunday 30th
    expect(isWorkingDay('2026-08-03', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-08-03', EW)).toBe(true);
    expect(isWorkingDay('2026-08-31', 'scotland')).toBe(true);
    expect(isWorkingDay('2026-08-31', EW)).toBe(false);
  });

  it('treats Easter Monday as a working day in Scotland only', () => {
    expect(isWorkingDay('2026-04-06', 'scotland')).toBe(true);
    expect(isWorkingDay('2026-04-06', EW)).toBe(false);
    expect(isWorkingDay('2026-04-06', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2026-04-03', 'scotland')).toBe(false);
  });

  it('follows Northern Ireland on St Patrick’s Day and the 12 July substitute', () => {
    expect(isWorkingDay('2026-03-17', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2026-03-17', EW)).toBe(true);
    expect(isWorkingDay('2026-07-13', 'northern-ireland')).toBe(false);
    expect(addWorkingDays('2026-07-10', 1, 'northern-ireland')).toBe('2026-07-14');
  });

  it('refuses to guess beyond the years bank holidays are known for', () => {
    expect(() => isWorkingDay('2100-01-04', EW)).toThrow(RangeError);
    expect(isWeekend('2100-01-02')).toBe(true);
  });
});

describe('working-day properties (2018–2035, every region, n in −60..60)', () => {
  it('adding then subtracting n working days from a working day returns to it', () => {
    fc.assert(
      fc.property(arbCase, ({ date, region, n, closures }) => {
        fc.pre(isWorkingDay(date, region, closures));
        const there = addWorkingDays(date, n, region, closures);
        expect(addWorkingDays(there, -n, region, closures)).toBe(date);
      }),
    );
  });

  it('never lands on a weekend, bank holiday or closure when n ≠ 0', () => {
    fc.assert(
      fc.property(arbCase, ({ date, region, n, closures }) => {
        fc.pre(n !== 0);
        const result = addWorkingDays(date, n, region, closures);
        expect([0, 6]).not.toContain(utcWeekday(result));
        expect(onHoliday(result, region)).toBe(false);
        expect(closures.has(result)).toBe(false);
        expect(Math.sign(calendarDaysBetween(date, result))).toBe(Math.sign(n));
      }),
    );
  });

  it('workingDaysBetween undoes addWorkingDays from a working day', () => {
    fc.assert(
      fc.property(arbCase, ({ date, region, n, closures }) => {
        fc.pre(isWorkingDay(date, region, closures));
        const result = addWorkingDays(date, n, region, closures);
        expect(workingDaysBetween(date, result, region, closures)).toBe(n);
      }),
    );
  });

  it('counts the working days in between as a day-by-day walk does', () => {
    fc.assert(
      fc.property(arbCase, ({ date, region, n, closures }) => {
        const to = addDays(date, n);
        const [lo, hi] = n >= 0 ? [addDays(date, 1), to] : [to, addDays(date, -1)];
        let count = 0;
        for (let d = lo; compareDates(d, hi) <= 0; d = addDays(d, 1)) {
          const working =
            ![0, 6].includes(utcWeekday(d)) && !onHoliday(d, region) && !closures.has(d);
          if (working) count++;
        }
        // Forwards the walk is (from, to]; backwards it is [to, from), counted negative.
        expect(workingDaysBetween(date, to, region, closures)).toBe(n < 0 ? -count : count);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(arbCase, arbN, ({ date, region, n, closures }, m) => {
        fc.pre(n !== m);
        const [lo, hi] = n < m ? [n, m] : [m, n];
        const a = addWorkingDays(date, lo, region, closures);
        const b = addWorkingDays(date, hi, region, closures);
        expect(compareDates(a, b)).toBeLessThan(0);
      }),
    );
  });
});

describe('todayInLondon', () => {
  it('is already tomorrow after 23:00 UTC in summer (BST, UTC+1)', () => {
    expect(todayInLondon(new Date('2026-07-01T22:59:59Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-07-01T23:00:00Z'))).toBe('2026-07-02');
    expect(todayInLondon(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
  });

  it('turns at midnight UTC in winter (GMT)', () => {
    expect(todayInLondon(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
    expect(todayInLondon(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInLondon(new Date('not a date'))).toThrow(RangeError);
  });
});
