import type { Pending } from './actions';

/** The outcome of a change, announced politely; a refusal says why, in words. */
export function StatusLine({ pending }: { pending: Pending }) {
  const said = pending.said;
  return (
    <p role="status" className={said && !said.ok ? 'status-line status-error' : 'status-line'}>
      {pending.busy ? (
        'Saving…'
      ) : said ? (
        <>
          <span aria-hidden="true">{said.ok ? '✔ ' : '✖ '}</span>
          {said.ok ? '' : 'Not saved: '}
          {said.text}
        </>
      ) : null}
    </p>
  );
}
