import { compareDates } from '../rules/calendar';
import { RAG_SEVERITY, regionLabel } from './dashboard-labels';
import type { DashboardRow } from './dashboard-rows';

export const SORT_KEYS = [
  'case',
  'status',
  'next-deadline',
  'overdue',
  'last-core-group',
  'not-seen-alone',
  'region',
  'last-read',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** The order a column takes when first chosen: the one a practice lead wants to act on. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  case: 'ascending',
  status: 'descending',
  'next-deadline': 'ascending',
  overdue: 'descending',
  'last-core-group': 'descending',
  'not-seen-alone': 'descending',
  region: 'ascending',
  'last-read': 'ascending',
};

/** Most urgent first: red, amber, no data, green; then the soonest deadline. */
export const DEFAULT_SORT: SortState = { key: 'status', direction: 'descending' };

/** Choosing the sorted column again reverses it; another column starts in its own first order. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const caseOrder = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * A value to sort by, or undefined when it is not known. Unknowns go first in either direction:
 * a case whose deadline or last core group cannot be told must never sink out of sight.
 */
type Value = number | string | undefined;

const VALUE_OF: Record<SortKey, (row: DashboardRow) => Value> = {
  case: (row) => row.caseId,
  status: (row) => RAG_SEVERITY[row.rag],
  'next-deadline': (row) => row.nextDeadline?.due,
  overdue: (row) => row.overdue,
  'last-core-group': (row) => row.daysSinceLastCoreGroup,
  'not-seen-alone': (row) => row.childrenNotSeenAlone.length,
  region: (row) => (row.region === undefined ? undefined : regionLabel(row.region)),
  'last-read': (row) => row.lastReadAt,
};

function compareValues(key: SortKey, a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (key === 'next-deadline') return compareDates(a as string, b as string);
  if (key === 'case') return caseOrder.compare(a as string, b as string);
  return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
}

/** The tie-break after the chosen column: most urgent, then soonest due, then case reference. */
function byUrgency(a: DashboardRow, b: DashboardRow): number {
  return (
    RAG_SEVERITY[b.rag] - RAG_SEVERITY[a.rag] ||
    b.overdue - a.overdue ||
    compareDue(a, b) ||
    caseOrder.compare(a.caseId, b.caseId)
  );
}

function compareDue(a: DashboardRow, b: DashboardRow): number {
  const x = a.nextDeadline?.due;
  const y = b.nextDeadline?.due;
  if (x === y) return 0;
  if (x === undefined) return -1;
  if (y === undefined) return 1;
  return compareDates(x, y);
}

export function sortRows(rows: readonly DashboardRow[], sort: SortState): DashboardRow[] {
  const columnValue = VALUE_OF[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: columnValue(row) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? -1 : 1;
    } else {
      const c = compareValues(sort.key, a.value, b.value);
      if (c !== 0) return sign * c;
    }
    return byUrgency(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}
