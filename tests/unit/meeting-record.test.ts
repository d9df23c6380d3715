import { describe, expect, it } from 'vitest';
import type { CoreGroup } from '../../lib/domain';
import {
  checkMeeting,
  getProcedure,
  MEETING_SECTIONS,
  type MeetingCheck,
  type MeetingFinding,
  withOverrides,
} from '../../lib/rules';
import {
  ACTION_A,
  ACTION_B,
  completeMeeting,
  LEAD,
  MUM,
  meetingCase,
  NURSE,
  SW,
  TEACHER,
} from './meeting-fixtures';

const ENGLAND = getProcedure('england');
const FIRST = '2026-12-10';

function check(meeting: CoreGroup, others: CoreGroup[] = [], procedure = ENGLAND) {
  const record = meetingCase([...others, meeting]);
  return checkMeeting(meeting, record, procedure);
}
const of = (findings: MeetingFinding[], check: MeetingCheck) =>
  findings.filter((f) => f.check === check);
const one = (findings: MeetingFinding[], check: MeetingCheck) => {
  const found = of(findings, check);
  expect(found, check).toHaveLength(1);
  return found[0] as MeetingFinding;
};

describe('checkMeeting: the exemplary meeting', () => {
  it('finds no gap and nothing unknown in a complete first core group', () => {
    const findings = check(completeMeeting(FIRST));
    expect(findings.filter((f) => f.outcome !== 'met')).toEqual([]);
    expect(new Set(findings.map((f) => f.check))).toEqual(
      new Set([
        'section-recorded',
        'lead-social-worker-present',
        'parents-present-or-reason',
        'chair-and-vice-chair-agreed',
        'next-meeting-date-set',
        'future-dates-to-review',
        'plan-action-reviewed',
        'new-action-owner-and-due',
      ]),
    );
  });

  it('cites a source for every finding and names the meeting', () => {
    for (const f of check(completeMeeting(FIRST))) {
      expect(f.source.title.length).toBeGreaterThan(5);
      expect(f.meetingDate).toBe(FIRST);
      expect(f.computedFrom[0]?.date).toBe(FIRST);
    }
  });

  it('checks nothing on a meeting that is only scheduled', () => {
    expect(check({ date: FIRST, status: 'scheduled' })).toEqual([]);
  });
});

describe('section-recorded', () => {
  it('is unknown, never a gap, for a section the pages read did not show', () => {
    const findings = of(check({ date: FIRST, status: 'held' }), 'section-recorded');
    expect(findings.map((f) => f.subject)).toEqual([...MEETING_SECTIONS]);
    expect(findings.every((f) => f.outcome === 'unknown')).toBe(true);
    expect(findings[0]?.reason).toContain('not recorded on the pages read');
  });

  it('is a gap for a section the record shows empty', () => {
    const meeting = completeMeeting(FIRST, {
      childSituation: null,
      parentsViews: '  ',
      riskTrend: null,
      actionProgress: [],
      attendees: [],
    });
    const gaps = of(check(meeting), 'section-recorded').filter((f) => f.outcome === 'gap');
    expect(gaps.map((f) => f.subject).sort()).toEqual(
      ['actionProgress', 'attendees', 'childSituation', 'parentsViews', 'riskTrend'].sort(),
    );
    expect(gaps[0]?.reason).toContain('shows this section empty');
  });

  it('takes "no apologies" and "no new actions" as answers', () => {
    const findings = of(
      check(completeMeeting(FIRST, { apologies: [], newActions: [] })),
      'section-recorded',
    );
    expect(findings.filter((f) => f.outcome !== 'met')).toEqual([]);
  });
});

describe('lead-social-worker-present', () => {
  it('is met by the lead social worker, or by a representative of social care', () => {
    expect(one(check(completeMeeting(FIRST)), 'lead-social-worker-present').outcome).toBe('met');
    const standIn = completeMeeting(FIRST, { attendees: [LEAD, MUM] });
    const finding = one(check(standIn), 'lead-social-worker-present');
    expect(finding.outcome).toBe('met');
    expect(finding.reason).toContain('represented by Pat Hale');
  });

  it('is a gap when no one from social care attended, saying who sent apologies', () => {
    const meeting = completeMeeting(FIRST, {
      attendees: [MUM, TEACHER],
      apologies: [{ ...SW, writtenUpdateSent: true }],
    });
    const finding = one(check(meeting), 'lead-social-worker-present');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toContain(
      'Sam Oakhurst (lead social worker, Northmoor Council) sent apologies',
    );
    expect(finding.prompt).toBeDefined();
  });

  it('is unknown when attendance was not read, or an attendee has no recognised role', () => {
    expect(one(check({ date: FIRST, status: 'held' }), 'lead-social-worker-present').outcome).toBe(
      'unknown',
    );
    const meeting = completeMeeting(FIRST, { attendees: [MUM, { name: 'Jo Bloggs' }] });
    const finding = one(check(meeting), 'lead-social-worker-present');
    expect(finding.outcome).toBe('unknown');
    expect(finding.reason).toContain('Jo Bloggs');
  });
});

describe('parents-present-or-reason', () => {
  it('is met when a parent attended, or the reason they did not is recorded', () => {
    expect(one(check(completeMeeting(FIRST)), 'parents-present-or-reason').outcome).toBe('met');
    const reasoned = completeMeeting(FIRST, {
      attendees: [SW, TEACHER],
      parentsAbsenceReason: 'Mother in hospital.',
    });
    expect(one(check(reasoned), 'parents-present-or-reason').reason).toContain(
      'Mother in hospital',
    );
  });

  it('is a gap when no parent attended and the reason is recorded as empty', () => {
    const meeting = completeMeeting(FIRST, {
      attendees: [SW, TEACHER],
      parentsAbsenceReason: null,
    });
    const finding = one(check(meeting), 'parents-present-or-reason');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toBe('No parent is recorded as attending, and no reason is recorded.');
  });

  it('is unknown when the reason field was not read, or a role is not recognised', () => {
    const noReasonRead = completeMeeting(FIRST, { attendees: [SW, TEACHER] });
    expect(one(check(noReasonRead), 'parents-present-or-reason').outcome).toBe('unknown');
    const unclear = completeMeeting(FIRST, {
      attendees: [SW, { name: 'Kim Lee', role: 'friend' }],
      parentsAbsenceReason: null,
    });
    expect(one(check(unclear), 'parents-present-or-reason').outcome).toBe('unknown');
  });
});

describe('absent-member-written-update', () => {
  it('is met, gap or unknown per practitioner who sent apologies', () => {
    const meeting = completeMeeting(FIRST, {
      attendees: [SW, MUM],
      apologies: [
        { ...TEACHER, writtenUpdateSent: true },
        { ...NURSE, writtenUpdateSent: false },
        { name: 'Ann Cole', role: 'health visitor', agency: 'NHS', kind: 'professional' },
        { name: 'Rob Ambledown', role: 'father', kind: 'parent', writtenUpdateSent: false },
      ],
    });
    const findings = of(check(meeting), 'absent-member-written-update');
    expect(findings.map((f) => [f.subject, f.outcome])).toEqual([
      ['Hazel Finch', 'met'],
      ['Tomasz Reed', 'gap'],
      ['Ann Cole', 'unknown'],
    ]);
    expect(findings[1]?.reason).toBe(
      'Tomasz Reed (school nurse, Northmoor NHS Trust) sent apologies and no written update is recorded.',
    );
  });

  it('does not call someone a professional when their role is not recognised', () => {
    const meeting = completeMeeting(FIRST, {
      apologies: [{ name: 'Kim Lee', writtenUpdateSent: false }],
    });
    expect(one(check(meeting), 'absent-member-written-update').outcome).toBe('unknown');
  });

  it('is unknown when apologies were not read', () => {
    const { apologies: _, ...meeting } = completeMeeting(FIRST);
    expect(one(check(meeting), 'absent-member-written-update').outcome).toBe('unknown');
  });
});

describe('the chair at the first core group', () => {
  const practiceLeadFirst = withOverrides(ENGLAND, {
    practiceLeadChairsFirstCoreGroup: { applies: true, source: { title: 'Anytown 4.1' } },
  });

  it('checks chair and vice chair at the first core group only', () => {
    const first = completeMeeting(FIRST, { viceChair: null });
    expect(one(check(first), 'chair-and-vice-chair-agreed').outcome).toBe('gap');
    const later = completeMeeting('2027-01-10', { viceChair: null });
    expect(of(check(later, [completeMeeting(FIRST)]), 'chair-and-vice-chair-agreed')).toEqual([]);
  });

  it('is unknown when the chair or vice chair was not read', () => {
    const { viceChair: _, ...meeting } = completeMeeting(FIRST);
    const finding = one(check(meeting), 'chair-and-vice-chair-agreed');
    expect(finding.outcome).toBe('unknown');
    expect(finding.reason).toContain('vice chair');
  });

  it('asks for a practice lead in the chair only where the procedure says so', () => {
    expect(of(check(completeMeeting(FIRST)), 'first-meeting-chaired-by-practice-lead')).toEqual([]);
    const bySw = one(
      check(completeMeeting(FIRST), [], practiceLeadFirst),
      'first-meeting-chaired-by-practice-lead',
    );
    expect(bySw.outcome).toBe('gap');
    expect(bySw.source.title).toBe('Anytown 4.1');
    const byLead = completeMeeting(FIRST, { chair: LEAD });
    expect(
      one(check(byLead, [], practiceLeadFirst), 'first-meeting-chaired-by-practice-lead').outcome,
    ).toBe('met');
    const unclear = completeMeeting(FIRST, { chair: { name: 'Jo Bloggs' } });
    expect(
      one(check(unclear, [], practiceLeadFirst), 'first-meeting-chaired-by-practice-lead').outcome,
    ).toBe('unknown');
  });

  it('marks an option turned on without a source as a local override', () => {
    const local = withOverrides(ENGLAND, { practiceLeadChairsFirstCoreGroup: { applies: true } });
    expect(local.practiceLeadChairsFirstCoreGroup?.source.title).toBe(
      'Local override (no source given)',
    );
  });
});

describe('next-meeting-date-set and future-dates-to-review', () => {
  it('is a gap when no next date is recorded, unknown when it was not read', () => {
    expect(
      one(check(completeMeeting(FIRST, { nextMeetingDate: null })), 'next-meeting-date-set'),
    ).toMatchObject({ outcome: 'gap', reason: 'No date is recorded for the next core group.' });
    const { nextMeetingDate: _, ...unread } = completeMeeting(FIRST);
    expect(one(check(unread), 'next-meeting-date-set').outcome).toBe('unknown');
  });

  it('is met when agreed dates reach the window before the review', () => {
    // Review 2027-03-20 (Sat): the window opens 15 working days before, on 2027-02-26.
    const finding = one(check(completeMeeting(FIRST)), 'future-dates-to-review');
    expect(finding.outcome).toBe('met');
    expect(finding.reason).toContain('Wed 10 Mar 2027');
  });

  it('is a gap when dates stop short of the review', () => {
    const meeting = completeMeeting(FIRST, {
      nextMeetingDate: '2027-01-05',
      futureDatesAgreed: ['2027-01-05'],
    });
    const finding = one(check(meeting), 'future-dates-to-review');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toContain('only up to Tue 5 Jan 2027');
  });

  it('is unknown when the future dates or the review were not read', () => {
    const { futureDatesAgreed: _, ...noDates } = completeMeeting(FIRST, {
      nextMeetingDate: '2027-01-05',
    });
    expect(one(check(noDates), 'future-dates-to-review').outcome).toBe('unknown');
    const meeting = completeMeeting(FIRST);
    const noReview = checkMeeting(
      meeting,
      meetingCase([meeting], { reviewConferences: [] }),
      ENGLAND,
    );
    expect(one(noReview, 'future-dates-to-review').outcome).toBe('unknown');
  });

  it('needs no further dates for a meeting inside the window before the review', () => {
    const meeting = completeMeeting('2027-03-05', { futureDatesAgreed: [], nextMeetingDate: null });
    const finding = one(check(meeting, [completeMeeting(FIRST)]), 'future-dates-to-review');
    expect(finding.outcome).toBe('met');
  });
});

describe('plan-action-reviewed and new-action-owner-and-due', () => {
  it('is a gap for each open plan action the latest meeting did not review', () => {
    const meeting = completeMeeting(FIRST, {
      actionProgress: [{ action: 'mother to attend the PARENTING course', status: 'in-progress' }],
    });
    const gaps = of(check(meeting), 'plan-action-reviewed');
    expect(gaps.map((f) => [f.subject, f.outcome])).toEqual([[ACTION_B, 'gap']]);
  });

  it('does not compare an earlier meeting with the plan as it is today', () => {
    const earlier = completeMeeting(FIRST, {
      actionProgress: [{ action: ACTION_A, status: 'done' }],
    });
    const record = meetingCase([earlier, completeMeeting('2027-01-10')]);
    expect(of(checkMeeting(earlier, record, ENGLAND), 'plan-action-reviewed')).toEqual([]);
  });

  it('is unknown when progress or the plan was not read', () => {
    const { actionProgress: _, ...unread } = completeMeeting(FIRST);
    expect(one(check(unread), 'plan-action-reviewed').outcome).toBe('unknown');
    const meeting = completeMeeting(FIRST);
    const noPlan = checkMeeting(meeting, meetingCase([meeting], { plans: [] }), ENGLAND);
    expect(one(noPlan, 'plan-action-reviewed').outcome).toBe('unknown');
  });

  it('is a gap for a new action with no owner or no date', () => {
    const meeting = completeMeeting(FIRST, {
      newActions: [
        { text: 'Arrange a nursery place.', owner: SW.name },
        { text: 'Check the smoke alarm.', due: '2027-01-04' },
        { text: 'Book the health check.', owner: NURSE.name, due: '2027-01-04' },
      ],
    });
    const gaps = of(check(meeting), 'new-action-owner-and-due');
    expect(gaps.map((f) => f.reason)).toEqual([
      'The new action "Arrange a nursery place." does not say by when.',
      'The new action "Check the smoke alarm." does not say who will do it.',
    ]);
  });
});

describe('checkMeeting never flags what was not read', () => {
  it('finds no gap at all in a held meeting with nothing but its date', () => {
    const findings = check({ date: FIRST, status: 'held' });
    expect(findings.filter((f) => f.outcome === 'gap')).toEqual([]);
    expect(findings.length).toBeGreaterThan(10);
  });
});
