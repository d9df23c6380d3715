// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SidebarActions } from '../../components/sidebar/actions';
import { LastCoreGroupPanel } from '../../components/sidebar/LastCoreGroupPanel';
import { preloadSectionForms } from '../../components/sidebar/SectionFormLater';
import type { CoreGroup } from '../../lib/domain';
import { completeMeeting, meetingCase } from './meeting-fixtures';

// The sidebar fetches the forms once the case is on screen (SidebarPage.tsx); here, up front.
beforeAll(() => preloadSectionForms());
afterEach(cleanup);

// All names are fictional.
const TODAY = '2027-01-20';
const DATE = '2027-01-07';

/** The latest meeting as a page showed it, without who attended or the new actions. */
function latest(): CoreGroup {
  const { attendees: _, newActions: __, ...rest } = completeMeeting(DATE);
  return rest as CoreGroup;
}

function mockActions() {
  return {
    correct: vi.fn<SidebarActions['correct']>(async () => ({ ok: true })),
    undo: vi.fn<SidebarActions['undo']>(async () => ({ ok: true })),
    saveSettings: vi.fn<SidebarActions['saveSettings']>(async () => ({ ok: true })),
  };
}

const row = (section: string) =>
  document.querySelector(`[data-testid="lcg-entry-row"][data-section="${section}"]`) as HTMLElement;

describe('entering a list section in the Last core group panel', () => {
  it('takes "no apologies" and "no new actions" as answers, not as sections without a value', () => {
    const record = meetingCase([{ ...latest(), apologies: [], newActions: [] }]);
    render(<LastCoreGroupPanel record={record} today={TODAY} actions={mockActions()} />);
    expect(row('apologies').dataset.state).toBe('read');
    expect(within(row('newActions')).getByTestId('lcg-entry-value').textContent).toBe(
      'no new actions',
    );
    expect(row('attendees').dataset.state).toBe('not-read');
  });

  it('edits who attended row by row, keeping focus where the worker is, and saves the list whole', async () => {
    const actions = mockActions();
    render(<LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} actions={actions} />);
    const attendees = row('attendees');
    expect(attendees.dataset.state).toBe('not-read');
    fireEvent.click(within(attendees).getByRole('button', { name: 'Enter Who attended' }));

    // Saving with nothing typed is refused, with the alert on the field, which takes the focus.
    await act(async () => {
      fireEvent.click(within(attendees).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).not.toHaveBeenCalled();
    const alert = within(attendees).getByRole('alert');
    expect(alert.textContent).toContain('at least one person');
    const name1 = within(attendees).getByLabelText('Name, person 1');
    expect(document.activeElement).toBe(name1);
    expect(name1.getAttribute('aria-invalid')).toBe('true');
    expect(name1.getAttribute('aria-describedby')).toBe(alert.id);

    fireEvent.change(name1, { target: { value: 'Chloe Wren' } });
    fireEvent.change(within(attendees).getByLabelText('Role (optional), person 1'), {
      target: { value: 'mother' },
    });
    await act(async () => {
      fireEvent.click(within(attendees).getByRole('button', { name: 'Add a person' }));
    });
    const name2 = within(attendees).getByLabelText('Name, person 2');
    expect(document.activeElement).toBe(name2);
    // A second row with a role but no name is refused, naming the row; focus goes to it.
    fireEvent.change(within(attendees).getByLabelText('Role (optional), person 2'), {
      target: { value: 'GP' },
    });
    await act(async () => {
      fireEvent.click(within(attendees).getByRole('button', { name: 'Save' }));
    });
    expect(within(attendees).getByRole('alert').textContent).toContain('Person 2: enter the name.');
    expect(document.activeElement).toBe(name2);

    // Removing it moves focus to the row before.
    await act(async () => {
      fireEvent.click(within(attendees).getByRole('button', { name: 'Remove person 2' }));
    });
    expect(within(attendees).queryByLabelText('Name, person 2')).toBeNull();
    expect(document.activeElement).toBe(within(attendees).getByLabelText('Name, person 1'));

    await act(async () => {
      fireEvent.click(within(attendees).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith({
      field: 'meetingSection',
      key: DATE,
      section: 'attendees',
      value: [{ name: 'Chloe Wren', role: 'mother' }],
    });
    expect(document.activeElement).toBe(within(attendees).getByTestId('lcg-entry-value'));
  });

  it('saves new actions with a date checked first, and closes on Esc back to its button', async () => {
    const actions = mockActions();
    render(<LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} actions={actions} />);
    const news = row('newActions');
    const open = within(news).getByRole('button', { name: 'Enter New or amended actions' });
    fireEvent.click(open);
    fireEvent.change(within(news).getByLabelText('What is to be done, action 1'), {
      target: { value: 'Mentor at school' },
    });
    const due = within(news).getByLabelText('By when, DD/MM/YYYY (optional), action 1');
    fireEvent.change(due, { target: { value: '31/02/2027' } });
    await act(async () => {
      fireEvent.click(within(news).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(due);
    fireEvent.change(due, { target: { value: '28/02/2027' } });
    await act(async () => {
      fireEvent.click(within(news).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith({
      field: 'meetingSection',
      key: DATE,
      section: 'newActions',
      value: [{ text: 'Mentor at school', due: '2027-02-28' }],
    });

    fireEvent.click(open);
    fireEvent.keyDown(within(news).getByLabelText('What is to be done, action 1'), {
      key: 'Escape',
    });
    expect(document.activeElement).toBe(open);
  });
});
