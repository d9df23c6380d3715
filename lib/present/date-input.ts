import { type IsoDate, isIsoDate } from '../domain/iso-date';

/**
 * A date a worker typed, as `DD/MM/YYYY` (the UK form, with or without leading zeros, with `/`,
 * `-` or `.`) or `YYYY-MM-DD`. Undefined for anything else or a date that does not exist: a
 * two-digit year or a month name is refused rather than guessed.
 */
export function parseDateInput(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return isIsoDate(trimmed) ? trimmed : undefined;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!uk) return undefined;
  const date = `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}
