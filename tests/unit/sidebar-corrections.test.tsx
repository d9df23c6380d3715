// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarActions } from '../../components/sidebar/actions';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import { caseGlance } from '../../lib/present/case-glance';
import { computeFindings } from '../../lib/rules/compute-findings';
import { listProcedures } from '../../lib/rules/procedures';
import type { Correction } from '../../lib/store/corrections';
import { SettingsSchema } from '../../lib/store/settings';

afterEach(cleanup);

const TODAY = '2026-11-25';
const ORIGIN = 'http://127.0.0.1:4173';
const summaryPage = {
  kind: 'page',
  pageKind: 'case-summary',
  path: '/careflow/case/CF-9/summary',
  readAt: '2026-11-25T09:00:00.000Z',
} as const;
const record = (input: Partial<CaseRecordInput>) =>
  CaseRecordSchema.parse({ caseId: 'CF-9', ...input });

function mockActions(answer: { ok: true } | { ok: false; message: string } = { ok: true }) {
  return {
    correct: vi.fn<SidebarActions['correct']>(async () => answer),
    undo: vi.fn<SidebarActions['undo']>(async () => answer),
    saveSettings: vi.fn<SidebarActions['saveSettings']>(async () => answer),
  };
}

function show(
  r: ReturnType<typeof record>,
  actions: SidebarActions,
  corrections: Correction[] = [],
) {
  const findings = computeFindings(r, { today: TODAY });
  render(
    <Sidebar
      caseId="CF-9"
      today={TODAY}
      record={r}
      findings={findings}
      glance={caseGlance(r, findings, TODAY)}
      unread={[]}
      origin={ORIGIN}
      corrections={corrections}
      actions={actions}
      settings={{
        settings: SettingsSchema.parse({}),
        procedures: listProcedures().map(({ id, name }) => ({ id, name })),
        profile: { id: 'careflow', name: 'CareFlow (demo)' },
        problems: [],
      }}
    />,
  );
}

const fact = (field: string) =>
  document.querySelector(`[data-testid="key-fact"][data-field="${field}"]`) as HTMLElement;

describe('confirming, correcting and adding a value', () => {
  const r = record({
    region: 'england-and-wales',
    icpcDate: '2026-10-01',
    provenance: { icpcDate: summaryPage, region: summaryPage },
    children: [{ id: 'amy', name: 'Amy' }],
  });

  it('confirms a value read from a page as the same value, noted as confirmed', async () => {
    const actions = mockActions();
    show(r, actions);
    await act(async () => {
      fireEvent.click(within(fact('icpcDate')).getByRole('button', { name: 'Confirm ICPC date' }));
    });
    expect(actions.correct).toHaveBeenCalledWith(
      { field: 'icpcDate', key: '', value: '2026-10-01' },
      'Confirmed as shown',
    );
  });

  it('corrects a date typed the UK way, and refuses one that does not exist without sending it', async () => {
    const actions = mockActions();
    show(r, actions);
    const row = fact('icpcDate');
    fireEvent.click(within(row).getByRole('button', { name: 'Correct ICPC date' }));
    const input = within(row).getByLabelText('ICPC date') as HTMLInputElement;
    expect(input.value).toBe('01/10/2026');
    fireEvent.change(input, { target: { value: '31/09/2026' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    expect(actions.correct).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(row.textContent).toContain('Enter a real date as DD/MM/YYYY');
    fireEvent.change(input, { target: { value: '2/10/2026' } });
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith(
      { field: 'icpcDate', key: '', value: '2026-10-02' },
      undefined,
    );
  });

  it('adds a plan end date the pages did not show', async () => {
    const actions = mockActions();
    show(r, actions);
    const row = fact('planEndDate');
    expect(within(row).getByTestId('key-fact-value').textContent).toBe('Not recorded');
    expect(within(row).queryByRole('button', { name: /Confirm/ })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Add Plan end date' }));
    fireEvent.change(within(row).getByLabelText('Plan end date'), {
      target: { value: '01/03/2027' },
    });
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith(
      { field: 'planEndDate', key: '', value: '2027-03-01' },
      undefined,
    );
  });

  it('says why when the background refuses, in words', async () => {
    const actions = mockActions({ ok: false, message: 'Case CF-9 is not stored.' });
    show(r, actions);
    await act(async () => {
      fireEvent.click(within(fact('icpcDate')).getByRole('button', { name: 'Confirm ICPC date' }));
    });
    expect(within(fact('icpcDate')).getByRole('status').textContent).toContain(
      'Not saved: Case CF-9 is not stored.',
    );
  });
});

describe('entering what an unknown lacks', () => {
  it('records whether a child was seen alone at the visit that does not say', async () => {
    const r = record({
      icpcDate: '2026-10-01',
      children: [
        { id: 'amy', name: 'Amy' },
        { id: 'ben', name: 'Ben' },
      ],
      visits: [
        {
          date: '2026-11-20',
          children: [
            { childId: 'amy', seen: true },
            { childId: 'ben', seen: true, seenAlone: true },
          ],
        },
      ],
    });
    const actions = mockActions();
    show(r, actions);
    const question = screen.getByRole('group', {
      name: /Was Amy seen alone at the visit on 20\/11\/2026/,
    });
    await act(async () => {
      fireEvent.click(within(question).getByRole('button', { name: 'Yes, seen alone' }));
    });
    expect(actions.correct).toHaveBeenCalledWith({
      field: 'visits',
      key: '2026-11-20',
      value: {
        date: '2026-11-20',
        children: [
          { childId: 'amy', seen: true, seenAlone: true },
          { childId: 'ben', seen: true, seenAlone: true },
        ],
      },
    });
  });

  it('enters the ICPC date from the unknown first core group', async () => {
    const actions = mockActions();
    show(record({ children: [{ id: 'amy', name: 'Amy' }] }), actions);
    const first = document.querySelector('[data-rule="first-core-group"]') as HTMLElement;
    const open = within(first).getByRole('button', { name: 'Enter the ICPC date' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(within(first).getByLabelText('Date of the ICPC'), {
      target: { value: '01/10/2026' },
    });
    await act(async () => {
      fireEvent.click(within(first).getByRole('button', { name: 'Save' }));
    });
    expect(actions.correct).toHaveBeenCalledWith({
      field: 'icpcDate',
      key: '',
      value: '2026-10-01',
    });
  });
});

describe('undoing a correction', () => {
  const r = record({
    icpcDate: '2026-10-02',
    provenance: { icpcDate: { kind: 'user', enteredAt: '2026-11-24T10:00:00.000Z' } },
  });
  const corrections: Correction[] = [
    {
      id: 7,
      caseId: 'CF-9',
      change: { field: 'icpcDate', key: '', value: '2026-10-02' },
      enteredAt: '2026-11-24T10:00:00.000Z',
      pageValue: '2026-10-01',
    },
    {
      id: 3,
      caseId: 'CF-9',
      change: { field: 'planEndDate', key: '', value: '2027-01-01' },
      enteredAt: '2026-11-20T10:00:00.000Z',
      pageValue: null,
      supersededAt: '2026-11-22T10:00:00.000Z',
    },
  ];

  it('lists each correction as entered by you, says which no longer apply, and undoes one', async () => {
    const actions = mockActions();
    show(r, actions, corrections);
    const listed = screen.getAllByTestId('correction');
    expect(listed.map((c) => c.dataset.lapsed)).toEqual(['no', 'yes']);
    expect(listed[0]?.textContent).toContain('ICPC date: 02/10/2026 Entered by you on 24/11/2026.');
    expect(listed[1]?.textContent).toContain('No longer applies');
    expect(within(fact('icpcDate')).getByTestId('key-fact-value').textContent).toBe('02/10/2026');
    expect(fact('icpcDate').textContent).toContain('Entered by you on 24/11/2026');
    await act(async () => {
      fireEvent.click(within(listed[0] as HTMLElement).getByRole('button', { name: /^Undo/ }));
    });
    expect(actions.undo).toHaveBeenCalledWith(7);
  });
});

describe('settings', () => {
  it('are reachable from the header, and saving sends the region and procedure chosen', async () => {
    const actions = mockActions();
    show(record({ region: 'scotland', children: [] }), actions);
    const button = screen.getByRole('button', { name: 'Settings' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByTestId('settings');
    expect(within(panel).getByTestId('site-profile').textContent).toContain(
      'CareFlow (demo) (careflow)',
    );
    const region = within(panel).getByLabelText('Nation (bank holidays)') as HTMLSelectElement;
    expect(region.options[0]?.textContent).toBe('As the case pages say (Scotland)');
    fireEvent.change(region, { target: { value: 'northern-ireland' } });
    fireEvent.change(within(panel).getByLabelText('Local procedure (timescales)'), {
      target: { value: 'scotland' },
    });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));
    });
    expect(actions.saveSettings).toHaveBeenCalledWith({
      regionOverride: 'northern-ireland',
      procedureId: 'scotland',
    });
  });
});
