import * as z from 'zod';

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

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (e.g. 2026-12-17)' });

/** A moment as an ISO-8601 timestamp with zone, e.g. `2026-11-25T16:30:00.000Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
