// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LastCoreGroupPanel } from '../../components/sidebar/LastCoreGroupPanel';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { demoCases } from '../../demo/cases';
import { lastCoreGroupView, MEETING_CHECK_LABELS } from '../../lib/present/last-core-group';
import { getProcedure, MEETING_CHECKS } from '../../lib/rules';
import { completeMeeting, MUM, meetingCase, SW, TEACHER } from './meeting-fixtures';

afterEach(cleanup);

const TODAY = '2027-01-20';
const demo = (caseId: string, today = '2026-11-25') => {
  const found = demoCases(today).find((c) => c.views.some((v) => v.caseId === caseId));
  if (!found) throw new Error(caseId);
  return found.record;
};

describe('lastCoreGroupView', () => {
  it('names every check in words', () => {
    for (const check of MEETING_CHECKS)
      expect(MEETING_CHECK_LABELS[check].length).toBeGreaterThan(5);
  });

  it('has no gap, no drift and nothing unknown for a complete meeting', () => {
    const view = lastCoreGroupView(meetingCase([completeMeeting('2027-01-07')]), TODAY);
    expect(view).toMatchObject({
      meeting: { date: '2027-01-07' },
      gaps: [],
      drift: [],
      unknown: [],
    });
    expect(view.met).toBeGreaterThan(10);
  });

  it('lists the gaps of the latest meeting with their prompts and sources', () => {
    const latest = completeMeeting('2027-01-07', {
      attendees: [TEACHER],
      apologies: [{ ...SW, writtenUpdateSent: false }],
      parentsAbsenceReason: null,
      nextMeetingDate: null,
    });
    const view = lastCoreGroupView(meetingCase([completeMeeting('2026-12-10'), latest]), TODAY);
    expect(view.gaps.map((g) => g.check)).toEqual([
      'lead-social-worker-present',
      'parents-present-or-reason',
      'absent-member-written-update',
      'next-meeting-date-set',
    ]);
    expect(view.gaps[2]?.title).toBe('Written update from a member who was absent: Sam Oakhurst');
    expect(view.gaps[0]?.source).toContain('Blackpool');
    expect(view.gaps.every((g) => g.prompt)).toBe(true);
  });

  it('keeps what was not read apart, as not known, and names unread core group values', () => {
    const record = meetingCase([{ date: '2027-01-07', status: 'held', attendees: [SW, MUM] }]);
    const view = lastCoreGroupView(record, TODAY, {
      unread: [
        {
          field: 'coreGroups.riskTrend',
          label: 'Risk',
          raw: 'worse',
          reason: 'not a word this knows',
        },
        { field: 'visits.seenAlone', reason: 'not shown' },
      ],
    });
    expect(view.gaps).toEqual([]);
    expect(view.unknown.map((u) => u.title)).toContain("The child's views");
    expect(view.unreadOnPages).toEqual(['Risk ("worse"): not a word this knows']);
  });

  it('says when no core group has been held, and when one is booked', () => {
    const view = lastCoreGroupView(
      meetingCase([{ date: '2027-01-25', status: 'scheduled' }]),
      TODAY,
    );
    expect(view).toMatchObject({ nextScheduled: '2027-01-25', gaps: [], drift: [], unknown: [] });
    expect(view.meeting).toBeUndefined();
  });
});

describe('LastCoreGroupPanel', () => {
  it('shows a demo meeting with gaps and drift, each with its source', () => {
    render(<LastCoreGroupPanel record={demo('CF-1003')} today="2026-11-25" />);
    const panel = screen.getByTestId('last-core-group-panel');
    expect(within(panel).getByRole('heading', { name: 'Last core group' })).toBeDefined();
    const gaps = within(screen.getByTestId('lcg-gaps')).getAllByTestId('lcg-line');
    expect(gaps.map((g) => g.dataset.check)).toContain('lead-social-worker-present');
    for (const gap of gaps) expect(gap.textContent).toMatch(/Source: \S/);
    const drift = within(screen.getByTestId('lcg-drift')).getAllByTestId('lcg-line');
    expect(drift.map((d) => d.dataset.check)).toContain('action-carried-over');
    expect(screen.getByTestId('lcg-summary').textContent).toMatch(/gaps in its record/);
  });

  it('shows the exemplary demo meeting with no gap and nothing unknown', () => {
    render(<LastCoreGroupPanel record={demo('CF-1001')} today="2026-11-25" />);
    expect(screen.getByTestId('lcg-summary').textContent).toMatch(/no gaps found in its record\./);
    expect(screen.queryByTestId('lcg-gaps')).toBeNull();
    expect(screen.queryByTestId('lcg-unknown')).toBeNull();
    expect(screen.getByTestId('lcg-no-drift')).toBeDefined();
  });

  it('says what is unknown for a case whose meeting records were not on its pages', () => {
    render(<LastCoreGroupPanel record={demo('GC-2001')} today="2026-11-25" />);
    expect(screen.queryByTestId('lcg-gaps')).toBeNull();
    const unknown = screen.getByTestId('lcg-unknown');
    expect(unknown.textContent).toMatch(/Not known from the pages read \(\d+\)/);
    expect(unknown.textContent).toMatch(/not recorded on the pages read/);
  });

  it('renders host text as text, never markup', () => {
    const hostile = completeMeeting('2027-01-07', {
      attendees: [TEACHER],
      apologies: [
        { name: '<img src=x onerror=alert(1)>', role: 'nurse', writtenUpdateSent: false },
      ],
    });
    const { container } = render(
      <LastCoreGroupPanel record={meetingCase([hostile])} today={TODAY} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is part of the sidebar, using the procedure it is given', () => {
    const procedure = getProcedure('england');
    render(
      <Sidebar
        caseId="CF-1003"
        today="2026-11-25"
        record={demo('CF-1003')}
        findings={[]}
        unread={[]}
        procedure={procedure}
      />,
    );
    expect(screen.getByTestId('last-core-group-panel')).toBeDefined();
  });
});
