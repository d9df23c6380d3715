import type { Region } from '../domain';
import type { Rag } from './case-glance';
import type { DashboardRow } from './dashboard-rows';

export type RegionChoice = 'all' | Region | 'not-recorded';

export interface DashboardFilter {
  overdueOnly: boolean;
  rag: 'all' | Rag;
  region: RegionChoice;
  procedureId: 'all' | string;
  /** Part of a case reference, any case. */
  caseSearch: string;
}

export const NO_FILTER: DashboardFilter = {
  overdueOnly: false,
  rag: 'all',
  region: 'all',
  procedureId: 'all',
  caseSearch: '',
};

export function matchesFilter(row: DashboardRow, filter: DashboardFilter): boolean {
  if (filter.overdueOnly && row.overdue === 0) return false;
  if (filter.rag !== 'all' && row.rag !== filter.rag) return false;
  if (filter.region === 'not-recorded' && row.region !== undefined) return false;
  if (filter.region !== 'all' && filter.region !== 'not-recorded' && row.region !== filter.region) {
    return false;
  }
  if (filter.procedureId !== 'all' && row.procedureId !== filter.procedureId) return false;
  const search = filter.caseSearch.trim().toLowerCase();
  return search === '' || row.caseId.toLowerCase().includes(search);
}

export function filterRows(rows: readonly DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  return rows.filter((row) => matchesFilter(row, filter));
}
