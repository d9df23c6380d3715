// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar, type SidebarProps } from '../../components/sidebar/Sidebar';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import { caseGlance } from '../../lib/present/case-glance';
import { STATUS_LABELS } from '../../lib/present/labels';
import { computeFindings } from '../../lib/rules/compute-findings';
import { FINDING_STATUSES, type Finding } from '../../lib/rules/finding';
import { getProcedure } from '../../lib/rules/procedures';

afterEach(cleanup);

const TODAY = '2026-11-25';
const ORIGIN = 'http://127.0.0.1:4173';
const page = (pageKind: 'case-summary' | 'visit' | 'core-group', path: string) =>
  ({ kind: 'page', pageKind, path, readAt: '2026-11-25T09:00:00.000Z' }) as const;
const record = (input: Partial<CaseRecordInput>) =>
  CaseRecordSchema.parse({ caseId: 'CF-9', region: 'england-and-wales', ...input });

function show(r: ReturnType<typeof record>, extra: Partial<SidebarProps> = {}) {
  const findings = computeFindings(r, { today: TODAY });
  render(
    <Sidebar
      caseId={r.caseId}
      today={TODAY}
      record={r}
      findings={findings}
      glance={caseGlance(r, findings, TODAY)}
      unread={[]}
      origin={ORIGIN}
      procedure={getProcedure('england')}
      {...extra}
    />,
  );
  return findings;
}

const items = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="finding"]'));

describe('the sidebar with no data', () => {
  it('says it is loading, then that nothing is stored: never an empty, reassuring list', () => {
    render(<Sidebar caseId="CF-9" today={TODAY} record={undefined} findings={[]} unread={[]} />);
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    cleanup();
    render(<Sidebar caseId="CF-9" today={TODAY} record={null} findings={[]} unread={[]} />);
    expect(screen.getByTestId('no-data').textContent).toMatch(/Nothing has been stored/);
    expect(screen.queryByRole('heading', { name: 'Deadlines' })).toBeNull();
  });

  it('shows a case with nothing read but its number as unknowns (amber, never green), saying so', () => {
    show(record({ region: undefined }));
    expect(screen.getByTestId('rag').dataset.rag).toBe('amber');
    expect(screen.getByTestId('rag').textContent).toMatch(/cannot be worked out/);
    for (const item of items()) expect(item.dataset.status).toMatch(/unknown|not-applicable/);
    expect(screen.getAllByText(/No children have been read/)).toHaveLength(2);
  });
});

describe('the sidebar with partial data', () => {
  const partial = record({
    children: [{ id: 'amy', name: 'Amy' }],
    visits: [{ date: '2026-11-20', children: [{ childId: 'amy', seen: true }] }],
  });

  it('says what each unknown lacks, in plain sight, and offers to enter it when it can', () => {
    show(partial, {
      actions: {
        correct: async () => ({ ok: true }),
        undo: async () => ({ ok: true }),
        saveSettings: async () => ({ ok: true }),
      },
    });
    const first = document.querySelector('[data-rule="first-core-group"]') as HTMLElement;
    expect(first.dataset.status).toBe('unknown');
    expect(first.textContent).toContain('The ICPC date is not recorded');
    expect(within(first).getByRole('button', { name: 'Enter the ICPC date' })).toBeTruthy();
    const alone = document.querySelector(
      '[data-rule="seen-alone"][data-child="amy"]',
    ) as HTMLElement;
    expect(
      within(alone).getByRole('group', { name: /Was Amy seen alone at the visit on 20\/11\/2026/ }),
    ).toBeTruthy();
  });

  it('offers no entry when nothing can be changed (a read-only view)', () => {
    show(partial);
    expect(screen.queryByRole('button', { name: 'Enter the ICPC date' })).toBeNull();
    expect(screen.getAllByText(/The ICPC date is not recorded/).length).toBeGreaterThan(0);
  });

  it('says a plan was not read rather than that there is none', () => {
    show(partial);
    const plan = screen.getByRole('region', { name: 'Plan' });
    expect(plan.textContent).toContain('No plan has been read for Amy yet');
  });
});

describe('every status', () => {
  const base: Omit<Finding, 'status'> = {
    rule: 'core-group-interval',
    due: '2026-11-20',
    reason: 'Because.',
    source: { title: 'Working Together 2023', url: 'https://www.gov.uk/x' },
    occurrence: 'current',
    computedFrom: [
      {
        label: 'Last core group held',
        date: '2026-10-09',
        provenance: page('core-group', '/careflow/case/CF-9/core-groups'),
      },
    ],
    region: 'england-and-wales',
    regionAssumed: false,
    procedureId: 'england',
  };
  const findings: Finding[] = FINDING_STATUSES.map((status, i) => ({
    ...base,
    status,
    due: `2026-12-0${i + 1}`,
    ...(status === 'met' || status === 'late' ? { doneOn: '2026-11-01' } : {}),
  }));

  it('shows each in words and an icon, never by colour alone', () => {
    show(record({ children: [] }), { findings });
    for (const status of FINDING_STATUSES) {
      const item = document.querySelector(`[data-status="${status}"]`) as HTMLElement;
      expect(item, status).toBeTruthy();
      const badge = item.querySelector('.badge') as HTMLElement;
      expect(badge.textContent).toContain(STATUS_LABELS[status].text);
      expect(badge.textContent).toContain(STATUS_LABELS[status].icon);
    }
  });

  it('puts overdue first, then due soon, unknown, coming up, then done, with UK dates', () => {
    show(record({ children: [] }), { findings });
    expect(items().map((i) => i.dataset.status)).toEqual([
      'overdue',
      'due-soon',
      'unknown',
      'upcoming',
      'late',
      'met',
      'not-applicable',
    ]);
    const overdue = document.querySelector('[data-status="overdue"]') as HTMLElement;
    expect(within(overdue).getByTestId('due').textContent).toBe('03/12/2026');
  });

  it('gives the rule’s source and what it was worked out from, linking to the page in the top window', () => {
    show(record({ children: [] }), { findings });
    const item = document.querySelector('[data-status="due-soon"]') as HTMLElement;
    expect(item.textContent).toContain('Source: Working Together 2023');
    const link = within(item).getByRole('link', { name: 'core groups page' }) as HTMLAnchorElement;
    expect(link.href).toBe(`${ORIGIN}/careflow/case/CF-9/core-groups`);
    expect(link.target).toBe('_top');
    expect(within(item).getByTestId('evidence').textContent).toContain(
      'Last core group held, 09/10/2026',
    );
  });
});

describe('a case on track', () => {
  it('says plainly that nothing needs doing now, and keeps what is coming up one click away', () => {
    const r = record({
      icpcDate: '2026-10-01',
      children: [{ id: 'amy', name: 'Amy' }],
      coreGroups: [
        { date: '2026-10-14', status: 'held', minutesCirculatedDate: '2026-10-16' },
        { date: '2026-11-04', status: 'held', minutesCirculatedDate: '2026-11-06' },
      ],
      reviewConferences: [{ date: '2026-12-17', status: 'scheduled' }],
      visits: [{ date: '2026-11-24', children: [{ childId: 'amy', seen: true, seenAlone: true }] }],
    });
    show(r);
    const open = items().filter((i) =>
      ['overdue', 'due-soon', 'unknown'].includes(i.dataset.status ?? ''),
    );
    expect(open.map((i) => `${i.dataset.rule} ${i.dataset.status}`)).toEqual([]);
    expect(screen.getByTestId('nothing-open').textContent).toContain('Nothing is overdue');
    expect(screen.getByTestId('rag').dataset.rag).toBe('green');
    const upcoming = document.querySelector('details[data-group="upcoming"]') as HTMLDetailsElement;
    expect(upcoming.open).toBe(false);
  });
});

describe('several children', () => {
  const r = record({
    icpcDate: '2026-10-01',
    children: [
      { id: 'amy', name: 'Amy' },
      { id: 'ben', name: 'Ben', preVerbal: true },
      { id: 'cat', name: 'Cat', seenAloneNotRequired: true },
    ],
    coreGroups: [
      {
        date: '2026-10-14',
        status: 'held',
        minutesCirculatedDate: '2026-10-16',
        source: page('core-group', '/cg'),
      },
    ],
    visits: [
      {
        date: '2026-11-02',
        children: [
          { childId: 'amy', seen: true, seenAlone: false },
          { childId: 'ben', seen: true },
          { childId: 'cat', seen: true },
        ],
      },
      {
        date: '2026-11-16',
        children: [
          { childId: 'amy', seen: true, seenAlone: false },
          { childId: 'ben', seen: true },
          { childId: 'cat', seen: false },
        ],
      },
    ],
    plans: [
      { childId: 'amy', sections: { needs: 'n' }, actions: [{ text: 'Go to school' }] },
      {
        childId: 'ben',
        sections: Object.fromEntries(
          [
            'child-seen',
            'needs',
            'objectives',
            'actions',
            'timescales',
            'responsibilities',
            'resources',
            'contact-frequency',
            'success-measures',
            'contingency',
            'contacts',
            'child-views',
          ].map((s) => [s, 'x']),
        ),
        actions: [],
      },
    ],
  });

  it('gives each child their own seen-alone card, marking the pre-verbal child', () => {
    show(r);
    const cards = screen.getAllByTestId('seen-alone-child');
    expect(cards.map((c) => c.dataset.child)).toEqual(['amy', 'ben', 'cat']);
    const [amy, ben, cat] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(amy).getByTestId('not-alone-in-a-row').textContent).toMatch(/^2/);
    expect(within(amy).getByTestId('last-seen-alone').textContent).toBe(
      'never recorded in this plan',
    );
    expect(amy.textContent).toContain('Not seen alone at the latest visit');
    expect(within(ben).getByText('Pre-verbal')).toBeTruthy();
    expect(within(ben).queryByTestId('last-seen-alone')).toBeNull();
    expect(within(cat).getByTestId('last-visit').textContent).toBe('16/11/2026 (not seen)');
    expect(screen.getByTestId('not-seen-alone').textContent).toContain('Amy');
  });

  it('gives each child their own plan: sections missing and actions that are not SMART', () => {
    show(r);
    const plans = screen.getAllByTestId('plan-child');
    expect(plans.map((p) => p.dataset.child)).toEqual(['amy', 'ben', 'cat']);
    const [amy, ben, cat] = plans as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(amy).getByTestId('plan-sections').textContent).toContain(
      '2 of 12 sections present, 10 missing',
    );
    expect(within(amy).getByTestId('plan-action').textContent).toContain(
      'no one named to do it; no date; no measure of success',
    );
    expect(within(ben).getByTestId('plan-sections').textContent).toContain(
      '12 of 12 sections present',
    );
    expect(cat.textContent).toContain('No plan has been read for Cat yet');
  });

  it('names the child on each per-child deadline', () => {
    show(r);
    const visits = Array.from(
      document.querySelectorAll<HTMLElement>(
        '[data-rule="visit-frequency"][data-occurrence="current"]',
      ),
    );
    expect(visits.map((v) => v.querySelector('.finding-title')?.textContent).sort()).toEqual([
      'Statutory visit: Amy',
      'Statutory visit: Ben',
      'Statutory visit: Cat',
    ]);
  });
});

describe('host text', () => {
  it('is rendered as text, never as markup, wherever it appears', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = record({
      icpcDate: '2026-10-01',
      children: [{ id: 'amy', name: hostile }],
      plans: [{ childId: 'amy', sections: {}, actions: [{ text: `</textarea>${hostile}` }] }],
    });
    show(r, {
      unread: [{ field: 'icpcDate', raw: hostile, reason: 'not a date' }],
      visitForm: [{ name: hostile, seen: 'yes', seenAlone: 'unanswered', reasonGiven: false }],
    });
    expect(document.querySelector('main img')).toBeNull();
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByTestId('unread').textContent).toContain(hostile);
    expect(screen.getByTestId('plan-action').textContent).toContain(hostile);
    expect(screen.getByTestId('visit-form-prompt').textContent).toContain(hostile);
  });
});

describe('the page read the sidebar was opened for, not saved', () => {
  it('says so above what was stored before, never showing it as this page', () => {
    show(record({ icpcDate: '2026-11-02' }), { pageReadNotSaved: true });
    const alert = screen.getByTestId('page-read-not-saved');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/has not been saved/);
    expect(alert.textContent).toMatch(/pages read before/);
    cleanup();
    render(
      <Sidebar
        caseId="CF-9"
        today={TODAY}
        record={null}
        findings={[]}
        unread={[]}
        pageReadNotSaved
      />,
    );
    expect(screen.getByTestId('page-read-not-saved').textContent).not.toMatch(/pages read before/);
    expect(screen.getByTestId('no-data')).toBeTruthy();
    cleanup();
    show(record({ icpcDate: '2026-11-02' }));
    expect(screen.queryByTestId('page-read-not-saved')).toBeNull();
  });
});
