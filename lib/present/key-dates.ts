import type { CaseRecord, IsoDate, Provenance, Region } from '../domain';
import { formatUkDate } from './format-date';
import { REGION_LABELS } from './labels';

export type KeyDate =
  | {
      field: 'icpcDate' | 'planEndDate';
      label: string;
      value?: IsoDate;
      shown?: string;
      provenance?: Provenance;
    }
  | { field: 'region'; label: string; value?: Region; shown?: string; provenance?: Provenance };

/**
 * The one-value facts every deadline hangs from, each with where it came from, so a worker can
 * confirm it, correct it, or add it when the pages did not show it.
 */
export function keyDates(record: CaseRecord, icpcTerm = 'ICPC'): KeyDate[] {
  const p = record.provenance ?? {};
  const date = (field: 'icpcDate' | 'planEndDate', label: string): KeyDate => {
    const value = record[field];
    return {
      field,
      label,
      ...(value !== undefined ? { value, shown: formatUkDate(value) } : {}),
      ...(p[field] ? { provenance: p[field] } : {}),
    };
  };
  const region: KeyDate = {
    field: 'region',
    label: 'Nation (for bank holidays)',
    ...(record.region !== undefined
      ? { value: record.region, shown: REGION_LABELS[record.region] }
      : {}),
    ...(p.region ? { provenance: p.region } : {}),
  };
  return [date('icpcDate', `${icpcTerm} date`), date('planEndDate', 'Plan end date'), region];
}
