import * as z from 'zod';
import { isIsoDate } from './iso-date';

export { daysInMonth, type IsoDate, isIsoDate } from './iso-date';

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD (e.g. 2026-12-17)' });

/** A moment as an ISO-8601 timestamp with zone, e.g. `2026-11-25T16:30:00.000Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
