import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoreGroup } from '../../lib/domain';
import {
  checkMeeting,
  checkMeetingHistory,
  countMeetingGaps,
  getProcedure,
  type MeetingCheck,
  type MeetingFinding,
  withOverrides,
} from '../../lib/rules';
import {
  ACTION_A,
  ACTION_B,
  completeMeeting,
  LEAD,
  meetingCase,
  SW,
  TEACHER,
} from './meeting-fixtures';

const ENGLAND = getProcedure('england');
const TODAY = '2027-02-15';
const [M1, M2, M3] = ['2026-12-10', '2027-01-07', '2027-02-04'] as const;

function history(groups: CoreGroup[], procedure = ENGLAND, today = TODAY) {
  return checkMeetingHistory(meetingCase(groups), procedure, today);
}
/** The same case with ACTION_B due on 1 February 2027, before TODAY. */
function historyBDue(groups: CoreGroup[], planStatus: 'in-progress' | 'done' = 'in-progress') {
  const plans = [
    {
      childId: 'mia',
      sections: {},
      actions: [
        { text: ACTION_A, due: '2027-03-01', status: 'in-progress' as const },
        { text: ACTION_B, due: '2027-02-01', status: planStatus },
      ],
    },
  ];
  return checkMeetingHistory(meetingCase(groups, { plans }), ENGLAND, TODAY);
}
const of = (findings: MeetingFinding[], check: MeetingCheck) =>
  findings.filter((f) => f.check === check);
const one = (findings: MeetingFinding[], check: MeetingCheck) => {
  const found = of(findings, check);
  expect(found, check).toHaveLength(1);
  return found[0] as MeetingFinding;
};

describe('checkMeetingHistory: meetings going well', () => {
  it('finds no gap across three complete meetings', () => {
    const findings = history([completeMeeting(M1), completeMeeting(M2), completeMeeting(M3)]);
    expect(findings.filter((f) => f.outcome !== 'met')).toEqual([]);
  });

  it('has nothing to say before any core group is held', () => {
    expect(history([{ date: M1, status: 'scheduled' }])).toEqual([]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => history([completeMeeting(M1)], ENGLAND, '2027-02-31')).toThrow(RangeError);
  });
});

describe('action-drift', () => {
  it('is a gap for an action past its date and not done, with a prompt to escalate', () => {
    // ACTION_B is due 2027-02-01 in the plan and still in progress at the latest meeting.
    const finding = one(historyBDue([completeMeeting(M1), completeMeeting(M3)]), 'action-drift');
    expect(finding.subject).toBe(ACTION_B);
    expect(finding.reason).toBe(
      `The action "${ACTION_B}" was due by Mon 1 Feb 2027 (the plan) and is not done: in progress at the core group on Thu 4 Feb 2027.`,
    );
    expect(finding.prompt).toContain('bring the review conference forward');
  });

  it('is met (no finding) once a meeting or the plan records it done', () => {
    const done = completeMeeting(M3, {
      actionProgress: [
        { action: ACTION_A, status: 'in-progress' },
        { action: ACTION_B, status: 'done' },
      ],
    });
    expect(of(historyBDue([completeMeeting(M1), done]), 'action-drift')).toEqual([]);
    const plannedDone = historyBDue([completeMeeting(M1), completeMeeting(M3)], 'done');
    expect(of(plannedDone, 'action-drift')).toEqual([]);
  });

  it('is a gap for an action the record calls drifted, even before its date', () => {
    const drifted = completeMeeting(M2, {
      actionProgress: [{ action: ACTION_A, status: 'drifted' }],
    });
    const findings = of(history([drifted], ENGLAND, '2027-01-10'), 'action-drift');
    expect(findings.map((f) => [f.subject, f.outcome])).toEqual([[ACTION_A, 'gap']]);
  });

  it('is unknown when a later meeting’s progress was not read', () => {
    const { actionProgress: _, ...unread } = completeMeeting(M3);
    const finding = one(historyBDue([completeMeeting(M1), unread]), 'action-drift');
    expect(finding.outcome).toBe('unknown');
    expect(finding.reason).toContain('not on the pages read');
  });

  it('takes a date amended at a meeting for an action not in the plan', () => {
    const set = completeMeeting(M1, {
      newActions: [{ text: 'Fit a stair gate.', owner: 'Mother', due: '2027-01-01' }],
    });
    const moved = completeMeeting(M2, {
      newActions: [{ text: 'Fit a stair gate.', owner: 'Mother', due: '2027-03-01' }],
    });
    expect(of(history([set, moved]), 'action-drift')).toEqual([]);
    const findings = of(history([set]), 'action-drift');
    expect(findings.map((f) => f.outcome)).toEqual(['unknown']);
  });
});

describe('action-carried-over', () => {
  const stuck = (date: string, carriedOver?: boolean) =>
    completeMeeting(date, {
      actionProgress: [
        { action: ACTION_A, status: 'not-started', ...(carriedOver ? { carriedOver } : {}) },
        { action: ACTION_B, status: 'in-progress' },
      ],
    });

  it('is a gap for an action not started at the last meetings in a row', () => {
    const finding = one(history([stuck(M1), stuck(M2), stuck(M3)]), 'action-carried-over');
    expect(finding.subject).toBe(ACTION_A);
    expect(finding.reason).toContain('not started at 3 core groups in a row');
    expect(finding.computedFrom.map((e) => e.date)).toEqual([M1, M2, M3]);
  });

  it('counts an action in progress only when the record says it was carried over', () => {
    const inProgress = (date: string, carriedOver?: boolean) =>
      completeMeeting(date, {
        actionProgress: [
          { action: ACTION_B, status: 'in-progress', ...(carriedOver ? { carriedOver } : {}) },
        ],
      });
    expect(of(history([inProgress(M1), inProgress(M2)]), 'action-carried-over')).toEqual([]);
    expect(of(history([inProgress(M1), inProgress(M2, true)]), 'action-carried-over')).toHaveLength(
      1,
    );
  });

  it('is broken by a change of status, or by a meeting whose progress was not read', () => {
    const started = completeMeeting(M3, {
      actionProgress: [{ action: ACTION_A, status: 'in-progress', carriedOver: true }],
    });
    expect(of(history([stuck(M1), stuck(M2), started]), 'action-carried-over')).toEqual([]);
    const { actionProgress: _, ...unread } = stuck(M2);
    expect(of(history([unread, stuck(M3)]), 'action-carried-over')).toEqual([]);
  });
});

describe('risk-increasing', () => {
  const risk = (date: string, riskTrend: CoreGroup['riskTrend']) =>
    completeMeeting(date, { riskTrend });

  it('is a gap when risk is increasing at two meetings in a row', () => {
    const finding = one(
      history([risk(M1, 'stable'), risk(M2, 'increasing'), risk(M3, 'increasing')]),
      'risk-increasing',
    );
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toBe(
      'Risk is recorded as increasing at two core groups in a row (Thu 7 Jan 2027 and Thu 4 Feb 2027).',
    );
    expect(finding.prompt).toContain('conference chair to bring the review conference forward');
  });

  it('is met when risk rose once, or fell since', () => {
    expect(
      one(history([risk(M1, 'stable'), risk(M2, 'increasing')]), 'risk-increasing').outcome,
    ).toBe('met');
    expect(
      one(history([risk(M1, 'increasing'), risk(M2, 'decreasing')]), 'risk-increasing').outcome,
    ).toBe('met');
  });

  it('is unknown when either meeting’s risk was not read', () => {
    const { riskTrend: _, ...unread } = completeMeeting(M1);
    expect(one(history([unread, risk(M2, 'increasing')]), 'risk-increasing').outcome).toBe(
      'unknown',
    );
    expect(one(history([risk(M1, 'increasing'), risk(M2, null)]), 'risk-increasing').outcome).toBe(
      'unknown',
    );
  });
});

describe('serious-non-cooperation', () => {
  it('is a gap when the latest meeting records serious non-co-operation', () => {
    const meeting = completeMeeting(M1, {
      nonCooperation: { level: 'serious', notes: 'Father refused the worker entry twice.' },
    });
    const finding = one(history([meeting]), 'serious-non-cooperation');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toContain('Father refused the worker entry twice.');
    expect(finding.prompt).toContain('bring the review conference forward');
  });

  it('is met for none or some, unknown when not read', () => {
    const some = completeMeeting(M1, { nonCooperation: { level: 'some' } });
    expect(one(history([some]), 'serious-non-cooperation').outcome).toBe('met');
    const { nonCooperation: _, ...unread } = completeMeeting(M1);
    expect(one(history([unread]), 'serious-non-cooperation').outcome).toBe('unknown');
  });
});

describe('household-change-assessed (the "hidden men" of case reviews)', () => {
  const partner = { name: 'Craig Dunn', relationship: "mother's partner", since: '2026-12-20' };

  it('is a gap for a new adult in the household not assessed', () => {
    const findings = history([
      completeMeeting(M1),
      completeMeeting(M2, { householdChanges: [{ ...partner, assessed: false }] }),
      completeMeeting(M3, { householdChanges: [] }),
    ]);
    const finding = one(findings, 'household-change-assessed');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toBe(
      "Craig Dunn (mother's partner) is recorded as in the household since Sun 20 Dec 2026 and not assessed (core group on Thu 7 Jan 2027).",
    );
    expect(finding.source.title).toContain('Hidden men');
    expect(finding.prompt).toContain('hidden');
  });

  it('is met once a later meeting records the assessment', () => {
    const findings = history([
      completeMeeting(M2, { householdChanges: [{ ...partner, assessed: false }] }),
      completeMeeting(M3, { householdChanges: [{ ...partner, assessed: true }] }),
    ]);
    expect(one(findings, 'household-change-assessed').outcome).toBe('met');
  });

  it('is unknown when the assessment is not recorded, or a later meeting was not read', () => {
    const notSaid = history([completeMeeting(M2, { householdChanges: [partner] })]);
    expect(one(notSaid, 'household-change-assessed').outcome).toBe('unknown');
    const { householdChanges: _, ...unread } = completeMeeting(M3);
    const later = history([
      completeMeeting(M2, { householdChanges: [{ ...partner, assessed: false }] }),
      unread,
    ]);
    expect(one(later, 'household-change-assessed').outcome).toBe('unknown');
  });

  it('says so when no meeting recorded the household at all', () => {
    const { householdChanges: _, ...unread } = completeMeeting(M1);
    expect(one(history([unread]), 'household-change-assessed').outcome).toBe('unknown');
  });
});

describe('same-chair-every-meeting (a local option)', () => {
  const flagged = withOverrides(ENGLAND, {
    flagSameChairEveryMeeting: { applies: true, source: { title: 'Anytown 4.3' } },
  });
  const three = [completeMeeting(M1), completeMeeting(M2), completeMeeting(M3)];

  it('is off unless the procedure turns it on', () => {
    expect(of(history(three), 'same-chair-every-meeting')).toEqual([]);
  });

  it('is a gap when one person chaired all of three or more meetings', () => {
    const finding = one(history(three, flagged), 'same-chair-every-meeting');
    expect(finding.outcome).toBe('gap');
    expect(finding.reason).toContain('has chaired all 3 core groups');
    expect(finding.source.title).toBe('Anytown 4.3');
  });

  it('is met when the chair was shared, unknown when a chair was not read', () => {
    const shared = [completeMeeting(M1), completeMeeting(M2, { chair: LEAD }), completeMeeting(M3)];
    expect(one(history(shared, flagged), 'same-chair-every-meeting').outcome).toBe('met');
    const { chair: _, ...unread } = completeMeeting(M2);
    const partly = [completeMeeting(M1), unread, completeMeeting(M3)];
    expect(one(history(partly, flagged), 'same-chair-every-meeting').outcome).toBe('unknown');
  });
});

describe('countMeetingGaps', () => {
  it('counts the latest meeting’s gaps and those across meetings, and the unknowns apart', () => {
    const latest = completeMeeting(M3, {
      attendees: [TEACHER],
      apologies: [{ ...SW, writtenUpdateSent: false }],
      parentsAbsenceReason: null,
      nextMeetingDate: null,
      riskTrend: 'increasing',
    });
    const record = meetingCase([completeMeeting(M2, { riskTrend: 'increasing' }), latest], {
      plans: [{ childId: 'mia', sections: {}, actions: [{ text: ACTION_B, due: '2027-02-01' }] }],
    });
    const count = countMeetingGaps(record, ENGLAND, TODAY);
    const all = [
      ...checkMeeting(latest, record, ENGLAND),
      ...checkMeetingHistory(record, ENGLAND, TODAY),
    ];
    expect(count).toEqual({
      gaps: all.filter((f) => f.outcome === 'gap').length,
      unknown: all.filter((f) => f.outcome === 'unknown').length,
      latestMeetingDate: M3,
    });
    // Social worker absent, no update from them, parents absent without reason, no next date,
    // risk increasing twice, ACTION_B past its date.
    expect(count.gaps).toBe(6);
  });

  it('is zero, with no meeting date, for a case with no core group held', () => {
    expect(countMeetingGaps(meetingCase([]), ENGLAND, TODAY)).toEqual({ gaps: 0, unknown: 0 });
  });
});

describe('never a gap from what was not read (property)', () => {
  const FIELDS = [
    'attendees',
    'apologies',
    'chair',
    'viceChair',
    'childSituation',
    'actionProgress',
    'riskTrend',
    'nonCooperation',
    'parentsViews',
    'childViews',
    'parentsAbsenceReason',
    'nextMeetingDate',
    'futureDatesAgreed',
    'householdChanges',
  ] as const;
  // newActions is left out: forgetting an amended date can uncover an older one, which is a
  // different date, not a missing one.
  const person = fc.constantFrom(SW, LEAD, TEACHER, { name: 'Jo Bloggs' });
  const meetingArb = (date: string) =>
    fc.record(
      {
        date: fc.constant(date),
        status: fc.constant('held' as const),
        attendees: fc.array(person, { maxLength: 3 }),
        apologies: fc.array(
          fc.record({
            name: fc.constantFrom('A', 'B'),
            kind: fc.constant('professional' as const),
            writtenUpdateSent: fc.boolean(),
          }),
          { maxLength: 2 },
        ),
        chair: fc.option(person),
        viceChair: fc.option(person),
        childSituation: fc.option(fc.constantFrom('', 'Settled')),
        actionProgress: fc.array(
          fc.record({
            action: fc.constantFrom(ACTION_A, ACTION_B),
            status: fc.constantFrom('not-started', 'in-progress', 'done', 'drifted'),
            carriedOver: fc.boolean(),
          }),
          { maxLength: 2 },
        ),
        riskTrend: fc.option(fc.constantFrom('increasing', 'stable', 'decreasing')),
        nonCooperation: fc.option(fc.record({ level: fc.constantFrom('none', 'some', 'serious') })),
        parentsViews: fc.option(fc.constantFrom('', 'Agrees')),
        childViews: fc.option(fc.constantFrom('', 'Happy')),
        parentsAbsenceReason: fc.option(fc.constantFrom('', 'Ill')),
        nextMeetingDate: fc.option(fc.constantFrom('2027-01-05', '2027-03-10')),
        futureDatesAgreed: fc.array(fc.constantFrom('2027-01-20', '2027-03-05'), { maxLength: 2 }),
        householdChanges: fc.array(
          fc.record({
            name: fc.constantFrom('Craig', 'Lee'),
            relationship: fc.constant('partner'),
            assessed: fc.boolean(),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['date', 'status'] },
    ) as fc.Arbitrary<CoreGroup>;

  const gapKeys = (groups: CoreGroup[], procedure = ENGLAND) => {
    const record = meetingCase(groups);
    const latest = groups.at(-1) as CoreGroup;
    return new Set(
      [...checkMeeting(latest, record, procedure), ...checkMeetingHistory(record, procedure, TODAY)]
        .filter((f) => f.outcome === 'gap')
        .map((f) => `${f.check}|${f.subject ?? ''}|${f.meetingDate}`),
    );
  };

  it('forgetting any fields of any meeting never adds a gap', () => {
    const procedure = withOverrides(ENGLAND, {
      practiceLeadChairsFirstCoreGroup: { applies: true },
      flagSameChairEveryMeeting: { applies: true },
    });
    fc.assert(
      fc.property(
        fc.tuple(meetingArb(M1), meetingArb(M2), meetingArb(M3)),
        fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...FIELDS)), { maxLength: 8 }),
        (groups, forget) => {
          const before = gapKeys(groups, procedure);
          const forgotten = groups.map((g) => ({ ...g }));
          for (const [i, field] of forget) delete (forgotten[i] as Partial<CoreGroup>)[field];
          for (const key of gapKeys(forgotten, procedure)) expect(before).toContain(key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds no gap in any record of held meetings that shows nothing but dates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 6 }),
        (offsets) => {
          const groups = offsets
            .sort((a, b) => a - b)
            .map((d) => ({
              date: new Date(Date.UTC(2026, 11, 2 + d)).toISOString().slice(0, 10),
              status: 'held' as const,
            }));
          expect(countMeetingGaps(meetingCase(groups), ENGLAND, TODAY).gaps).toBe(0);
        },
      ),
    );
  });
});
