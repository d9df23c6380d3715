// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditLog } from '../../components/options/AuditLog';
import { DeleteCaseForm } from '../../components/options/DeleteCaseForm';
import { DeleteEverythingForm } from '../../components/options/DeleteEverythingForm';
import { ImportSection } from '../../components/options/ImportSection';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView';
import { OutcomeMessage } from '../../components/options/OutcomeMessage';
import { IDLE } from '../../components/options/outcome';
import { RetentionSetting } from '../../components/options/RetentionSetting';
import { StorageStatus } from '../../components/options/StorageStatus';
import { STORAGE_FULL_MESSAGE } from '../../lib/store/result';

afterEach(cleanup);

const CASES = [
  { caseId: 'CF-1001', childNames: ['Ava Smith'], lastReadAt: '2026-11-25T10:00:00.000Z' },
  { caseId: 'CF-1002', childNames: ['Leo Jones'], lastReadAt: '2026-11-24T10:00:00.000Z' },
];

describe('DeleteEverythingForm', () => {
  it('does nothing until DELETE is typed, and says why', () => {
    const onDeleteEverything = vi.fn();
    render(<DeleteEverythingForm outcome={IDLE} onDeleteEverything={onDeleteEverything} />);
    const field = screen.getByLabelText('Type DELETE to confirm');
    fireEvent.change(field, { target: { value: 'delete' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(onDeleteEverything).not.toHaveBeenCalled();
    expect(screen.getByText(/Type DELETE in capital letters/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field, { target: { value: 'DELETE' } });
    fireEvent.submit(field.closest('form') as HTMLFormElement);
    expect(onDeleteEverything).toHaveBeenCalledWith('DELETE');
  });
});

describe('DeleteCaseForm', () => {
  it('deletes the picked case only once the question is answered yes', () => {
    const onDelete = vi.fn();
    render(<DeleteCaseForm cases={CASES} outcome={IDLE} onDelete={onDelete} />);
    fireEvent.change(screen.getByLabelText('Case to delete'), { target: { value: 'CF-1002' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this case' }));
    const yes = screen.getByRole('button', { name: 'Yes, delete case CF-1002' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete this case' }));

    fireEvent.click(screen.getByRole('button', { name: 'Delete this case' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete case CF-1002' }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith('CF-1002');
  });

  it('says when no case is stored, and when the list is still loading', () => {
    const { rerender } = render(<DeleteCaseForm cases={[]} outcome={IDLE} onDelete={vi.fn()} />);
    expect(screen.getByTestId('no-cases').textContent).toBe('No cases are stored.');
    rerender(<DeleteCaseForm cases={undefined} outcome={IDLE} onDelete={vi.fn()} />);
    expect(screen.getByText(/Loading the stored cases/)).toBeTruthy();
  });
});

describe('RetentionSetting', () => {
  const props = {
    setByOrganisation: false,
    saveOutcome: IDLE,
    purgeOutcome: IDLE,
    onPurgeNow: vi.fn(),
  };

  it('shows a period the organisation sets, with nothing to change it', () => {
    render(<RetentionSetting {...props} setByOrganisation retentionDays={30} onSave={vi.fn()} />);
    expect(screen.getByTestId('retention-policy').textContent).toMatch(
      /Your organisation sets this for everyone: a case is kept for 30 days/,
    );
    expect(screen.queryByLabelText(/Days to keep a case/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete expired cases now' })).toBeTruthy();
  });

  it('shows the stored period and saves a valid new one', () => {
    const onSave = vi.fn();
    render(<RetentionSetting {...props} retentionDays={90} onSave={onSave} />);
    const field = screen.getByLabelText(/Days to keep a case/) as HTMLInputElement;
    expect(field.value).toBe('90');
    fireEvent.change(field, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(30);
  });

  it('refuses a period out of range next to the field, saving nothing', () => {
    const onSave = vi.fn();
    render(<RetentionSetting {...props} retentionDays={90} onSave={onSave} />);
    const field = screen.getByLabelText(/Days to keep a case/);
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    const error = screen.getByText(/Enter a whole number of days from 1 to 3650/);
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
  });
});

describe('ImportSection', () => {
  it('asks for a file before importing, then hands the chosen file over', () => {
    const onImport = vi.fn();
    render(<ImportSection outcome={IDLE} onImport={onImport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByText('Choose a file first.')).toBeTruthy();
    expect(onImport).not.toHaveBeenCalled();

    const file = new File(['{}'], 'export.json', { type: 'application/json' });
    const input = screen.getByLabelText('Export file to import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith(file);
  });

  it('reads out the hint with the field, and the error while it shows', () => {
    render(<ImportSection outcome={IDLE} onImport={vi.fn()} />);
    const input = screen.getByLabelText('Export file to import') as HTMLInputElement;
    const described = () =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
    expect(described()).toEqual([expect.stringMatching(/^A file exported by Core Group Lens/)]);
    expect(input.getAttribute('aria-invalid')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(described()).toEqual([
      expect.stringMatching(/^A file exported by Core Group Lens/),
      'Choose a file first.',
    ]);
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input);
    expect(screen.queryByText('Choose a file first.')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('is disabled while an import is under way', () => {
    render(
      <ImportSection outcome={{ kind: 'working', message: 'Importing…' }} onImport={vi.fn()} />,
    );
    const button = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });
});

describe('OutcomeMessage', () => {
  it('interrupts with a refusal and its reasons, as text only', () => {
    render(
      <OutcomeMessage
        testId="import"
        outcome={{
          kind: 'failed',
          message: '<img src=x onerror=alert(1)>.json: This file was not imported.',
          issues: ['cases.0.pageReads.0: names another case'],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('<img src=x onerror=alert(1)>.json');
    expect(alert.querySelector('img')).toBeNull();
    expect(within(alert).getByRole('list', { name: 'What is wrong' }).textContent).toBe(
      'cases.0.pageReads.0: names another case',
    );
  });

  it('announces success politely and keeps both live regions in the page when idle', () => {
    const { rerender } = render(<OutcomeMessage testId="x" outcome={IDLE} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByRole('alert').textContent).toBe('');
    rerender(<OutcomeMessage testId="x" outcome={{ kind: 'done', message: 'Saved.' }} />);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });
});

describe('AuditLog', () => {
  it('lists entries with what was done, to which case and page, and never a value', () => {
    render(
      <AuditLog
        limit={50}
        entries={[
          {
            id: 2,
            at: '2026-11-25T10:00:00.000Z',
            action: 'delete-case',
            counts: { cases: 1, rows: 12 },
          },
          {
            id: 1,
            at: '2026-11-25T09:00:00.000Z',
            action: 'read',
            caseId: 'CF-1001',
            pageKind: 'visit',
            path: '/careflow/case/CF-1001/visits',
            counts: { added: 3 },
          },
        ]}
      />,
    );
    const rows = within(screen.getByTestId('audit-log')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '25/11/2026, 10:00Deleted a case——1 case, 12 stored items deleted',
      '25/11/2026, 09:00Read a case pageCF-1001/careflow/case/CF-1001/visitsvisit page, 3 items added',
    ]);
  });

  it('says when nothing is logged, and when older entries are not shown', () => {
    const { rerender } = render(<AuditLog limit={50} entries={[]} />);
    expect(screen.getByTestId('audit-empty')).toBeTruthy();
    rerender(
      <AuditLog limit={1} entries={[{ id: 1, at: '2026-11-25T09:00:00Z', action: 'import' }]} />,
    );
    expect(screen.getByText(/Older entries are kept but not shown/)).toBeTruthy();
  });
});

describe('StorageStatus', () => {
  it('says whether the data is protected, how much room it takes, and warns when nearly full', () => {
    const { rerender } = render(
      <StorageStatus status={{ state: 'known', persisted: true, usage: 1_200_000, quota: 10e9 }} />,
    );
    expect(screen.getByTestId('persisted').textContent).toMatch(/will keep this data/);
    expect(screen.getByTestId('usage').textContent).toBe(
      'Core Group Lens uses about 1.2 MB of the 10 GB the browser allows it.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <StorageStatus status={{ state: 'known', persisted: false, usage: 95, quota: 100 }} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/Storage is nearly full/);
    rerender(<StorageStatus status={{ state: 'checking' }} />);
    expect(screen.getByText('Checking storage…')).toBeTruthy();
  });
});

describe('OptionsView', () => {
  const props: OptionsViewProps = {
    cases: CASES,
    retentionDays: 90,
    audit: [],
    auditLimit: 50,
    storage: { state: 'checking' },
    outcomes: {
      retention: IDLE,
      purge: IDLE,
      deleteCase: IDLE,
      deleteEverything: IDLE,
      exportData: IDLE,
      importData: { kind: 'failed', message: STORAGE_FULL_MESSAGE },
    },
    onSaveRetention: vi.fn(),
    onPurgeNow: vi.fn(),
    onDeleteCase: vi.fn(),
    onDeleteEverything: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
  };

  it('has one heading per task, and every control labelled', () => {
    render(<OptionsView {...props} />);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'Core Group Lens: your data',
      'How long cases are kept',
      'Export',
      'Import',
      'Delete one case',
      'Delete everything',
      'Storage on this computer',
      'Activity log',
    ]);
    for (const control of document.querySelectorAll('input, select')) {
      expect(
        document.querySelector(`label[for="${control.id}"]`),
        control.outerHTML,
      ).not.toBeNull();
    }
    expect(screen.getByTestId('case-count').textContent).toBe('2 cases are stored.');
  });

  it('exports everything, or the case picked', () => {
    const onExport = vi.fn();
    render(<OptionsView {...props} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    fireEvent.change(screen.getByLabelText('Case to export'), { target: { value: 'CF-1002' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export this case' }));
    expect(onExport.mock.calls).toEqual([[], ['CF-1002']]);
  });

  it('shows a full disk as the store words it: nothing saved, everything before kept', () => {
    render(<OptionsView {...props} />);
    const alert = screen.getByTestId('import-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(STORAGE_FULL_MESSAGE);
    expect(alert.textContent).toMatch(/was not saved\. Everything saved before is kept/);
  });

  it('says so when the stored data cannot be read, and shows a notice after a reload', () => {
    render(<OptionsView {...props} pageNotice="Everything was deleted." loadError="It broke." />);
    expect(screen.getByTestId('load-error').textContent).toBe('It broke.');
    expect(screen.getByTestId('page-notice').textContent).toBe('Everything was deleted.');
  });
});
