import { PAGE_KIND_LABELS, pageLink, ukDateOf } from '../../lib/present/where-from';
import type { PageSeen } from '../../lib/store/case-repository';

/** Which pages of the case have been read, and when: what everything above rests on. */
export function PagesRead({ pages, origin }: { pages: readonly PageSeen[]; origin?: string }) {
  return (
    <details className="pages-read" data-testid="pages-read">
      <summary>Pages read for this case ({pages.length})</summary>
      <p className="hint">
        Only what these pages showed is known here. Anything recorded elsewhere in the case system
        is not.
      </p>
      <ul className="plain-list">
        {pages.map((p) => {
          const href = pageLink(origin, p.path);
          const label = PAGE_KIND_LABELS[p.pageKind];
          const on = ukDateOf(p.checkedAt);
          return (
            <li key={p.path}>
              {href ? (
                <a href={href} target="_top">
                  {label}
                </a>
              ) : (
                label
              )}
              {on ? `, last read ${on}` : ''}
              {p.unread ? ` (${p.unread} value${p.unread === 1 ? '' : 's'} could not be read)` : ''}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
