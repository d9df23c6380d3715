import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../lib/domain';
import { parseUkDate, TWO_DIGIT_YEAR_PIVOT } from '../../lib/extract';
import { parseUkDateInFull } from '../../lib/extract/parse-date';

const ok = (raw: string) => parseUkDate(raw);

describe('parseUkDate reads the ways UK case systems write a date', () => {
  it.each([
    ['17/12/2026', '2026-12-17'],
    ['17-12-2026', '2026-12-17'],
    ['17.12.2026', '2026-12-17'],
    ['17.12.26', '2026-12-17'],
    ['7/3/2027', '2027-03-07'],
    ['07/03/2027', '2027-03-07'],
    ['17 Dec 2026', '2026-12-17'],
    ['17 dec. 2026', '2026-12-17'],
    ['17 December 2026', '2026-12-17'],
    ['17 Sept 2026', '2026-09-17'],
    ['Thursday 17 December 2026', '2026-12-17'],
    ['Thursday, 17 December 2026', '2026-12-17'],
    ['Thu 17 Dec 2026', '2026-12-17'],
    ['Thurs 17 Dec 2026', '2026-12-17'],
    ['17th December 2026', '2026-12-17'],
    ['1st March 2027', '2027-03-01'],
    ['22nd of May, 2026', '2026-05-22'],
    ['17-DEC-2026', '2026-12-17'],
    ['17-Dec-26', '2026-12-17'],
    ['December 17, 2026', '2026-12-17'],
    ['2026-12-17', '2026-12-17'],
    ['2026-12-17T10:30:00', '2026-12-17'],
    ['  17/12/2026 ', '2026-12-17'],
    ['17/12/2026 10:30', '2026-12-17'],
    ['17/12/2026 at 10.30am', '2026-12-17'],
    ['17 / 12 / 2026', '2026-12-17'],
    ['Thu 17 Dec 2026 (10am)', '2026-12-17'],
    ['29/02/2028', '2028-02-29'],
  ])('%s → %s', (raw, date) => {
    expect(ok(raw)).toEqual({ ok: true, date });
  });

  it(`reads two-digit years 00–${TWO_DIGIT_YEAR_PIVOT - 1} as 20xx and ${TWO_DIGIT_YEAR_PIVOT}–99 as 19xx`, () => {
    expect(ok('01/01/00')).toEqual({ ok: true, date: '2000-01-01' });
    expect(ok(`01/01/${TWO_DIGIT_YEAR_PIVOT - 1}`)).toEqual({ ok: true, date: '2069-01-01' });
    expect(ok(`01/01/${TWO_DIGIT_YEAR_PIVOT}`)).toEqual({ ok: true, date: '1970-01-01' });
    expect(ok('5 Jun 99')).toEqual({ ok: true, date: '1999-06-05' });
  });
});

describe('parseUkDate refuses to guess', () => {
  it.each([
    ['31/02/2026', /February 2026 has 28 days/],
    ['29/02/2026', /February 2026 has 28 days/],
    ['31 April 2026', /April 2026 has 30 days/],
    ['2026-02-30', /not a real date/],
    ['12/13/2026', /month\/day \(US order\)/],
    ['13/13/2026', /no month 13/],
    ['00/12/2026', /not a real date/],
    ['Friday 17 December 2026', /says Friday but 17 December 2026 is a Thursday/],
    ['Fri 17/12/2026', /says Friday/],
    ['', /blank/],
    ['   ', /blank/],
    ['next week', /relative/],
    ['tomorrow', /relative/],
    ['TBC', /no date given/],
    ['n/a', /no date given/],
    ['-', /no date given/],
    ['17/12', /no year/],
    ['17th December', /no year/],
    ['17/12/2026 (provisional)', /other words/],
    ['postponed from 17/12/2026', /other words/],
    ['17/12/2026 - 18/12/2026', /more than one date/],
    ['2026-12-17T23:30:00Z', /time zone/],
    ['17/12/1850', /outside 1900–2099/],
    ['the meeting', /no date found/],
    ['x'.repeat(400), /too long/],
  ])('%s → not ok (%s)', (raw, reason) => {
    const result = ok(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(reason);
    expect(result.raw).toBe(raw);
  });

  it('accepts the same date written twice', () => {
    expect(ok('17/12/2026 (17 Dec 2026)')).toEqual({ ok: true, date: '2026-12-17' });
  });

  it('never throws on a value that is not a string', () => {
    expect(parseUkDate(undefined as unknown as string).ok).toBe(false);
    expect(parseUkDate(17 as unknown as string).ok).toBe(false);
  });
});

describe('parseUkDate properties', () => {
  it('never throws, and any date it gives is a real YYYY-MM-DD date', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (raw) => {
        const result = parseUkDate(raw);
        if (result.ok) expect(isIsoDate(result.date)).toBe(true);
        else expect(typeof result.reason).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on strings built from date-like pieces', () => {
    const piece = fc.constantFrom(
      ...[
        '17',
        '31',
        '02',
        '2026',
        '26',
        '/',
        '-',
        '.',
        ' ',
        'Dec',
        'December',
        'Thu',
        'th',
        'of',
        ':',
        'T',
        'Z',
        '+01:00',
        '10:30',
        'am',
      ],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const result = parseUkDate(pieces.join(''));
        if (result.ok) expect(isIsoDate(result.date)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const ordinal = (d: number) =>
    `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
  const FORMATS: Record<string, (y: number, m: number, d: number, weekday: number) => string> = {
    'dd/mm/yyyy': (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
    'd/m/yyyy': (y, m, d) => `${d}/${m}/${y}`,
    'dd-mm-yyyy': (y, m, d) => `${pad(d)}-${pad(m)}-${y}`,
    'dd.mm.yy': (y, m, d) => `${pad(d)}.${pad(m)}.${pad(y % 100)}`,
    'd Mon yyyy': (y, m, d) => `${d} ${MONTHS[m - 1]?.slice(0, 3)} ${y}`,
    'd Month yyyy': (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
    'Weekday d Month yyyy': (y, m, d, w) => `${WEEKDAYS[w]} ${d} ${MONTHS[m - 1]} ${y}`,
    'Wkd d Mon yyyy': (y, m, d, w) =>
      `${WEEKDAYS[w]?.slice(0, 3)} ${d} ${MONTHS[m - 1]?.slice(0, 3)} ${y}`,
    'dth Month yyyy': (y, m, d) => `${ordinal(d)} ${MONTHS[m - 1]} ${y}`,
    'yyyy-mm-dd': (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
    'dd/mm/yyyy hh:mm': (y, m, d) => `${pad(d)}/${pad(m)}/${y} 14:05`,
  };

  for (const [name, format] of Object.entries(FORMATS)) {
    it(`round-trips every real date written ${name}`, () => {
      // Two-digit years only reach 1970–2069 (the pivot); four-digit ones 1900–2099.
      const earliest = name.endsWith('yy') && !name.endsWith('yyyy') ? '1970-01-01' : '1900-01-01';
      const latest = name.endsWith('yy') && !name.endsWith('yyyy') ? '2069-12-31' : '2099-12-31';
      fc.assert(
        fc.property(
          fc.date({
            min: new Date(`${earliest}T00:00:00Z`),
            max: new Date(`${latest}T00:00:00Z`),
            noInvalidDate: true,
          }),
          (when) => {
            const iso = when.toISOString().slice(0, 10);
            const written = format(
              when.getUTCFullYear(),
              when.getUTCMonth() + 1,
              when.getUTCDate(),
              when.getUTCDay(),
            );
            expect(parseUkDate(written)).toEqual({ ok: true, date: iso });
          },
        ),
        { numRuns: 500 },
      );
    });
  }
});

describe('parseUkDate shortcut for the common shapes', () => {
  it('reads every text exactly as the full reading does', () => {
    const word = fc.constantFrom(
      'Tue',
      'tue',
      'TUES',
      'Wednesday',
      'Sun',
      'Mon',
      'Nov',
      'November',
      'Sept',
      'sep',
      'FEB',
      'Febr',
      'May',
      'Constructor',
      'toString',
      'at',
      'of',
    );
    const number = fc.oneof(
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.integer({ min: 0, max: 9 }).map((n) => `0${n}`),
      fc.integer({ min: 1890, max: 2110 }).map(String),
      fc.constantFrom('26', '2026', '0', '00', '123'),
    );
    const piece = fc.oneof(word, number, fc.constantFrom(' ', '/', '  ', ' / ', '-', '.', ','));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const raw = pieces.join('');
        expect(parseUkDate(raw)).toEqual(parseUkDateInFull(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads dates shown day/month/year and with month names as the full reading does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1880, max: 2120 }),
        fc.constantFrom('', 'Sun ', 'Mon ', 'Tue ', 'Wed ', 'Thu ', 'Fri ', 'Sat ', 'Thursday '),
        fc.constantFrom('Jan', 'February', 'Mar', 'June', 'Sept', 'October', 'Dec', 'Foo'),
        (day, month, year, weekday, monthName) => {
          for (const raw of [
            `${day}/${month}/${year}`,
            `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
            `${weekday}${day} ${monthName} ${year}`,
          ]) {
            expect(parseUkDate(raw)).toEqual(parseUkDateInFull(raw));
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
