// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVisitForm } from '../../entrypoints/content/visit-form-watch';
import { controlValue } from '../../lib/extract/shown-value';

/** What a select shows, asked option by option: the definition controlValue's shortcut keeps. */
function chosenOptions(select: HTMLSelectElement): string[] {
  return Array.from(select.options)
    .filter((o) => o.selected)
    .map((o) => (o.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

describe('a select’s shown value', () => {
  it('is the chosen option, however the choice was made', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.constantFrom('Yes', 'No', ' Not  known ', ''),
            marked: fc.boolean(),
          }),
          {
            maxLength: 6,
          },
        ),
        fc.boolean(),
        fc.option(fc.nat(7), { nil: undefined }),
        (options, multiple, chosenLater) => {
          // Parsed, as the host's pages arrive (happy-dom misses a `selected` attribute set later).
          const markup = options
            .map(({ label, marked }) => `<option${marked ? ' selected' : ''}>${label}</option>`)
            .join('');
          const parsed = new DOMParser().parseFromString(
            `<select${multiple ? ' multiple' : ''}>${markup}</select>`,
            'text/html',
          );
          const select = parsed.querySelector('select') as HTMLSelectElement;
          // A choice the worker made after the page loaded, as a script would set it.
          if (chosenLater !== undefined)
            select.selectedIndex = (chosenLater % (options.length + 1)) - 1;
          expect(controlValue(select).lines).toEqual(chosenOptions(select));
        },
      ),
    );
  });
});

describe('the visit form watch', () => {
  it('finds no form on a page whose fieldsets hold no radio buttons', () => {
    document.body.innerHTML = `<fieldset><legend>Was the child seen alone?</legend>
      <select><option>Yes</option></select></fieldset>`;
    expect(readVisitForm(document)).toBeUndefined();
  });
});
