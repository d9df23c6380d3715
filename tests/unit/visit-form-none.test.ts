// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readVisitForm } from '../../entrypoints/content/visit-form-watch';

describe('the visit form watch on a page with no visit form', () => {
  it('finds none where no fieldset holds a radio button, whatever its legend asks', () => {
    document.body.innerHTML = `<fieldset><legend>Was the child seen alone?</legend>
      <select><option>Yes</option></select></fieldset>
      <input type="radio" name="outside-any-fieldset">`;
    expect(readVisitForm(document)).toBeUndefined();
  });
});
