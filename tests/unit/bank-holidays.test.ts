import { describe, expect, it } from 'vitest';
import type { Region } from '../../lib/domain';
import {
  ANNOUNCED_CHANGES,
  BANK_HOLIDAY_YEARS,
  bankHolidays,
  bankHolidaysByRule,
  easterSunday,
  publishedYears,
} from '../../lib/rules/bank-holidays';
import { PUBLISHED_BANK_HOLIDAYS } from '../../lib/rules/bank-holidays-published';

const REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const PUBLISHED_CASES = REGIONS.flatMap((region) =>
  publishedYears(region).map((year) => [region, year] as const),
);

const utcWeekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const dates = (region: Region, year: number): string[] =>
  bankHolidays(region, year).map((h) => h.date);
const titleOn = (region: Region, date: string): string | undefined =>
  bankHolidays(region, Number(date.slice(0, 4))).find((h) => h.date === date)?.title;

/** Gauss's Easter algorithm, independent of the computus the module uses. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  let marchDay = 22 + d + e;
  if (d === 29 && e === 6) marchDay = 50;
  else if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) marchDay = 49;
  const month = marchDay > 31 ? 4 : 3;
  const day = marchDay > 31 ? marchDay - 31 : marchDay;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('the published gov.uk list', () => {
  it('covers 2018 to 2027 for every division, under the right division names', () => {
    for (const region of REGIONS) {
      expect(PUBLISHED_BANK_HOLIDAYS[region].division).toBe(region);
      expect(publishedYears(region)).toEqual([
        2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027,
      ]);
    }
  });

  it('lists real weekdays in date order, each once, noting only substitute days', () => {
    for (const region of REGIONS) {
      const events = PUBLISHED_BANK_HOLIDAYS[region].events;
      for (const event of events) {
        expect(event.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${event.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(event.date);
        expect([1, 2, 3, 4, 5]).toContain(utcWeekday(event.date));
        expect(['', 'Substitute day']).toContain(event.notes);
      }
      const listed = events.map((e) => e.date);
      expect(listed).toEqual([...listed].sort());
      expect(new Set(listed).size).toBe(listed.length);
    }
  });

  it('is what bankHolidays answers for the years it covers', () => {
    const fromSource = PUBLISHED_BANK_HOLIDAYS.scotland.events
      .filter((e) => e.date.startsWith('2022'))
      .map((e) => ({
        date: e.date,
        title: e.title,
        ...(e.notes === 'Substitute day' ? { substitute: true } : {}),
      }));
    expect(bankHolidays('scotland', 2022)).toEqual(fromSource);
  });
});

describe('the rules reproduce the published list exactly', () => {
  it.each(PUBLISHED_CASES)('%s %i', (region, year) => {
    expect(bankHolidaysByRule(region, year)).toEqual(bankHolidays(region, year));
  });
});

describe('spot checks', () => {
  it.each([
    // The example: Christmas Friday, Boxing Day substitute Monday 28th.
    ['england-and-wales', '2026-12-25', 'Christmas Day', undefined],
    ['england-and-wales', '2026-12-28', 'Boxing Day', true],
    // 25 December on a Saturday: both days move, Christmas first.
    ['england-and-wales', '2021-12-27', 'Christmas Day', true],
    ['england-and-wales', '2021-12-28', 'Boxing Day', true],
    ['northern-ireland', '2027-12-27', 'Christmas Day', true],
    ['scotland', '2027-12-28', 'Boxing Day', true],
    // Christmas on a Sunday: Boxing Day keeps Monday, Christmas takes Tuesday.
    ['england-and-wales', '2022-12-26', 'Boxing Day', undefined],
    ['england-and-wales', '2022-12-27', 'Christmas Day', true],
    // The one-offs.
    ['england-and-wales', '2020-05-08', 'Early May bank holiday (VE day)', undefined],
    ['scotland', '2020-05-08', 'Early May bank holiday (VE day)', undefined],
    ['england-and-wales', '2022-06-02', 'Spring bank holiday', undefined],
    ['northern-ireland', '2022-06-03', 'Platinum Jubilee bank holiday', undefined],
    [
      'scotland',
      '2022-09-19',
      'Bank Holiday for the State Funeral of Queen Elizabeth II',
      undefined,
    ],
    [
      'england-and-wales',
      '2023-05-08',
      'Bank holiday for the coronation of King Charles III',
      undefined,
    ],
    // Scotland's New Year, 2 January and St Andrew's Day substitutes.
    ['scotland', '2021-01-04', '2nd January', true],
    ['scotland', '2022-01-03', 'New Year’s Day', true],
    ['scotland', '2022-01-04', '2nd January', true],
    ['scotland', '2023-01-02', 'New Year’s Day', true],
    ['scotland', '2023-01-03', '2nd January', true],
    ['scotland', '2019-12-02', 'St Andrew’s Day', true],
    ['scotland', '2025-12-01', 'St Andrew’s Day', true],
    ['scotland', '2026-11-30', 'St Andrew’s Day', undefined],
    ['scotland', '2026-08-03', 'Summer bank holiday', undefined],
    // Northern Ireland's own days and their substitutes.
    ['northern-ireland', '2024-03-18', 'St Patrick’s Day', true],
    ['northern-ireland', '2026-03-17', 'St Patrick’s Day', undefined],
    ['northern-ireland', '2025-07-14', 'Battle of the Boyne (Orangemen’s Day)', true],
    ['northern-ireland', '2026-07-13', 'Battle of the Boyne (Orangemen’s Day)', true],
    ['northern-ireland', '2026-08-31', 'Summer bank holiday', undefined],
  ] as const)('%s %s is %s', (region, date, title, substitute) => {
    const holiday = bankHolidays(region, Number(date.slice(0, 4))).find((h) => h.date === date);
    expect(holiday).toEqual({ date, title, ...(substitute ? { substitute } : {}) });
  });

  it('does not move days that were moved away: 4 May 2020 and 30 May 2022 are ordinary', () => {
    for (const region of REGIONS) {
      expect(dates(region, 2020)).not.toContain('2020-05-04');
      expect(dates(region, 2022)).not.toContain('2022-05-30');
    }
  });

  it('keeps each nation’s own days to that nation', () => {
    expect(titleOn('england-and-wales', '2026-04-06')).toBe('Easter Monday');
    expect(titleOn('scotland', '2026-04-06')).toBeUndefined();
    expect(titleOn('england-and-wales', '2026-01-02')).toBeUndefined();
    expect(titleOn('england-and-wales', '2026-11-30')).toBeUndefined();
    expect(titleOn('england-and-wales', '2026-08-03')).toBeUndefined();
    expect(titleOn('scotland', '2026-08-31')).toBeUndefined();
    expect(titleOn('england-and-wales', '2026-03-17')).toBeUndefined();
    expect(titleOn('scotland', '2026-07-13')).toBeUndefined();
  });
});

describe('years beyond the published list, by rule', () => {
  it('finds Easter by the computus, as tables give it', () => {
    expect([2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035].map(easterSunday)).toEqual([
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
      '2031-04-13',
      '2032-03-28',
      '2033-04-17',
      '2034-04-09',
      '2035-03-25',
    ]);
  });

  it('agrees with Gauss’s Easter algorithm for every year 1900–2199', () => {
    for (let year = 1900; year < 2200; year++) expect(easterSunday(year)).toBe(gaussEaster(year));
  });

  it('answers by rule from 2028, with hand-checked dates', () => {
    expect(publishedYears('england-and-wales')).not.toContain(2028);
    expect(bankHolidays('england-and-wales', 2030)).toBe(
      bankHolidaysByRule('england-and-wales', 2030),
    );
    expect(dates('england-and-wales', 2030)).toEqual([
      '2030-01-01',
      '2030-04-19',
      '2030-04-22',
      '2030-05-06',
      '2030-05-27',
      '2030-08-26',
      '2030-12-25',
      '2030-12-26',
    ]);
    expect(dates('scotland', 2030)).toEqual([
      '2030-01-01',
      '2030-01-02',
      '2030-04-19',
      '2030-05-06',
      '2030-05-27',
      '2030-08-05',
      '2030-12-02',
      '2030-12-25',
      '2030-12-26',
    ]);
    expect(dates('northern-ireland', 2035)).toEqual([
      '2035-01-01',
      '2035-03-19',
      '2035-03-23',
      '2035-03-26',
      '2035-05-07',
      '2035-05-28',
      '2035-07-12',
      '2035-08-27',
      '2035-12-25',
      '2035-12-26',
    ]);
  });

  it('moves weekend days in later years as in earlier ones', () => {
    expect(titleOn('england-and-wales', '2028-01-03')).toBe('New Year’s Day');
    expect(dates('scotland', 2028).slice(0, 2)).toEqual(['2028-01-03', '2028-01-04']);
    expect(dates('england-and-wales', 2032).slice(-2)).toEqual(['2032-12-27', '2032-12-28']);
    expect(bankHolidays('england-and-wales', 2033).slice(-2)).toEqual([
      { date: '2033-12-26', title: 'Boxing Day' },
      { date: '2033-12-27', title: 'Christmas Day', substitute: true },
    ]);
    expect(bankHolidays('scotland', 2034).slice(0, 2)).toEqual([
      { date: '2034-01-02', title: 'New Year’s Day', substitute: true },
      { date: '2034-01-03', title: '2nd January', substitute: true },
    ]);
    expect(titleOn('scotland', '2031-12-01')).toBe('St Andrew’s Day');
    expect(titleOn('northern-ireland', '2029-03-19')).toBe('St Patrick’s Day');
    expect(titleOn('northern-ireland', '2031-07-14')).toBe('Battle of the Boyne (Orangemen’s Day)');
  });

  it('applies the earlier announced one-offs too (2011, 2012)', () => {
    expect(dates('england-and-wales', 2011)).toContain('2011-04-29');
    expect(dates('scotland', 2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(dates('northern-ireland', 2012)).not.toContain('2012-05-28');
    expect(ANNOUNCED_CHANGES.every((c) => c.source.length > 0)).toBe(true);
  });
});

describe('every year the module answers for', () => {
  const years: number[] = [];
  for (let y = BANK_HOLIDAY_YEARS.first; y <= BANK_HOLIDAY_YEARS.last; y++) years.push(y);
  const usual: Record<Region, number> = {
    'england-and-wales': 8,
    scotland: 9,
    'northern-ireland': 10,
  };
  // Extra days: 2011 royal wedding, 2012 Diamond Jubilee, 2022 Jubilee and funeral, 2023 coronation.
  const extra: Record<number, number> = { 2011: 1, 2012: 1, 2022: 2, 2023: 1 };

  it.each(REGIONS)('%s: weekdays only, in order, each once, the right number', (region) => {
    for (const year of years) {
      const list = dates(region, year);
      expect(list.every((d) => d.startsWith(String(year)))).toBe(true);
      expect(list.every((d) => utcWeekday(d) >= 1 && utcWeekday(d) <= 5)).toBe(true);
      expect(list).toEqual([...list].sort());
      expect(new Set(list).size).toBe(list.length);
      expect(list).toHaveLength(usual[region] + (extra[year] ?? 0));
    }
  });

  it('never gives Scotland Easter Monday, and gives it to the other two', () => {
    for (const year of years) {
      const titles = (region: Region) => bankHolidays(region, year).map((h) => h.title);
      expect(titles('scotland')).not.toContain('Easter Monday');
      expect(titles('england-and-wales')).toContain('Easter Monday');
      expect(titles('northern-ireland')).toContain('Easter Monday');
    }
  });

  it('refuses years it cannot vouch for, rather than guessing', () => {
    expect(() => bankHolidays('england-and-wales', BANK_HOLIDAY_YEARS.first - 1)).toThrow(
      RangeError,
    );
    expect(() => bankHolidaysByRule('scotland', BANK_HOLIDAY_YEARS.last + 1)).toThrow(/2008–2099/);
    expect(() => bankHolidays('northern-ireland', 2026.5)).toThrow(RangeError);
  });
});
