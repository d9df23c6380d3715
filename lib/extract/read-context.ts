import type { ReadContext } from './build-page-read';

/** Where and when a read happens. `today` is the UK date, whatever the machine's zone. */
export function readContext(url: URL, now: Date = new Date(), profileId?: string): ReadContext {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const ctx: ReadContext = {
    path: `${url.pathname}${url.search}`,
    readAt: now.toISOString(),
    today: `${part('year')}-${part('month')}-${part('day')}`,
  };
  if (profileId) ctx.profileId = profileId;
  return ctx;
}
