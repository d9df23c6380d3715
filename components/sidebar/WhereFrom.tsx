import type { Provenance } from '../../lib/domain';
import { PAGE_KIND_LABELS, whereFrom } from '../../lib/present/where-from';

/**
 * Where a value came from: the page it was read from, as a link that opens that page of the case
 * system in the window the sidebar sits in (not inside the sidebar), or "entered by you".
 */
export function WhereFrom({ provenance, origin }: { provenance?: Provenance; origin?: string }) {
  const from = whereFrom(provenance, origin);
  if (from.kind !== 'page' || !from.href || provenance?.kind !== 'page') {
    return <span className={`where-from where-${from.kind}`}>{from.text}</span>;
  }
  const page = PAGE_KIND_LABELS[provenance.pageKind];
  const [before, after] = from.text.split(page);
  return (
    <span className="where-from where-page">
      {before}
      <a href={from.href} target="_top">
        {page}
      </a>
      {after}
    </span>
  );
}
