// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { CaseRecordSchema } from '../../lib/domain';
import { caseGlance } from '../../lib/present/case-glance';
import { computeFindings } from '../../lib/rules/compute-findings';

afterEach(cleanup);

const TODAY = '2027-01-06';
const record = CaseRecordSchema.parse({
  caseId: 'C-42',
  region: 'england-and-wales',
  icpcDate: '2026-12-17',
  children: [{ id: 'a', name: '<img src=x onerror=alert(1)>' }],
});

describe('Sidebar', () => {
  it('says it is loading until the store answers', () => {
    render(<Sidebar caseId="C-42" today={TODAY} record={undefined} findings={[]} unread={[]} />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
  });

  it('says nothing is stored yet rather than showing an empty, reassuring list', () => {
    render(<Sidebar caseId="C-42" today={TODAY} record={null} findings={[]} unread={[]} />);
    expect(screen.getByTestId('no-data').textContent).toMatch(/Nothing has been stored/);
  });

  it('shows the overdue first core group with its UK date, phrase and source', () => {
    const findings = computeFindings(record, { today: TODAY });
    render(
      <Sidebar
        caseId="C-42"
        today={TODAY}
        record={record}
        findings={findings}
        glance={caseGlance(record, findings, TODAY)}
        unread={[]}
      />,
    );
    const item = document.querySelector('[data-rule="first-core-group"]') as HTMLElement;
    expect(within(item).getByTestId('due').textContent).toBe('05/01/2027');
    expect(item.textContent).toContain('Overdue');
    expect(item.textContent).toContain('1 day overdue');
    expect(item.textContent).toMatch(/Source: Working Together/);
    expect(screen.getByTestId('rag').textContent).toMatch(/overdue/);
  });

  it('renders host text as text, never as markup', () => {
    const findings = computeFindings(record, { today: TODAY });
    render(
      <Sidebar
        caseId="C-42"
        today={TODAY}
        record={record}
        findings={findings}
        unread={[{ field: 'icpcDate', raw: '<script>alert(2)</script>', reason: 'not a date' }]}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByTestId('unread').textContent).toContain('<script>alert(2)</script>');
  });
});
