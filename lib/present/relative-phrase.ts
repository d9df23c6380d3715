import type { IsoDate, Region } from '../domain';
import { type Closures, calendarDaysBetween, workingDaysBetween } from '../rules/calendar';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How far off a date is, in the words a social worker uses: deadlines ahead in working days
 * (that is how the timescales are set), deadlines passed in calendar days (that is how long a
 * child has waited).
 */
export function relativePhrase(
  date: IsoDate,
  today: IsoDate,
  region: Region,
  closures?: Closures,
): string {
  const days = calendarDaysBetween(today, date);
  if (days === 0) return 'today';
  if (days < 0) return `${plural(-days, 'day')} ago`;
  const working = workingDaysBetween(today, date, region, closures);
  if (working === 0) return days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
  return `in ${plural(working, 'working day')}`;
}

/** For a deadline that has passed: "12 days overdue". */
export function overduePhrase(due: IsoDate, today: IsoDate): string {
  const days = calendarDaysBetween(due, today);
  return days <= 0 ? 'due today' : `${plural(days, 'day')} overdue`;
}
