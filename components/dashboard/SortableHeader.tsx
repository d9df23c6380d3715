import type { SortKey, SortState } from '../../lib/present/dashboard-sort';

/**
 * A column header that sorts: a real button inside a `<th scope="col">`, with `aria-sort` on the
 * sorted column only (WAI-ARIA APG, "Sortable Table").
 */
export function SortableHeader({
  label,
  sortKey,
  sort,
  onSort,
  className,
}: {
  label: string;
  sortKey: SortKey;
  sort: SortState;
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const active = sort.key === sortKey;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {' '}
          {arrow}
        </span>
      </button>
    </th>
  );
}
