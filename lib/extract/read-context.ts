import type { ReadContext } from './build-page-read';

/** Where and when a read happens. `today` is the UK date, whatever the machine's zone. */
export function readContext(url: URL, now: Date = new Date(), profileId?: string): ReadContext {
  const ctx: ReadContext = {
    path: `${url.pathname}${url.search}`,
    readAt: now.toISOString(),
    today: ukDate(now),
  };
  if (profileId) ctx.profileId = profileId;
  return ctx;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The date in the UK at `now`. Worked out from the rule rather than with Intl, whose first
 * DateTimeFormat in a page costs more than reading a large page: British Summer Time runs from
 * 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October (Summer Time
 * Order 2002, SI 2002/262, as since 1996 under the EU directives). Other years go to Intl.
 */
export function ukDate(now: Date): string {
  const t = now.getTime();
  const year = now.getUTCFullYear();
  if (!(year >= 1996 && year <= 2099)) return ukDateByIntl(now);
  const summer = t >= lastSundayAt1Gmt(year, 2) && t < lastSundayAt1Gmt(year, 9);
  return new Date(summer ? t + HOUR_MS : t).toISOString().slice(0, 10);
}

/** 01:00 GMT on the last Sunday of a month (0-based), in ms since the epoch. */
function lastSundayAt1Gmt(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS + HOUR_MS;
}

export function ukDateByIntl(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
