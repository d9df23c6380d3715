import type { PageKind, UnreadField } from '../../lib/domain';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import { PAGE_KIND_LABELS, pageLink } from '../../lib/present/where-from';

type UnreadItem = UnreadField & { path?: string; pageKind?: PageKind };

/** What the page showed but could not be read: said plainly, so nobody trusts a gap. */
export function UnreadNotice({
  unread,
  origin,
}: {
  unread: readonly UnreadItem[];
  origin?: string;
}) {
  if (unread.length === 0) return null;
  return (
    <section className="panel notice" aria-labelledby="unread-heading" data-testid="unread">
      <h2 id="unread-heading">
        <span aria-hidden="true">⚠ </span>Could not read
      </h2>
      <ul>
        {withUniqueKeys(unread, (u) => `${u.path ?? ''}|${u.field}|${u.raw ?? ''}`).map(
          ({ key, item: u }) => {
            const href = u.path ? pageLink(origin, u.path) : undefined;
            return (
              <li key={key}>
                <strong>{u.label ?? u.field}</strong>
                {u.raw ? ` (“${u.raw}”)` : ''}: {u.reason}
                {href && u.pageKind ? (
                  <>
                    {' '}
                    (on the{' '}
                    <a href={href} target="_top">
                      {PAGE_KIND_LABELS[u.pageKind]}
                    </a>
                    )
                  </>
                ) : null}
              </li>
            );
          },
        )}
      </ul>
    </section>
  );
}
