import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overdueBadge, overdueCount } from '../../lib/reminders/badge';
import {
  type CaseFindings,
  caseOfKey,
  dueOfKey,
  remindersDue,
} from '../../lib/reminders/due-reminders';
import { planReminderRun } from '../../lib/reminders/reminder-run';
import { groupedNotice, reminderNotice } from '../../lib/reminders/reminder-text';
import { addDays, addWorkingDays, compareDates } from '../../lib/rules/calendar';
import type { Finding } from '../../lib/rules/finding';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'core-group-interval',
  status: 'upcoming',
  reason: 'The next core group is due; Amy Example is on the plan.',
  source: { title: 'Working Together to Safeguard Children 2023' },
  occurrence: 'current',
  computedFrom: [],
  region: 'england-and-wales',
  regionAssumed: false,
  procedureId: 'england',
  ...overrides,
});
const one = (findings: Finding[], caseId = 'C-1'): CaseFindings[] => [
  { caseId, findings, childIds: ['amy', 'ben'] },
];

describe('which reminders are due', () => {
  it('reminds N working days before, counting over Christmas bank holidays', () => {
    // Due Tue 29 Dec 2026 (a working day); 3 working days before is Tue 22 Dec 2026, because
    // 25 and 28 December are bank holidays in England and the 26th and 27th a weekend.
    const cases = one([finding({ due: '2026-12-29' })]);
    expect(remindersDue(cases, { today: '2026-12-21', daysBefore: 3 })).toEqual([]);
    const due = remindersDue(cases, { today: '2026-12-22', daysBefore: 3 });
    expect(due).toHaveLength(1);
    expect(due[0]?.workingDaysLeft).toBe(3);
    expect(remindersDue(cases, { today: '2026-12-29', daysBefore: 3 })[0]?.workingDaysLeft).toBe(0);
    expect(remindersDue(cases, { today: '2026-12-30', daysBefore: 3 })).toEqual([]);
  });

  it("uses each finding's own nation: Scotland's 2 January holiday moves the reminder earlier", () => {
    // 2 January 2027 is a Saturday, so Scotland takes Monday 4 January off instead: 2 working
    // days before Tuesday 5 January are Thursday 31 December in England, Wednesday 30 in Scotland.
    const due = '2027-01-05';
    const english = one([finding({ due, region: 'england-and-wales' })]);
    const scottish = one([finding({ due, region: 'scotland' })]);
    expect(remindersDue(english, { today: '2026-12-30', daysBefore: 2 })).toEqual([]);
    expect(remindersDue(scottish, { today: '2026-12-30', daysBefore: 2 })).toHaveLength(1);
    expect(remindersDue(english, { today: '2026-12-31', daysBefore: 2 })).toHaveLength(1);
  });

  it('reminds only of what is still to do: not done, not overdue, not seen-alone, not past', () => {
    const due = '2026-11-27';
    const cases = one([
      finding({ due, status: 'met', doneOn: '2026-11-20' }),
      finding({ due, status: 'late' }),
      finding({ due: '2026-11-20', status: 'overdue' }),
      finding({ due, status: 'unknown' }),
      finding({ due, rule: 'seen-alone', status: 'due-soon' }),
      finding({ due, status: 'due-soon', occurrence: 'past' }),
      finding({ due, rule: 'minutes-circulated', status: 'due-soon' }),
      finding({ rule: 'review-conference', status: 'upcoming' }),
    ]);
    const due_ = remindersDue(cases, { today: '2026-11-25', daysBefore: 5 });
    expect(due_.map((r) => r.rule)).toEqual(['minutes-circulated']);
  });

  it('numbers a child by their place on the case, never by name or id in the notice', () => {
    const [reminder] = remindersDue(
      one([finding({ due: '2026-11-26', rule: 'visit-frequency', childId: 'ben' })], 'CF-7'),
      { today: '2026-11-25', daysBefore: 1 },
    );
    expect(reminder?.childNumber).toBe(2);
    const notice = reminderNotice(reminder as NonNullable<typeof reminder>, '2026-11-25');
    expect(notice.title).toBe('Case CF-7: Statutory visit due soon');
    expect(notice.message).toBe(
      'Statutory visit for child 2 is due in 1 working day (Thu 26 Nov 2026). Check the case system, which remains the record.',
    );
    expect(JSON.stringify(notice)).not.toMatch(/ben|Amy/);
  });

  it('reminds on the day only when set to 0, and refuses a count that is not whole', () => {
    const cases = one([finding({ due: '2026-11-26' })]);
    expect(remindersDue(cases, { today: '2026-11-25', daysBefore: 0 })).toEqual([]);
    expect(remindersDue(cases, { today: '2026-11-26', daysBefore: 0 })).toHaveLength(1);
    expect(() => remindersDue(cases, { today: '2026-11-26', daysBefore: -1 })).toThrow(RangeError);
    expect(() => remindersDue(cases, { today: '2026-11-26', daysBefore: 1.5 })).toThrow(RangeError);
  });

  it('reminds exactly when today lies between N working days before the deadline and the deadline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 15 }),
        (dueOffset, todayOffset, daysBefore) => {
          const due = addDays('2026-01-01', dueOffset);
          const today = addDays(due, todayOffset);
          const reminded =
            remindersDue(one([finding({ due })]), { today, daysBefore }).length === 1;
          const from = addWorkingDays(due, -daysBefore, 'england-and-wales');
          const inWindow = compareDates(today, from) >= 0 && compareDates(today, due) <= 0;
          expect(reminded).toBe(inWindow);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the toolbar badge', () => {
  it('counts current overdue deadlines across every case, not past breaches', () => {
    const cases: CaseFindings[] = [
      ...one([finding({ status: 'overdue' }), finding({ status: 'overdue', occurrence: 'past' })]),
      ...one([finding({ status: 'overdue' }), finding({ status: 'due-soon' })], 'C-2'),
    ];
    expect(overdueCount(cases)).toBe(2);
    expect(overdueBadge(2)).toEqual({
      text: '2',
      title:
        'Core Group Lens: 2 overdue deadlines in the cases read. Open the dashboard to see them.',
    });
  });

  it('hides itself at zero and never overflows the icon', () => {
    expect(overdueBadge(0).text).toBe('');
    expect(overdueBadge(1).title).toMatch(/1 overdue deadline in/);
    expect(overdueBadge(999).text).toBe('999');
    expect(overdueBadge(12_000).text).toBe('999+');
  });
});

describe('a reminder check', () => {
  const cases = [
    ...one([finding({ due: '2026-11-26' }), finding({ due: '2026-11-20', status: 'overdue' })]),
    ...one([finding({ due: '2026-11-27', rule: 'review-conference' })], 'C-2'),
  ];
  const base = {
    cases,
    today: '2026-11-25',
    settings: { enabled: true, daysBefore: 3 },
    notificationsAllowed: true,
    sent: [] as string[],
  };

  it('always sets the badge, but notifies only when opted in (permission and setting)', () => {
    expect(planReminderRun({ ...base, notificationsAllowed: false }).notify).toEqual([]);
    expect(
      planReminderRun({ ...base, settings: { enabled: false, daysBefore: 3 } }).notify,
    ).toEqual([]);
    const run = planReminderRun(base);
    expect(run.badge.text).toBe('1');
    expect(run.notify.map((r) => r.caseId)).toEqual(['C-1', 'C-2']);
    expect(planReminderRun({ ...base, notificationsAllowed: false }).badge.text).toBe('1');
  });

  it('shows each reminder once, and forgets it after its day', () => {
    const first = planReminderRun(base);
    const second = planReminderRun({ ...base, sent: first.sent });
    expect(second.notify).toEqual([]);
    expect(second.sent).toEqual(first.sent);
    const later = planReminderRun({
      ...base,
      settings: { enabled: false, daysBefore: 3 },
      today: '2026-11-27',
      sent: first.sent,
    });
    expect(later.sent.map(dueOfKey)).toEqual(['2026-11-27']);
    expect(planReminderRun({ ...base, sent: ['not json', '[1,2]'] }).sent).toEqual(first.sent);
  });

  it('forgets the reminders of a case once it is deleted, and never keeps a person id', () => {
    const withChild = [
      ...base.cases,
      {
        caseId: 'C-3',
        findings: [finding({ due: '2026-11-26', rule: 'visit-frequency', childId: 'P-300142' })],
        childIds: ['P-300142'],
      },
    ];
    const first = planReminderRun({ ...base, cases: withChild });
    expect(first.sent.map(caseOfKey)).toContain('C-3');
    expect(first.sent.join()).not.toContain('P-300142');
    const afterDelete = planReminderRun({ ...base, sent: first.sent });
    expect(afterDelete.sent.map(caseOfKey)).not.toContain('C-3');
    expect(planReminderRun({ ...base, cases: [], sent: first.sent }).sent).toEqual([]);
  });

  it('groups many reminders into one notification naming the cases only', () => {
    const run = planReminderRun(base);
    const notice = groupedNotice(run.notify);
    expect(notice.title).toBe('2 child protection deadlines coming up');
    expect(notice.message).toBe('Cases C-1, C-2. Open the dashboard to see them.');
  });
});
