import type { Outcome } from './outcome';

/**
 * Progress and success are announced politely; a failure interrupts (role="alert"), because a
 * refused import or a full disk must not be missed. The live regions are always in the page so
 * screen readers hear changes to them.
 */
export function OutcomeMessage({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const failed = outcome.kind === 'failed';
  return (
    <>
      <div role="status" className="outcome" data-testid={`${testId}-status`}>
        {outcome.kind === 'working' || outcome.kind === 'done' ? (
          <p className={outcome.kind === 'done' ? 'outcome-done' : 'outcome-working'}>
            {outcome.message}
          </p>
        ) : null}
      </div>
      <div role="alert" className="outcome" data-testid={`${testId}-error`}>
        {failed ? (
          <div className="outcome-failed">
            <p>{outcome.message}</p>
            {outcome.issues && outcome.issues.length > 0 ? (
              <ul aria-label="What is wrong">
                {outcome.issues.map((issue, i) => (
                  // Issues can repeat word for word; their order is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed list, never reordered
                  <li key={i}>{issue}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
