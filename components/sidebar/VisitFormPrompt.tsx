import type { Child } from '../../lib/domain';
import type { VisitFormChild } from '../../lib/present/sidebar-frame';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import { visitFormPrompt } from '../../lib/present/visit-form-prompt';

/**
 * On a visit form: who still has no answer to "seen alone?", or a "no" with no reason. It updates
 * as the worker fills the form in, and is announced politely, never blocking the host's form.
 */
export function VisitFormPrompt({
  form,
  caseChildren,
}: {
  form: readonly VisitFormChild[];
  caseChildren: readonly Child[];
}) {
  const prompt = visitFormPrompt(form, caseChildren);
  const done = prompt.items.length === 0;
  return (
    <section
      className={`prompt ${done ? 'prompt-done' : 'prompt-warn'}`}
      aria-labelledby="visit-form-heading"
      data-testid="visit-form-prompt"
    >
      <h2 id="visit-form-heading">
        <span aria-hidden="true">{done ? '✔ ' : '⚠ '}</span>Recording a visit
      </h2>
      <div role="status">
        {done ? (
          <p>Seen alone is answered for every child seen on this form.</p>
        ) : (
          <>
            <p>Say whether each child was seen alone, or record why not:</p>
            <ul>
              {withUniqueKeys(prompt.items, (i) => i.name).map(({ key, item }) => (
                <li key={key} data-testid="visit-form-gap" data-gap={item.gap}>
                  <strong>{item.name}</strong>:{' '}
                  {item.gap === 'seen-alone-unanswered'
                    ? '"Seen alone?" is not answered.'
                    : 'not seen alone, and no reason is given.'}
                  {item.preVerbal
                    ? ' Pre-verbal: record that they were seen, and why not alone.'
                    : item.notRequired
                      ? ' The conference decided seen alone is not required: say so.'
                      : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
