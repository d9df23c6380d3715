import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from '../rules/calendar';
import type { CalendarEntry } from './calendar-events';

export const CALENDAR_NAME = 'Core Group Lens: child protection deadlines';

export type IcsResult = { ok: true; ics: string; count: number } | { ok: false; error: string };

function dateArray(date: string): DateArray {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * The entries as an iCalendar file (RFC 5545), built by the `ics` library: all-day events
 * (a deadline is a day, not a time, so no time zone can move it), marked free so they never
 * block a diary, stamped with `now` so the same data always gives the same file.
 */
export function buildIcs(entries: readonly CalendarEntry[], now: Date): IcsResult {
  const events = entries.map(
    (entry) =>
      ({
        uid: entry.uid,
        start: dateArray(entry.date),
        end: dateArray(addDays(entry.date, 1)),
        title: entry.title,
        description: entry.description,
        categories: ['Child protection', entry.kind === 'booked' ? 'Booked' : 'Deadline'],
        transp: 'TRANSPARENT',
        busyStatus: 'FREE',
        classification: 'PRIVATE',
        // DTSTAMP: not a typed attribute of `ics`, but honoured by it (it defaults to the clock).
        timestamp: now.getTime(),
      }) as EventAttributes,
  );
  const { error, value } = createEvents(events, {
    productId: '-//Core Group Lens//Deadlines//EN',
    calName: CALENDAR_NAME,
  });
  if (error || value === null) {
    return { ok: false, error: error?.message ?? 'The calendar file could not be made.' };
  }
  return { ok: true, ics: value, count: entries.length };
}
