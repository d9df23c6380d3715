import type { IsoDate, Region } from '../domain';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  type Closures,
  calendarDaysBetween,
  isBankHoliday,
} from './calendar';
// Types only: the schemas stay out of the sidebar, which dates deadlines but validates nothing.
import type { Timescale } from './timescale-schema';

export type { RuleSource, Timescale } from './timescale-schema';

export const TIMESCALE_UNITS = [
  'working-days',
  'calendar-days',
  'weeks',
  'calendar-months',
] as const;
export type TimescaleUnit = (typeof TIMESCALE_UNITS)[number];

/**
 * Day 0 is the day the count starts from; the deadline is day `amount`.
 * - `event`: the event's own date is day 0, so "10 working days after a Thursday ICPC" ends on
 *   the 10th working day after it (the usual reading of "within N days of").
 * - `day-after`: the first day after the event (before it, when counting back) is day 0, so
 *   each deadline lies one day (one working day, for working-day units) further from the event.
 *   Use it where a procedure says the count starts the day after, or asks for "clear" days.
 */
export const DAY_ZERO_CONVENTIONS = ['event', 'day-after'] as const;
export type DayZero = (typeof DAY_ZERO_CONVENTIONS)[number];

export type Direction = 'after' | 'before';

const NO_CLOSURES: Closures = new Set();

/**
 * The date `timescale` after (or before) `date`. Every rule dates its deadlines through this
 * one function, so the unit, the bank-holiday choice and day 0 mean the same everywhere.
 * A calendar-unit deadline may fall on a weekend or holiday: procedures that count calendar days
 * say so deliberately, so it is not moved.
 */
export function applyTimescale(
  date: IsoDate,
  timescale: Timescale,
  region: Region,
  closures: Closures = NO_CLOSURES,
  direction: Direction = 'after',
): IsoDate {
  const sign = direction === 'after' ? 1 : -1;
  const shift = timescale.dayZero === 'day-after' ? 1 : 0;
  if (timescale.unit === 'working-days') {
    return addWorkingDays(date, sign * (timescale.amount + shift), region, closures);
  }
  const start = addDays(date, sign * shift);
  const amount = sign * timescale.amount;
  const end =
    timescale.unit === 'calendar-days'
      ? addDays(start, amount)
      : timescale.unit === 'weeks'
        ? addWeeks(start, amount)
        : addMonths(start, amount);
  if (timescale.countBankHolidays !== false) return end;
  return stepOverHolidays(start, Math.abs(calendarDaysBetween(start, end)), sign, region, closures);
}

/** Counts `days` days from `start`, not counting bank holidays or closure days. */
function stepOverHolidays(
  start: IsoDate,
  days: number,
  sign: number,
  region: Region,
  closures: Closures,
): IsoDate {
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, sign);
    if (!isBankHoliday(date, region) && !closures.has(date)) counted += 1;
  }
  return date;
}

const UNIT_WORDS: Record<TimescaleUnit, [string, string]> = {
  'working-days': ['working day', 'working days'],
  'calendar-days': ['day', 'days'],
  weeks: ['week', 'weeks'],
  'calendar-months': ['month', 'months'],
};

/** "10 working days after the ICPC", in words a social worker would use. */
export function describeTimescale(
  timescale: Timescale,
  direction: Direction,
  event: string,
): string {
  const [one, many] = UNIT_WORDS[timescale.unit];
  const parts = [
    `${timescale.amount} ${timescale.amount === 1 ? one : many} ${direction} ${event}`,
  ];
  if (timescale.unit !== 'working-days' && timescale.countBankHolidays === false) {
    parts.push('not counting bank holidays');
  }
  if (timescale.dayZero === 'day-after') {
    parts.push(`counting from the day ${direction === 'after' ? 'after' : 'before'}`);
  }
  return parts.join(', ');
}
