import { type IsoDate, isIsoDate } from '../lib/domain';

// Plain UTC arithmetic on calendar dates: a date has no time, so no daylight-saving shifts.
const DAY_MS = 86_400_000;

function toUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) throw new Error(`not a date written YYYY-MM-DD: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** 0 is Sunday, as in `Date.getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Meetings and visits happen on weekdays: a weekend date moves back to the Friday. */
export function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
}

/** A weekend date moves on to the Monday. */
export function weekdayOnOrAfter(date: IsoDate): IsoDate {
  const day = dayOfWeek(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

/** Today's date for a social worker in the UK, whatever the machine's own time zone. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

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
] as const;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function parts(date: IsoDate): { year: string; month: number; day: number } {
  toUtcMs(date);
  return { year: date.slice(0, 4), month: Number(date.slice(5, 7)), day: Number(date.slice(8)) };
}

/** CareFlow's dates: `17/12/2026`, `05/03/2027`. */
export function slashDate(date: IsoDate): string {
  const { year } = parts(date);
  return `${date.slice(8)}/${date.slice(5, 7)}/${year}`;
}

/** GridCase's short dates: `17 Dec 2026`, `5 Mar 2027` (no leading zero). */
export function shortMonthDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]?.slice(0, 3)} ${year}`;
}

/** GridCase's long dates: `Thu 17 December 2026`, `Fri 5 March 2027`. */
export function weekdayLongDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${WEEKDAYS[dayOfWeek(date)]} ${day} ${MONTHS[month - 1]} ${year}`;
}
