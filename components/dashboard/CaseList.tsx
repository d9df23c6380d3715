import type { IsoDate } from '../../lib/domain';
import type { Rag } from '../../lib/present/case-glance';
import type { DashboardFilter } from '../../lib/present/dashboard-filter';
import { RAG_LABELS } from '../../lib/present/dashboard-labels';
import type { DashboardRow } from '../../lib/present/dashboard-rows';
import type { SortKey, SortState } from '../../lib/present/dashboard-sort';
import { CaseFilters, type ProcedureChoice } from './CaseFilters';
import { CaseTable } from './CaseTable';

const RAG_ORDER: readonly Rag[] = ['red', 'amber', 'grey', 'green'];

export interface CaseListProps {
  /** All cases (for the totals), and the ones the filter lets through, sorted. */
  allRows: readonly DashboardRow[];
  rows: readonly DashboardRow[];
  filter: DashboardFilter;
  onFilterChange: (filter: DashboardFilter) => void;
  sort: SortState;
  onSort: (key: SortKey) => void;
  procedures: readonly ProcedureChoice[];
  today: IsoDate;
  hrefFor: (caseId: string) => string;
  fallbackHeight?: number;
}

/** The practice lead's list: totals by RAG, filters, and the table of cases. */
export function CaseList(props: CaseListProps) {
  const { allRows, rows } = props;
  const byRag = new Map<Rag, number>();
  for (const row of allRows) byRag.set(row.rag, (byRag.get(row.rag) ?? 0) + 1);
  return (
    <section aria-labelledby="cases-heading" className="case-list">
      <h1 id="cases-heading">Child protection cases</h1>
      <ul className="rag-totals" aria-label="Cases by status" data-testid="rag-totals">
        {RAG_ORDER.map((rag) => (
          <li key={rag} className={`rag-pill rag-${rag}`}>
            <span aria-hidden="true">{RAG_LABELS[rag].icon}</span> {RAG_LABELS[rag].word}:{' '}
            {(byRag.get(rag) ?? 0).toLocaleString('en-GB')}
          </li>
        ))}
      </ul>
      <CaseFilters
        filter={props.filter}
        onChange={props.onFilterChange}
        procedures={props.procedures}
        shown={rows.length}
        total={allRows.length}
      />
      {allRows.length === 0 ? (
        <p data-testid="no-cases">
          No cases have been read yet. Open a case's pages in the case system and they will appear
          here.
        </p>
      ) : rows.length === 0 ? (
        <p data-testid="no-matches">No cases match these filters.</p>
      ) : (
        <CaseTable
          rows={rows}
          sort={props.sort}
          onSort={props.onSort}
          today={props.today}
          hrefFor={props.hrefFor}
          {...(props.fallbackHeight !== undefined ? { fallbackHeight: props.fallbackHeight } : {})}
        />
      )}
    </section>
  );
}
