import type { IsoDate, Region } from '../domain';
import { bankHolidays } from './bank-holidays';
import { BoundedCache } from './bounded-cache';

/** An organisation's own closure days (e.g. a council that closes on 24 December). */
export type Closures = ReadonlySet<IsoDate>;

/*
 * Dates are handled as whole days since 1970-01-01 (day 0, a Thursday), converted with Howard
 * Hinnant's civil-calendar algorithms (https://howardhinnant.github.io/date_algorithms.html):
 * integer arithmetic on the Gregorian calendar, so no time zone or clock change can move a date.
 */

function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The character code of `0`; digits are read by their codes, without a regular expression. */
const ZERO = 48;
const HYPHEN = 45;

/** The value of the ASCII digits `text[from..to)`, or -1 if any is not one (as `\d` reads them). */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function notADate(date: unknown): never {
  throw new RangeError(`Not a real date written YYYY-MM-DD: ${JSON.stringify(date)}`);
}

/** Parses a `YYYY-MM-DD` date, throwing on anything that is not a real date (never coerced). */
function parse(date: IsoDate): { year: number; month: number; day: number } {
  toDay(date);
  return { year: digitsAt(date, 0, 4), month: digitsAt(date, 5, 7), day: digitsAt(date, 8, 10) };
}

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` date; throws on anything else. */
export function dayNumberOf(date: IsoDate): number {
  return toDay(date);
}

/*
 * Every rule compares dates: the rules over a dashboard of 5,000 cases read about two million,
 * of a few thousand distinct days (issue 8). Each is parsed once (character by character, not
 * with a regular expression) and its day number kept; only real dates are kept, so a bad one
 * throws every time.
 */
const daysOfDates = new BoundedCache<IsoDate, number>(20_000);

function toDay(date: IsoDate): number {
  return daysOfDates.get(date) ?? daysOfDates.set(date, parseDay(date));
}

function parseDay(date: IsoDate): number {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== HYPHEN ||
    date.charCodeAt(7) !== HYPHEN
  ) {
    return notADate(date);
  }
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return notADate(date);
  }
  return dayFromCivil(year, month, day);
}

function fromCivil(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) throw new RangeError(`Date out of range: year ${year}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Day numbers to dates: every deadline is written back as a date, thousands of times each.
const datesOfDays = new BoundedCache<number, IsoDate>(20_000);

function fromDay(dayNumber: number): IsoDate {
  const known = datesOfDays.get(dayNumber);
  if (known !== undefined) return known;
  const { year, month, day } = civilFromDay(dayNumber);
  return datesOfDays.set(dayNumber, fromCivil(year, month, day));
}

function checkWholeNumber(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, not ${n}`);
}

export function addDays(date: IsoDate, n: number): IsoDate {
  checkWholeNumber(n, 'Days to add');
  return fromDay(toDay(date) + n);
}

export function addWeeks(date: IsoDate, n: number): IsoDate {
  checkWholeNumber(n, 'Weeks to add');
  return addDays(date, 7 * n);
}

/**
 * Calendar months, kept to the same day of the month or, when the month is shorter, its last
 * day: 3 months after 30 November is 28 (or 29) February, never 2 March.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  checkWholeNumber(n, 'Months to add');
  const { year, month, day } = parse(date);
  const months = year * 12 + (month - 1) + n;
  const newYear = Math.floor(months / 12);
  const newMonth = months - newYear * 12 + 1;
  return fromCivil(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** `to` minus `from` in days: negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDay(a) - toDay(b));
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDay(toDay(date));
}

function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function isWeekendDay(dayNumber: number): boolean {
  const weekday = weekdayOfDay(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function isWeekend(date: IsoDate): boolean {
  return isWeekendDay(toDay(date));
}

// The dashboard asks about thousands of cases, so each (region, year) is looked up once.
const holidayDays = new Map<Region, Map<number, ReadonlySet<number>>>();

function isBankHolidayDay(dayNumber: number, region: Region): boolean {
  const year = civilFromDay(dayNumber).year;
  let byYear = holidayDays.get(region);
  if (!byYear) {
    byYear = new Map();
    holidayDays.set(region, byYear);
  }
  let days = byYear.get(year);
  if (!days) {
    days = new Set(bankHolidays(region, year).map((h) => toDay(h.date)));
    byYear.set(year, days);
  }
  return days.has(dayNumber);
}

export function isBankHoliday(date: IsoDate, region: Region): boolean {
  return isBankHolidayDay(toDay(date), region);
}

/** Closure days as day numbers; a closure that is not a real date is an error, not ignored. */
function closureDays(closures: Closures | undefined): ReadonlySet<number> | undefined {
  if (!closures || closures.size === 0) return undefined;
  const days = new Set<number>();
  for (const closure of closures) days.add(toDay(closure));
  return days;
}

function isWorkingDayNumber(
  dayNumber: number,
  region: Region,
  closed: ReadonlySet<number> | undefined,
): boolean {
  if (isWeekendDay(dayNumber)) return false;
  if (closed?.has(dayNumber)) return false;
  return !isBankHolidayDay(dayNumber, region);
}

/** Monday to Friday, not a bank holiday in the region, and not one of the organisation's closures. */
export function isWorkingDay(date: IsoDate, region: Region, closures?: Closures): boolean {
  return isWorkingDayNumber(toDay(date), region, closureDays(closures));
}

/**
 * The date `n` working days after `date` (before it when `n` is negative), counting only days
 * strictly after (or before) it, so the start day never counts even when it is a working day:
 * 10 working days after Thursday 17 December 2026 in England is Tuesday 5 January 2027.
 * `n = 0` returns `date` itself, whatever day it is.
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  region: Region,
  closures?: Closures,
): IsoDate {
  checkWholeNumber(n, 'Working days to add');
  let day = toDay(date);
  if (n === 0) return date;
  const memo = workingDayMemo(region, n, closures);
  const known = memo.get(date);
  if (known !== undefined) return known;
  const closed = closureDays(closures);
  const step = n > 0 ? 1 : -1;
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += step;
    if (isWorkingDayNumber(day, region, closed)) remaining--;
  }
  return memo.set(date, fromDay(day));
}

/*
 * Every rule counts working days from the case's dates, the same few counts (10, 5, -2, 15, -1)
 * from the same dates across a caseload: so each count from each date is worked out once per
 * calendar (region and closures). A result is stored only once worked out, so a date or region
 * that throws is never stored. Closures are keyed by the set given and its contents when first
 * seen: a set changed since gets a fresh cache, never a stale answer.
 */
type WorkingDayMemo = Map<Region, Map<number, BoundedCache<IsoDate, IsoDate>>>;
const DATES_PER_COUNT = 20_000;
const withoutClosures: WorkingDayMemo = new Map();
const withClosures = new WeakMap<
  Closures,
  { members: ReadonlySet<IsoDate>; memo: WorkingDayMemo }
>();

function workingDayMemo(
  region: Region,
  n: number,
  closures: Closures | undefined,
): BoundedCache<IsoDate, IsoDate> {
  const memo = closures && closures.size > 0 ? closuresMemo(closures) : withoutClosures;
  let byCount = memo.get(region);
  if (!byCount) {
    byCount = new Map();
    memo.set(region, byCount);
  }
  let dates = byCount.get(n);
  if (!dates) {
    dates = new BoundedCache(DATES_PER_COUNT);
    byCount.set(n, dates);
  }
  return dates;
}

function closuresMemo(closures: Closures): WorkingDayMemo {
  const known = withClosures.get(closures);
  if (known && sameMembers(known.members, closures)) return known.memo;
  // Checked before anything is stored: a closure that is not a real date keeps throwing.
  closureDays(closures);
  const entry = { members: new Set(closures), memo: new Map() };
  withClosures.set(closures, entry);
  return entry.memo;
}

function sameMembers(a: ReadonlySet<IsoDate>, b: ReadonlySet<IsoDate>): boolean {
  if (a.size !== b.size) return false;
  for (const member of b) if (!a.has(member)) return false;
  return true;
}

/**
 * The working days d with `from` < d <= `to`; when `to` is earlier, minus the working days d
 * with `to` <= d < `from`. So it undoes `addWorkingDays`: from a working day d,
 * `workingDaysBetween(d, addWorkingDays(d, n, r), r) === n`.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  region: Region,
  closures?: Closures,
): number {
  const start = toDay(from);
  const end = toDay(to);
  const closed = closureDays(closures);
  let count = 0;
  if (end >= start) {
    for (let day = start + 1; day <= end; day++) {
      if (isWorkingDayNumber(day, region, closed)) count++;
    }
    return count;
  }
  for (let day = end; day < start; day++) {
    if (isWorkingDayNumber(day, region, closed)) count++;
  }
  return -count;
}

let londonFormat: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in the UK at `now`: social workers' deadlines run on UK days, so a check at
 * 00:30 in July (BST) is already the next day although UTC is still on the previous one.
 */
export function todayInLondon(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('todayInLondon needs a valid Date');
  }
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = londonFormat.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  parse(date);
  return date;
}
