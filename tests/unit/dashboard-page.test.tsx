// @vitest-environment happy-dom
import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { liveQuery } from 'dexie';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderPermission } from '../../components/dashboard/RemindersPanel';
import { demoCases } from '../../demo/cases';
import { DashboardPage } from '../../entrypoints/dashboard/DashboardPage';
import type { ReminderControls } from '../../entrypoints/dashboard/reminder-permission';
import type {
  DashboardSettings,
  SettingsSource,
} from '../../entrypoints/dashboard/settings-source';
import { caseGlance } from '../../lib/present/case-glance';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import { GENERATED_NOTICE } from '../../lib/reports/generated-notice';
import { computeFindings } from '../../lib/rules/compute-findings';
import { applyPageRead, getSettings, type LensDb, openLensDb, putSettings } from '../../lib/store';
import { pageReadOf, seedStore, TEST_ORIGIN } from './dashboard-fixtures';

// The suite runs beside others on two cores: wait for states generously, never for a time.
configure({ asyncUtilTimeout: 15_000 });

const TODAY = '2026-11-25';
const clock = () => new Date(`${TODAY}T12:00:00.000Z`);
const records = demoCases(TODAY).map((c) => c.record);
const demoRecord = (caseId: string) => {
  const record = records.find((r) => r.caseId === caseId);
  if (!record) throw new Error(`no demo case ${caseId}`);
  return record;
};

let db: LensDb;
let saved: { name: string; text: string; type: string }[];
let printed: number;

function controls(initial: ReminderPermission = 'not-granted'): ReminderControls & {
  calls: string[];
} {
  let state = initial;
  const calls: string[] = [];
  return {
    calls,
    state: async () => state,
    turnOn: async () => {
      calls.push('on');
      state = 'granted';
      return state;
    },
    turnOff: async () => {
      calls.push('off');
      state = 'not-granted';
      return state;
    },
    // As the background does on a put-settings message.
    setDaysBefore: async (days) => {
      calls.push(`days ${days}`);
      const result = await putSettings(db, { reminders: { daysBefore: days } }, clock());
      return result.ok ? undefined : result.error.message;
    },
  };
}

/** The settings as the background answers them: the store's, with any policy on top. */
function storeSettings(policy: Partial<DashboardSettings> = {}): SettingsSource {
  return {
    async get() {
      const local = await getSettings(db);
      return local.ok
        ? { ok: true, value: { ...local.value, ...policy } }
        : { ok: false, message: local.error.message };
    },
    onChange(listener) {
      const subscription = liveQuery(() => db.settings.toArray()).subscribe({ next: listener });
      return () => subscription.unsubscribe();
    },
  };
}

function renderPage(reminders = controls(), settingsSource = storeSettings()) {
  return render(
    <DashboardPage
      db={db}
      reminders={reminders}
      settingsSource={settingsSource}
      clock={clock}
      fallbackHeight={900}
      save={(name, text, type) => saved.push({ name, text, type })}
      print={() => printed++}
    />,
  );
}

/** Follows a link to `hash`, as the browser does (the page listens for hashchange). */
const go = async (hash: string) => {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

const rowOf = (caseId: string) =>
  document.querySelector<HTMLElement>(`tr[data-case-id="${CSS.escape(caseId)}"]`);

beforeEach(async () => {
  db = openLensDb(`dashboard-page-${crypto.randomUUID()}`);
  saved = [];
  printed = 0;
  window.location.hash = '';
  await seedStore(db, records, clock());
}, 60_000);
afterEach(() => {
  cleanup();
  db.close();
});

describe('the dashboard page over the store', { timeout: 60_000 }, () => {
  it('lists every stored case with the RAG the sidebar gives it', async () => {
    renderPage();
    await screen.findByRole('table');
    for (const record of records) {
      const glance = caseGlance(record, computeFindings(record, { today: TODAY }), TODAY);
      const row = rowOf(record.caseId);
      expect(row, record.caseId).not.toBeNull();
      expect(within(row as HTMLElement).getByTestId('rag').dataset.rag).toBe(glance.rag);
      expect(within(row as HTMLElement).getByTestId('rag').textContent).toContain(glance.ragText);
    }
    expect(screen.getByTestId('shown-count').textContent).toBe(
      `Showing ${records.length} of ${records.length} cases`,
    );
  });

  it('updates a row when a page read changes its case', async () => {
    renderPage();
    await screen.findByRole('table');
    const row = () => rowOf('CF-1002') as HTMLElement;
    expect(within(row()).getByTestId('rag').dataset.rag).toBe('red');

    const record = demoRecord('CF-1002');
    const updated = { ...record, coreGroups: [{ date: TODAY, status: 'held' as const }] };
    const later = new Date(`${TODAY}T13:00:00.000Z`);
    await applyPageRead(db, pageReadOf(updated, later.toISOString()), {
      origin: TEST_ORIGIN,
      now: later,
    });
    const expected = caseGlance(updated, computeFindings(updated, { today: TODAY }), TODAY);
    expect(expected.rag).not.toBe('red');
    await waitFor(() => expect(within(row()).getByTestId('rag').dataset.rag).toBe(expected.rag));
  });

  it("opens a case's detail: glance, timeline with the missed stretch, findings, plan", async () => {
    renderPage();
    await screen.findByRole('table');
    await go('#case=CF-1002');
    const detail = await screen.findByTestId('case-detail');
    expect(within(detail).getByTestId('detail-case-id').textContent).toBe('CF-1002');
    // Focus moves to the new view's heading, so a screen reader announces it.
    await waitFor(() => expect(document.activeElement?.id).toBe('case-heading'));
    const timeline = within(detail).getByTestId('timeline');
    expect(timeline.getAttribute('role')).toBe('img');
    expect(timeline.querySelectorAll('[data-testid="missed-span"]').length).toBeGreaterThan(0);
    expect(
      timeline.querySelector('[data-rule="first-core-group"]')?.getAttribute('data-status'),
    ).toBe('overdue');
    expect(detail.querySelector('[data-rule="first-core-group"]')?.textContent).toContain(
      'Overdue',
    );
    expect(within(detail).getByTestId('plan-completeness')).toBeTruthy();
    expect(within(detail).getByTestId('seen-alone')).toBeTruthy();
    // The list stays in the page, hidden, so going back keeps its scroll and filters.
    expect(document.querySelector('.case-table')?.closest('[hidden]')).not.toBeNull();
    expect(document.title).toBe('Case CF-1002 — Core Group Lens');
    await go('#');
    await waitFor(() => expect(screen.queryByTestId('case-detail')).toBeNull());
    expect(document.querySelector('.case-table')?.closest('[hidden]')).toBeNull();
    // And back on the list, the keyboard carries on from the case just looked at.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('CF-1002'));
  });

  it('prints a summary for the review conference that says the case system is the record', async () => {
    renderPage();
    await screen.findByRole('table');
    await go('#case=CF-1003&report=review-conference');
    const report = await screen.findByTestId('case-report');
    expect(within(report).getByRole('heading', { level: 1 }).textContent).toBe(
      'Case summary for the review conference',
    );
    expect(within(report).getByTestId('report-notice').textContent).toContain(GENERATED_NOTICE);
    expect(report.querySelector('footer')?.textContent).toContain(GENERATED_NOTICE);
    expect(report.querySelector('tbody[data-group="missed"]')?.textContent).toContain(
      'Core group minutes circulated',
    );
    fireEvent.click(within(report).getByRole('button', { name: /Print/ }));
    expect(printed).toBe(1);
  });

  it('says a case is not stored rather than showing an empty one', async () => {
    renderPage();
    await screen.findByRole('table');
    await go('#case=NOPE-1');
    expect((await screen.findByTestId('case-not-found')).textContent).toMatch(/not stored/);
  });

  it('downloads a CSV of every case and a calendar file that parses as iCalendar', async () => {
    renderPage();
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: /all cases \(CSV\)/ }));
    const csv = saved.at(-1);
    expect(csv?.name).toBe(`core-group-lens-cases-${TODAY}.csv`);
    const lines =
      csv?.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n') ?? [];
    expect(lines[0]?.startsWith('Case reference,RAG,Status,')).toBe(true);
    expect(lines).toHaveLength(records.length + 1);
    expect(csv?.text).not.toContain('Ambledown');

    fireEvent.click(screen.getByRole('button', { name: /upcoming deadlines/ }));
    const ics = saved.at(-1);
    expect(ics?.type).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics?.text ?? ''));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(records.length);
    expect(ics?.text).not.toContain('Ambledown');
    expect(screen.getByTestId('export-message').textContent).toContain(`${events.length} upcoming`);
  });

  it('turns reminders on only when the user asks, through the browser permission', async () => {
    const reminders = controls();
    renderPage(reminders);
    await screen.findByRole('table');
    expect(screen.getByTestId('reminders-state').textContent).toMatch(/^Off/);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on reminders' }));
    await waitFor(() =>
      expect(screen.getByTestId('reminders-state').textContent).toMatch(/^On: .*3 working days/),
    );
    expect(reminders.calls).toEqual(['on']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off reminders' }));
    await waitFor(() => expect(screen.getByTestId('reminders-state').textContent).toMatch(/^Off/));
  });

  it('saves how many working days ahead to remind, refusing what is not a whole number', async () => {
    const reminders = controls('granted');
    renderPage(reminders);
    await screen.findByRole('table');
    const days = screen.getByLabelText('Working days before each deadline');
    const save = screen.getByRole('button', { name: 'Save' });
    fireEvent.change(days, { target: { value: '2.5' } });
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(days, { target: { value: '5' } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(screen.getByTestId('reminders-state').textContent).toMatch(/5 working days before/),
    );
    expect(reminders.calls).toEqual(['days 5']);
    expect(screen.getByTestId('reminders-message').textContent).toMatch(/^Saved/);
  });

  it('says when the chosen procedure is not known, instead of quietly using another', async () => {
    await putSettings(db, { procedureId: 'atlantis' }, clock());
    renderPage();
    await screen.findByRole('table');
    expect(screen.getByRole('alert').textContent).toMatch(/"atlantis".*not known/);
  });

  it("works deadlines out under the organisation's policy, as the sidebar does", async () => {
    // Policy: the first core group within 20 working days, not 10.
    const policy = { procedureOverrides: { firstCoreGroup: { amount: 20 } } };
    renderPage(controls(), storeSettings(policy));
    await screen.findByRole('table');
    const record = demoRecord('CF-1002');
    const setup = rulesSetup(policy, TODAY);
    const glance = caseGlance(record, computeFindings(record, setup.options), TODAY);
    const plain = caseGlance(record, computeFindings(record, { today: TODAY }), TODAY);
    expect(glance.rag).not.toBe(plain.rag);
    const rag = within(rowOf('CF-1002') as HTMLElement).getByTestId('rag');
    expect(rag.dataset.rag).toBe(glance.rag);
  });

  it("says so, and uses England's timescales, when the settings cannot be loaded", async () => {
    renderPage(controls(), {
      get: async () => ({ ok: false, message: 'no answer' }),
      onChange: () => () => undefined,
    });
    await screen.findByRole('table');
    expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded \(no answer\)/);
    const record = demoRecord('CF-1002');
    const rag = within(rowOf('CF-1002') as HTMLElement).getByTestId('rag');
    expect(rag.dataset.rag).toBe(
      caseGlance(record, computeFindings(record, { today: TODAY }), TODAY).rag,
    );
  });

  it('says nothing has been read yet when the store is empty', async () => {
    db = openLensDb(`dashboard-empty-${crypto.randomUUID()}`);
    renderPage();
    expect((await screen.findByTestId('no-cases')).textContent).toMatch(/No cases have been read/);
  });
});

describe('the dashboard opening with the rules still running', { timeout: 60_000 }, () => {
  it('shows progress, in words, while it works out deadlines', async () => {
    const spy = vi.spyOn(performance, 'now');
    let t = 0;
    // Every case takes "100 ms", so each slice does one case and the page shows progress.
    spy.mockImplementation(() => (t += 100));
    renderPage();
    expect(
      (await screen.findByText(/Working out deadlines: \d of 7 cases/)).getAttribute('role'),
    ).toBe('status');
    spy.mockRestore();
    await screen.findByRole('table');
  });
});
