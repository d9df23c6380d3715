// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManagedPolicySection } from '../../components/options/ManagedPolicySection';
import { IDLE } from '../../components/options/outcome';
import {
  SiteProfilesSection,
  type SiteProfilesSectionProps,
} from '../../components/options/SiteProfilesSection';

afterEach(cleanup);

const TAUGHT = {
  id: 'taught-127.0.0.1',
  name: 'Taught on 127.0.0.1',
  urls: ['http://127.0.0.1/*'],
  pages: 1,
  taught: true,
};
const PUSHED = {
  id: 'careflow',
  name: 'CareFlow',
  urls: ['*://*/careflow/*'],
  pages: 6,
  taught: false,
};

function section(more: Partial<SiteProfilesSectionProps> = {}) {
  const props: SiteProfilesSectionProps = {
    local: [TAUGHT],
    managed: [],
    problems: [],
    outcome: IDLE,
    onImport: vi.fn(),
    onExport: vi.fn(),
    onDelete: vi.fn(),
    ...more,
  };
  render(createElement(SiteProfilesSection, props));
  return props;
}

describe('SiteProfilesSection', () => {
  it('lists this computer’s profiles, deletes and exports them', () => {
    const props = section();
    const item = screen.getByTestId('site-profile-taught-127.0.0.1');
    expect(item.textContent).toMatch(/Taught on 127\.0\.0\.1.*taught here.*1 kind of page/);
    fireEvent.click(within(item).getByRole('button', { name: /Delete profile Taught on/ }));
    expect(props.onDelete).toHaveBeenCalledWith('taught-127.0.0.1');
    fireEvent.click(screen.getByTestId('export-site-profiles'));
    expect(props.onExport).toHaveBeenCalled();
  });

  it('shows the organisation’s profiles without a way to delete them', () => {
    section({ managed: [PUSHED] });
    const pushed = screen.getByTestId('site-profile-careflow');
    expect(within(pushed).queryByRole('button')).toBeNull();
  });

  it('says when there are none, and refuses to import without a file', () => {
    const props = section({ local: [] });
    expect(screen.getByTestId('no-site-profiles')).toBeTruthy();
    expect((screen.getByTestId('export-site-profiles') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Import profiles' }));
    const error = screen.getByText('Choose a file first.');
    expect(props.onImport).not.toHaveBeenCalled();
    const input = screen.getByLabelText('Site profiles file to import');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described).toHaveLength(2);
    expect(document.getElementById(described[0] ?? '')?.textContent).toMatch(
      /^A file exported here/,
    );
    expect(described[1]).toBe(error.id);
  });

  it('lists profiles that could not be used, as an alert', () => {
    section({ problems: ['stored profile 2 (old): pages: needs at least 1 entry'] });
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toContainEqual(expect.stringMatching(/stored profile 2 \(old\)/));
  });
});

describe('ManagedPolicySection', () => {
  it('says plainly when nothing is managed, or when the browser has no policy', () => {
    render(createElement(ManagedPolicySection, { policy: { available: true, problems: [] } }));
    expect(screen.getByTestId('managed-policy').textContent).toMatch(/sets nothing/);
    cleanup();
    render(createElement(ManagedPolicySection, { policy: { available: false, problems: [] } }));
    expect(screen.getByTestId('managed-policy').textContent).toMatch(/no organisation policy/);
  });

  it('lists what the policy sets and what could not be used', () => {
    render(
      createElement(ManagedPolicySection, {
        policy: {
          available: true,
          region: 'scotland',
          retentionDays: 60,
          procedureId: 'scotland',
          procedureName: 'Scotland',
          hosts: ['https://cases.example.gov.uk/*'],
          problems: ['retentionDays: must be at most 3650'],
        },
      }),
    );
    const text = screen.getByTestId('managed-policy').textContent ?? '';
    expect(text).toMatch(/Region.*Scotland/);
    expect(text).toMatch(/60 days/);
    expect(text).toMatch(/https:\/\/cases\.example\.gov\.uk\/\*/);
    expect(screen.getByRole('alert').textContent).toMatch(/retentionDays: must be at most 3650/);
  });
});
