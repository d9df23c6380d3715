import type { UnreadField } from '../../lib/domain';

/** What the page showed but could not be read: said plainly, so nobody trusts a gap. */
export function UnreadNotice({ unread }: { unread: readonly UnreadField[] }) {
  if (unread.length === 0) return null;
  return (
    <section className="panel notice" aria-labelledby="unread-heading" data-testid="unread">
      <h2 id="unread-heading">
        <span aria-hidden="true">⚠ </span>Could not read from this page
      </h2>
      <ul>
        {unread.map((u) => (
          <li key={`${u.field}-${u.raw ?? ''}-${u.reason}`}>
            <strong>{u.label ?? u.field}</strong>
            {u.raw ? ` (“${u.raw}”)` : ''}: {u.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
