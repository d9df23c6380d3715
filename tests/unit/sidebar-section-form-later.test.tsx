// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { meetingCase } from './meeting-fixtures';

afterEach(cleanup);

describe('an entry form opened before its code has loaded', () => {
  it('says it is opening, then shows the form, which works as loaded', async () => {
    // A fresh copy of the module: nothing preloaded, as in a sidebar that has just painted.
    vi.resetModules();
    const { SectionFormLater, preloadSectionForms } = await import(
      '../../components/sidebar/SectionFormLater'
    );
    const onCancel = vi.fn();
    render(
      <SectionFormLater
        section="parentsViews"
        date="2027-01-07"
        record={meetingCase([])}
        value={undefined}
        busy={false}
        onSave={() => undefined}
        onCancel={onCancel}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Opening the form…');
    const box = await screen.findByLabelText("The parents' views, as the record says");
    expect(screen.queryByText('Opening the form…')).toBeNull();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    // Once loaded, it is the same module every later form uses, shown at once.
    expect((await preloadSectionForms()).SectionForm).toBeTypeOf('function');
  });
});
