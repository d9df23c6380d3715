import { useEffect, useId, useRef, useState } from 'react';
import { CasePicker } from './CasePicker';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';
import { chosenCase, type StoredCase } from './stored-case';

export interface DeleteCaseFormProps {
  /** Undefined while the list loads. */
  cases: readonly StoredCase[] | undefined;
  outcome: Outcome;
  onDelete: (caseId: string) => void;
}

/** "Delete this case": pick a stored case, then confirm; the case system is not touched. */
export function DeleteCaseForm({ cases, outcome, onDelete }: DeleteCaseFormProps) {
  const id = useId();
  const [picked, setPicked] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const askedBefore = useRef(false);
  const caseId = chosenCase(cases ?? [], picked);

  // Keyboard and screen-reader users land on the question the button just asked, and back on
  // the button once it is answered, rather than at the top of the page.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (askedBefore.current) startRef.current?.focus();
    askedBefore.current = confirming;
  }, [confirming]);

  return (
    <section aria-labelledby={`${id}-heading`} className="options-section">
      <h2 id={`${id}-heading`}>Delete one case</h2>
      {cases === undefined ? (
        <p>Loading the stored cases…</p>
      ) : cases.length === 0 ? (
        <p data-testid="no-cases">No cases are stored.</p>
      ) : (
        <>
          <div className="field">
            <CasePicker
              id={`${id}-case`}
              label="Case to delete"
              cases={cases}
              value={caseId}
              onChange={(next) => {
                setPicked(next);
                setConfirming(false);
              }}
            />
          </div>
          {confirming ? (
            <fieldset className="confirm">
              <legend>
                Delete case {caseId} and everything Core Group Lens stored about it? This cannot be
                undone here; the case system is not changed.
              </legend>
              <div className="row">
                <button
                  ref={confirmRef}
                  type="button"
                  className="button button-danger"
                  disabled={outcome.kind === 'working'}
                  onClick={() => {
                    setConfirming(false);
                    onDelete(caseId);
                  }}
                >
                  Yes, delete case {caseId}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirming(false)}
                >
                  Cancel
                </button>
              </div>
            </fieldset>
          ) : (
            <div className="row">
              <button
                ref={startRef}
                type="button"
                className="button button-danger"
                disabled={outcome.kind === 'working'}
                onClick={() => setConfirming(true)}
              >
                Delete this case
              </button>
            </div>
          )}
        </>
      )}
      <OutcomeMessage outcome={outcome} testId="delete-case" />
    </section>
  );
}
