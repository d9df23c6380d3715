import type { Rag } from '../../lib/present/case-glance';
import type { DashboardFilter, RegionChoice } from '../../lib/present/dashboard-filter';
import { RAG_LABELS, REGION_NOT_RECORDED } from '../../lib/present/dashboard-labels';
import { REGION_LABELS } from '../../lib/present/labels';

export interface ProcedureChoice {
  id: string;
  name: string;
}

const RAGS: readonly Rag[] = ['red', 'amber', 'grey', 'green'];

/** The filters, each a labelled form control; the count of cases shown is announced politely. */
export function CaseFilters({
  filter,
  onChange,
  procedures,
  shown,
  total,
}: {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  procedures: readonly ProcedureChoice[];
  shown: number;
  total: number;
}) {
  const set = <K extends keyof DashboardFilter>(key: K, value: DashboardFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <form
      className="filters"
      aria-labelledby="filters-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="filters-heading" className="visually-hidden">
        Filter the cases
      </h2>
      <div className="filter">
        <label htmlFor="filter-case">Case reference</label>
        <input
          id="filter-case"
          type="search"
          value={filter.caseSearch}
          autoComplete="off"
          onChange={(e) => set('caseSearch', e.target.value)}
        />
      </div>
      <div className="filter filter-check">
        <input
          id="filter-overdue"
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(e) => set('overdueOnly', e.target.checked)}
        />
        <label htmlFor="filter-overdue">Overdue only</label>
      </div>
      <div className="filter">
        <label htmlFor="filter-rag">Status</label>
        <select
          id="filter-rag"
          value={filter.rag}
          onChange={(e) => set('rag', e.target.value as DashboardFilter['rag'])}
        >
          <option value="all">All statuses</option>
          {RAGS.map((rag) => (
            <option key={rag} value={rag}>
              {RAG_LABELS[rag].word}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-region">Region</label>
        <select
          id="filter-region"
          value={filter.region}
          onChange={(e) => set('region', e.target.value as RegionChoice)}
        >
          <option value="all">All regions</option>
          {Object.entries(REGION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="not-recorded">{REGION_NOT_RECORDED}</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-procedure">Procedure</label>
        <select
          id="filter-procedure"
          value={filter.procedureId}
          onChange={(e) => set('procedureId', e.target.value)}
        >
          <option value="all">All procedures</option>
          {procedures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-count" role="status" aria-live="polite" data-testid="shown-count">
        Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} case
        {total === 1 ? '' : 's'}
      </p>
    </form>
  );
}
