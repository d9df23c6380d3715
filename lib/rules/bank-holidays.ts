import type { IsoDate, Region } from '../domain';
import { PUBLISHED_BANK_HOLIDAYS } from './bank-holidays-published';

export interface BankHoliday {
  date: IsoDate;
  title: string;
  /** True when the holiday was moved off a weekend (gov.uk's "Substitute day"). */
  substitute?: boolean;
}

/**
 * The years this module will answer for. From 2008 the rules below (St Andrew's Day, substitute
 * days, the one-off table from 2011) describe every UK bank holiday; before that there were
 * one-offs not modelled here (2002, 1999). After 2099 nobody should trust a rule written today.
 * Outside these years the functions throw rather than guess.
 */
export const BANK_HOLIDAY_YEARS = { first: 2008, last: 2099 } as const;

const DAY_MS = 86_400_000;
const SATURDAY = 6;
const SUNDAY = 0;
const MONDAY = 1;

// Whole days since 1970-01-01 in UTC: no local zone, so no daylight-saving shift.
const dayOf = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / DAY_MS;
const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();
const isoOf = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isWeekendDay = (day: number): boolean => {
  const weekday = weekdayOf(day);
  return weekday === SATURDAY || weekday === SUNDAY;
};

/**
 * Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher), as a date.
 * Good Friday and Easter Monday are bank holidays counted from it.
 */
export function easterSunday(year: number): IsoDate {
  return isoOf(easterDay(year));
}

function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

function firstMonday(year: number, month: number): number {
  const first = dayOf(year, month, 1);
  return first + ((MONDAY - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayOf(year, month + 1, 0);
  return last - ((weekdayOf(last) - MONDAY + 7) % 7);
}

/** A holiday where the rules first put it, before any weekend substitution. */
interface Nominal {
  day: number;
  title: string;
  /** Fixed-date holidays move off a weekend; Monday and Easter holidays never land on one. */
  movesOffWeekend: boolean;
  /** Set by rules that place the day themselves (Scotland's New Year). */
  substitute?: boolean;
}

type HolidayRule = (year: number) => Nominal[];

const fixed =
  (title: string, month: number, day: number): HolidayRule =>
  (year) => [{ day: dayOf(year, month, day), title, movesOffWeekend: true }];
const fromEaster =
  (title: string, offset: number): HolidayRule =>
  (year) => [{ day: easterDay(year) + offset, title, movesOffWeekend: false }];
const onFirstMonday =
  (title: string, month: number): HolidayRule =>
  (year) => [{ day: firstMonday(year, month), title, movesOffWeekend: false }];
const onLastMonday =
  (title: string, month: number): HolidayRule =>
  (year) => [{ day: lastMonday(year, month), title, movesOffWeekend: false }];

const NEW_YEARS_DAY = 'New Year’s Day';
const SECOND_JANUARY = '2nd January';

/**
 * Scotland's two New Year holidays are the first two weekdays of the year, New Year's Day
 * first: so when 1 January is a Sunday, New Year's Day is Monday 2nd and "2nd January" Tuesday
 * 3rd, as gov.uk lists 2023 (a plain "next free weekday" rule would swap their names; gov.uk
 * named 2017's the other way round, on the same two dates).
 */
const scottishNewYear: HolidayRule = (year) => {
  const days: number[] = [];
  for (let day = dayOf(year, 1, 1); days.length < 2; day++) {
    if (!isWeekendDay(day)) days.push(day);
  }
  const [newYear, second] = days as [number, number];
  return [
    { day: newYear, title: NEW_YEARS_DAY, movesOffWeekend: false },
    { day: second, title: SECOND_JANUARY, movesOffWeekend: false },
  ].map((holiday, index) => ({
    ...holiday,
    substitute: holiday.day !== dayOf(year, 1, index + 1),
  }));
};

const GOOD_FRIDAY = fromEaster('Good Friday', -2);
const EASTER_MONDAY = fromEaster('Easter Monday', 1);
const EARLY_MAY = onFirstMonday('Early May bank holiday', 5);
const SPRING = onLastMonday('Spring bank holiday', 5);
const CHRISTMAS = fixed('Christmas Day', 12, 25);
const BOXING_DAY = fixed('Boxing Day', 12, 26);

/**
 * Each division's usual bank holidays: the Banking and Financial Dealings Act 1971, Schedule 1,
 * the St Andrew's Day Bank Holiday (Scotland) Act 2007, and the yearly royal proclamations as
 * gov.uk lists them (https://www.gov.uk/bank-holidays).
 */
const RULES: Record<Region, readonly HolidayRule[]> = {
  'england-and-wales': [
    fixed(NEW_YEARS_DAY, 1, 1),
    GOOD_FRIDAY,
    EASTER_MONDAY,
    EARLY_MAY,
    SPRING,
    onLastMonday('Summer bank holiday', 8),
    CHRISTMAS,
    BOXING_DAY,
  ],
  // No Easter Monday; the summer holiday is the first Monday of August, not the last.
  scotland: [
    scottishNewYear,
    GOOD_FRIDAY,
    EARLY_MAY,
    SPRING,
    onFirstMonday('Summer bank holiday', 8),
    fixed('St Andrew’s Day', 11, 30),
    CHRISTMAS,
    BOXING_DAY,
  ],
  'northern-ireland': [
    fixed(NEW_YEARS_DAY, 1, 1),
    fixed('St Patrick’s Day', 3, 17),
    GOOD_FRIDAY,
    EASTER_MONDAY,
    EARLY_MAY,
    SPRING,
    fixed('Battle of the Boyne (Orangemen’s Day)', 7, 12),
    onLastMonday('Summer bank holiday', 8),
    CHRISTMAS,
    BOXING_DAY,
  ],
};

const ALL_REGIONS: readonly Region[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/** A change announced by royal proclamation for one year: a holiday moved, or one added. */
export type AnnouncedChange =
  | {
      kind: 'moved';
      regions: readonly Region[];
      title: string;
      from: IsoDate;
      to: IsoDate;
      newTitle?: string;
      source: string;
    }
  | { kind: 'added'; regions: readonly Region[]; title: string; date: IsoDate; source: string };

/**
 * The one-off changes, applied by rule so years the published list does not cover still get
 * them. A future one-off must be added here (and will show up in the published list first).
 */
export const ANNOUNCED_CHANGES: readonly AnnouncedChange[] = [
  {
    kind: 'added',
    regions: ALL_REGIONS,
    title: 'Royal wedding bank holiday',
    date: '2011-04-29',
    source: 'Royal proclamation for the wedding of Prince William and Catherine Middleton (2010)',
  },
  {
    kind: 'moved',
    regions: ALL_REGIONS,
    title: 'Spring bank holiday',
    from: '2012-05-28',
    to: '2012-06-04',
    source: 'Royal proclamation for the Diamond Jubilee (2011)',
  },
  {
    kind: 'added',
    regions: ALL_REGIONS,
    title: 'Queen’s Diamond Jubilee bank holiday',
    date: '2012-06-05',
    source: 'Royal proclamation for the Diamond Jubilee (2011)',
  },
  {
    kind: 'moved',
    regions: ALL_REGIONS,
    title: 'Early May bank holiday',
    from: '2020-05-04',
    to: '2020-05-08',
    newTitle: 'Early May bank holiday (VE day)',
    source: 'Moved to Friday 8 May for the 75th anniversary of VE Day (announced June 2019)',
  },
  {
    kind: 'moved',
    regions: ALL_REGIONS,
    title: 'Spring bank holiday',
    from: '2022-05-30',
    to: '2022-06-02',
    source: 'Moved to Thursday 2 June for the Platinum Jubilee (announced 2020)',
  },
  {
    kind: 'added',
    regions: ALL_REGIONS,
    title: 'Platinum Jubilee bank holiday',
    date: '2022-06-03',
    source: 'Royal proclamation for the Platinum Jubilee (announced 2020)',
  },
  {
    kind: 'added',
    regions: ALL_REGIONS,
    title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    date: '2022-09-19',
    source: 'Royal proclamation, 12 September 2022',
  },
  {
    kind: 'added',
    regions: ALL_REGIONS,
    title: 'Bank holiday for the coronation of King Charles III',
    date: '2023-05-08',
    source: 'Royal proclamation, announced November 2022',
  },
];

function isoToDay(date: IsoDate): number {
  return dayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function applyAnnouncedChanges(region: Region, year: number, nominal: Nominal[]): Nominal[] {
  let result = nominal;
  for (const change of ANNOUNCED_CHANGES) {
    if (!change.regions.includes(region)) continue;
    if (change.kind === 'added') {
      if (Number(change.date.slice(0, 4)) !== year) continue;
      result = [
        ...result,
        { day: isoToDay(change.date), title: change.title, movesOffWeekend: false },
      ];
      continue;
    }
    if (Number(change.from.slice(0, 4)) !== year) continue;
    const from = isoToDay(change.from);
    const index = result.findIndex((h) => h.title === change.title && h.day === from);
    // The table and the rules must agree on where the holiday was before it moved.
    if (index < 0) throw new Error(`No ${change.title} on ${change.from} to move (${region})`);
    result = result.map((h, i) =>
      i === index
        ? { day: isoToDay(change.to), title: change.newTitle ?? h.title, movesOffWeekend: false }
        : h,
    );
  }
  return result;
}

/**
 * A holiday on a weekend moves to the next weekday that is not already a holiday, earliest
 * first: so Christmas on a Saturday is Monday 27th and Boxing Day Tuesday 28th, and Christmas on
 * a Sunday is Tuesday 27th (Boxing Day keeps Monday 26th).
 */
function placeOffWeekends(nominal: readonly Nominal[]): BankHoliday[] {
  const taken = new Set(nominal.filter((h) => !isWeekendDay(h.day)).map((h) => h.day));
  const placed: { day: number; holiday: BankHoliday }[] = [];
  for (const h of [...nominal].sort((a, b) => a.day - b.day)) {
    if (!isWeekendDay(h.day)) {
      const holiday: BankHoliday = { date: isoOf(h.day), title: h.title };
      if (h.substitute) holiday.substitute = true;
      placed.push({ day: h.day, holiday });
      continue;
    }
    if (!h.movesOffWeekend) throw new Error(`${h.title} fell on a weekend (${isoOf(h.day)})`);
    let day = h.day + 1;
    while (isWeekendDay(day) || taken.has(day)) day++;
    taken.add(day);
    placed.push({ day, holiday: { date: isoOf(day), title: h.title, substitute: true } });
  }
  return placed.sort((a, b) => a.day - b.day).map((p) => p.holiday);
}

function checkYear(year: number): void {
  if (
    !Number.isInteger(year) ||
    year < BANK_HOLIDAY_YEARS.first ||
    year > BANK_HOLIDAY_YEARS.last
  ) {
    throw new RangeError(
      `Bank holidays are known for ${BANK_HOLIDAY_YEARS.first}–${BANK_HOLIDAY_YEARS.last}, not ${year}`,
    );
  }
}

const byRuleCache = new Map<string, readonly BankHoliday[]>();

/** The year's bank holidays computed by rule alone, sorted by date. */
export function bankHolidaysByRule(region: Region, year: number): readonly BankHoliday[] {
  checkYear(year);
  const key = `${region}:${year}`;
  const cached = byRuleCache.get(key);
  if (cached) return cached;
  const rules = RULES[region];
  if (!rules) throw new RangeError(`Unknown region: ${String(region)}`);
  const nominal = applyAnnouncedChanges(
    region,
    year,
    rules.flatMap((rule) => rule(year)),
  );
  const holidays = Object.freeze(placeOffWeekends(nominal).map((h) => Object.freeze(h)));
  byRuleCache.set(key, holidays);
  return holidays;
}

const publishedCache = new Map<string, readonly BankHoliday[]>();

function publishedHolidays(region: Region, year: number): readonly BankHoliday[] | undefined {
  if (publishedCache.size === 0) {
    for (const division of ALL_REGIONS) {
      for (const event of PUBLISHED_BANK_HOLIDAYS[division].events) {
        const key = `${division}:${event.date.slice(0, 4)}`;
        const holiday: BankHoliday = { date: event.date, title: event.title };
        if (event.notes === 'Substitute day') holiday.substitute = true;
        publishedCache.set(key, [...(publishedCache.get(key) ?? []), Object.freeze(holiday)]);
      }
    }
    for (const [key, list] of publishedCache) {
      publishedCache.set(
        key,
        Object.freeze([...list].sort((a, b) => a.date.localeCompare(b.date))),
      );
    }
  }
  return publishedCache.get(`${region}:${year}`);
}

/**
 * The year's bank holidays, sorted by date: gov.uk's published list where it covers the year
 * (it includes one-offs as soon as they are proclaimed), the rules otherwise.
 */
export function bankHolidays(region: Region, year: number): readonly BankHoliday[] {
  checkYear(year);
  return publishedHolidays(region, year) ?? bankHolidaysByRule(region, year);
}

/** The years for which `bankHolidays` answers from the published list rather than by rule. */
export function publishedYears(region: Region): readonly number[] {
  return [
    ...new Set(PUBLISHED_BANK_HOLIDAYS[region].events.map((e) => Number(e.date.slice(0, 4)))),
  ].sort((a, b) => a - b);
}
