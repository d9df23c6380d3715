// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SidebarActions } from '../../components/sidebar/actions';
import { LastCoreGroupPanel } from '../../components/sidebar/LastCoreGroupPanel';
import { preloadSectionForms } from '../../components/sidebar/SectionFormLater';
import { demoCases } from '../../demo/cases';
import type { CoreGroup } from '../../lib/domain';
import { describeChange } from '../../lib/present/correction-changes';
import { lastCoreGroupView } from '../../lib/present/last-core-group';
import {
  meetingEntryRows,
  meetingSectionChange,
  progressActions,
  progressEntry,
} from '../../lib/present/meeting-entry';
import type { Correction } from '../../lib/store/corrections';
import {
  ACTION_A,
  ACTION_B,
  completeMeeting,
  MUM,
  meetingCase,
  SW,
  TEACHER,
} from './meeting-fixtures';

// The sidebar fetches the forms once the case is on screen (SidebarPage.tsx); here, up front.
beforeAll(() => preloadSectionForms());
afterEach(cleanup);

const TODAY = '2027-01-20';
const DATE = '2027-01-07';
const page = {
  kind: 'page',
  pageKind: 'core-group',
  path: '/careflow/case/CF-9/core-groups',
  readAt: '2027-01-19T09:00:00.000Z',
} as const;

/** The latest meeting as a page showed it: the parents' views empty, the risk not shown. */
function latest(extra: Partial<CoreGroup> = {}): CoreGroup {
  const { riskTrend: _, ...rest } = completeMeeting(DATE, { parentsViews: null, ...extra });
  return { ...rest, source: page } as CoreGroup;
}

function mockActions(answer: { ok: true } | { ok: false; message: string } = { ok: true }) {
  return {
    correct: vi.fn<SidebarActions['correct']>(async () => answer),
    undo: vi.fn<SidebarActions['undo']>(async () => answer),
    saveSettings: vi.fn<SidebarActions['saveSettings']>(async () => answer),
  };
}

function entryCorrection(
  change: CorrectionChangeLike,
  id = 7,
  pageValue: unknown = null,
): Correction {
  return {
    id,
    caseId: 'CF-9',
    change: change as Correction['change'],
    enteredAt: '2027-01-19T10:00:00.000Z',
    pageValue,
    pageSource: page,
  } as Correction;
}
type CorrectionChangeLike = ReturnType<typeof meetingSectionChange>;

const row = (section: string) =>
  document.querySelector(`[data-testid="lcg-entry-row"][data-section="${section}"]`) as HTMLElement;

describe('meetingEntryRows', () => {
  it('says for each section whether it was read, shown empty, not read or entered, and from where', () => {
    const record = meetingCase([latest()]);
    const entered = entryCorrection(meetingSectionChange(DATE, 'riskTrend', 'stable'));
    const rows = meetingEntryRows(
      { ...record, coreGroups: [{ ...latest(), riskTrend: 'stable' }] },
      [entered],
      DATE,
    );
    const by = (s: string) => rows.find((r) => r.section === s);
    expect(by('parentsViews')).toMatchObject({ state: 'shown-empty', provenance: page });
    expect(by('childViews')).toMatchObject({ state: 'read', provenance: page });
    expect(by('riskTrend')).toMatchObject({
      state: 'entered',
      words: 'Stable',
      correctionId: 7,
      provenance: { kind: 'user', enteredAt: '2027-01-19T10:00:00.000Z' },
    });
    // A parent attended: why none did is not asked. The lists are offered like any section.
    expect(by('parentsAbsenceReason')).toBeUndefined();
    expect(by('apologies')?.state).toBeDefined();
    expect(by('attendees')).toMatchObject({ state: 'read', provenance: page });
    expect(meetingEntryRows(record, [], '2027-01-08')).toEqual([]);
  });

  it('keeps what the page showed beside a value entered over it', () => {
    const record = meetingCase([{ ...latest(), riskTrend: 'increasing' }]);
    const entered = entryCorrection(
      meetingSectionChange(DATE, 'riskTrend', 'increasing'),
      8,
      'stable',
    );
    const risk = meetingEntryRows(record, [entered], DATE).find((r) => r.section === 'riskTrend');
    expect(risk).toMatchObject({ words: 'Increasing', pageWords: 'Stable', pageSource: page });
  });

  it('ignores an entry that no longer applies', () => {
    const record = meetingCase([latest()]);
    const lapsed = {
      ...entryCorrection(meetingSectionChange(DATE, 'riskTrend', 'stable')),
      supersededAt: '2027-01-19T11:00:00.000Z',
    };
    const risk = meetingEntryRows(record, [lapsed], DATE).find((r) => r.section === 'riskTrend');
    expect(risk?.state).toBe('not-read');
    expect(risk?.correctionId).toBeUndefined();
    // Said beside the section, so the entry is not lost from sight.
    expect(risk?.lapsed).toEqual({ words: 'Stable', enteredAt: '2027-01-19T10:00:00.000Z' });
  });

  it('builds progress for every open plan action, keeping progress already recorded', () => {
    const record = meetingCase([latest()]);
    const current = [{ action: ACTION_A, status: 'in-progress' as const, carriedOver: true }];
    expect(progressActions(record, current)).toEqual([
      { action: ACTION_A, status: 'in-progress' },
      { action: ACTION_B },
    ]);
    const chosen = new Map([
      [ACTION_A, 'in-progress' as const],
      [ACTION_B, 'not-started' as const],
    ]);
    expect(progressEntry(current, chosen)).toEqual({
      ok: true,
      value: [
        { action: ACTION_A, status: 'in-progress', carriedOver: true },
        { action: ACTION_B, status: 'not-started' },
      ],
    });
    expect(progressEntry(undefined, new Map([[ACTION_A, 'not-recorded' as const]])).ok).toBe(false);
  });

  it('describes an entry for the list of corrections', () => {
    expect(describeChange(meetingSectionChange(DATE, 'nextMeetingDate', '2027-02-10'))).toBe(
      'Core group on 07/01/2027, date of the next core group: 10/02/2027',
    );
  });
});

describe('entering a section in the Last core group panel', () => {
  it('saves the parents’ views as a meeting section, then moves focus to the value', async () => {
    const actions = mockActions();
    render(
      <LastCoreGroupPanel
        record={meetingCase([latest()])}
        today={TODAY}
        actions={actions}
        corrections={[]}
      />,
    );
    const views = row('parentsViews');
    expect(within(views).getByTestId('lcg-entry-value').textContent).toBe(
      'Shown empty on the page',
    );
    fireEvent.click(within(views).getByRole('button', { name: "Enter The parents' views" }));
    const box = within(views).getByLabelText("The parents' views, as the record says");
    fireEvent.change(box, { target: { value: '  Mother wants the sessions to go on.  ' } });
    await act(async () => {
      fireEvent.click(within(views).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith({
      field: 'meetingSection',
      key: DATE,
      section: 'parentsViews',
      value: 'Mother wants the sessions to go on.',
    });
    expect(document.activeElement).toBe(within(views).getByTestId('lcg-entry-value'));
    expect(within(views).getByRole('status').textContent).toContain('Saved as entered by you');
    expect(within(views).queryByRole('textbox')).toBeNull();
  });

  it('refuses a blank answer with an alert tied to the field, sending nothing', async () => {
    const actions = mockActions();
    render(<LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} actions={actions} />);
    const views = row('parentsViews');
    fireEvent.click(within(views).getByRole('button', { name: "Enter The parents' views" }));
    await act(async () => {
      fireEvent.click(within(views).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).not.toHaveBeenCalled();
    const alert = within(views).getByRole('alert');
    expect(alert.textContent).toContain('Type what the meeting record says');
    const box = within(views).getByRole('textbox');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(alert.id);
    expect(document.activeElement).toBe(box);
  });

  it('checks a date before sending it and sends a risk chosen by radio button', async () => {
    const actions = mockActions();
    render(
      <LastCoreGroupPanel
        record={meetingCase([latest({ nextMeetingDate: null })])}
        today={TODAY}
        actions={actions}
      />,
    );
    const next = row('nextMeetingDate');
    fireEvent.click(
      within(next).getByRole('button', { name: /Enter Date of the next core group/ }),
    );
    const input = within(next).getByLabelText('Date of the next core group');
    fireEvent.change(input, { target: { value: '30/02/2027' } });
    await act(async () => {
      fireEvent.submit(input.closest('form') as HTMLFormElement);
    });
    expect(actions.correct).not.toHaveBeenCalled();
    expect(within(next).getByRole('alert').textContent).toContain('real date');
    fireEvent.change(input, { target: { value: '10/02/2027' } });
    await act(async () => {
      fireEvent.submit(input.closest('form') as HTMLFormElement);
    });
    expect(actions.correct).toHaveBeenLastCalledWith(
      meetingSectionChange(DATE, 'nextMeetingDate', '2027-02-10'),
    );

    const risk = row('riskTrend');
    fireEvent.click(within(risk).getByRole('button', { name: /Enter Risk/ }));
    fireEvent.click(within(risk).getByLabelText('Increasing'));
    await act(async () => {
      fireEvent.click(within(risk).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenLastCalledWith(
      meetingSectionChange(DATE, 'riskTrend', 'increasing'),
    );
  });

  it('says why the background refused, and keeps the form open', async () => {
    const actions = mockActions({ ok: false, message: 'Case CF-9 is not stored.' });
    render(<LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} actions={actions} />);
    const risk = row('riskTrend');
    fireEvent.click(within(risk).getByRole('button', { name: /Enter Risk/ }));
    fireEvent.click(within(risk).getByLabelText('Stable'));
    await act(async () => {
      fireEvent.click(within(risk).getByRole('button', { name: 'Save' }));
    });
    expect(within(risk).getByRole('status').textContent).toContain(
      'Not saved: Case CF-9 is not stored.',
    );
    expect(within(risk).getByLabelText('Stable')).toBeTruthy();
  });

  it('closes on Esc with focus back on its button', () => {
    render(
      <LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} actions={mockActions()} />,
    );
    const views = row('parentsViews');
    const button = within(views).getByRole('button', { name: "Enter The parents' views" });
    fireEvent.click(button);
    fireEvent.keyDown(within(views).getByRole('textbox'), { key: 'Escape' });
    expect(within(views).queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows an entered value as entered by the user, with Undo, and the gap gone', async () => {
    const actions = mockActions();
    const change = meetingSectionChange(DATE, 'parentsViews', 'Mother agrees.');
    const record = meetingCase([{ ...latest(), parentsViews: 'Mother agrees.' }]);
    render(
      <LastCoreGroupPanel
        record={record}
        today={TODAY}
        actions={actions}
        corrections={[entryCorrection(change, 12)]}
      />,
    );
    expect(lastCoreGroupView(record, TODAY).gaps.map((g) => g.title)).not.toContain(
      "The parents' views",
    );
    const views = row('parentsViews');
    expect(views.dataset.state).toBe('entered');
    expect(views.textContent).toContain('Entered by you on 19/01/2027');
    await act(async () => {
      fireEvent.click(
        within(views).getByRole('button', { name: "Undo The parents' views entered by you" }),
      );
    });
    expect(actions.undo).toHaveBeenCalledWith(12);
  });

  it('offers why no parent attended, and each absent member’s update, only where they apply', () => {
    const record = meetingCase([
      latest({ attendees: [SW, TEACHER], apologies: [{ ...MUM }], parentsAbsenceReason: null }),
    ]);
    render(<LastCoreGroupPanel record={record} today={TODAY} actions={mockActions()} />);
    expect(row('parentsAbsenceReason')).toBeTruthy();
    expect(within(row('apologies')).getByTestId('lcg-entry-value').textContent).toBe(
      'Dana Ambledown: update not recorded',
    );
  });

  it('shows the sections without forms when nothing can be changed', () => {
    render(<LastCoreGroupPanel record={meetingCase([latest()])} today={TODAY} />);
    expect(screen.getByTestId('lcg-entry')).toBeTruthy();
    expect(within(screen.getByTestId('lcg-entry')).queryAllByRole('button')).toEqual([]);
  });

  it('opens every section’s form on every demo case without a render error', () => {
    for (const demo of demoCases('2026-03-10')) {
      const { unmount } = render(
        <LastCoreGroupPanel record={demo.record} today="2026-03-10" actions={mockActions()} />,
      );
      const toggles = document.querySelectorAll(
        '[data-testid="lcg-entry-row"] button[aria-expanded="false"]',
      );
      for (const toggle of toggles) fireEvent.click(toggle);
      const rows = document.querySelectorAll('[data-testid="lcg-entry-row"]').length;
      expect(document.querySelectorAll('.meeting-entry-form').length, demo.scenario).toBe(rows);
      unmount();
    }
  });
});
