/*
 * Calendar dates without zod: the sidebar and the rules check dates with these, and importing
 * them must not load the schemas (lib/domain/dates.ts re-exports them with the zod schemas).
 */

/** A calendar date as `YYYY-MM-DD`: no time, no zone, so no daylight-saving surprises. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-31, 2026-13-01). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
