import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DemoCase, demoCases, recordFor } from '../../demo/cases';
import { type CaseRecord, CaseRecordSchema, PLAN_SECTION_IDS } from '../../lib/domain';
import {
  checkMeetingHistory,
  countMeetingGaps,
  getProcedure,
  type MeetingCheck,
  reviewMeetings,
} from '../../lib/rules';

const ENGLAND = getProcedure('england');
/** The checks that find a gap in the case's core groups (latest meeting and across them). */
function meetingGaps(r: CaseRecord, today: string): Set<MeetingCheck> {
  const review = reviewMeetings(r, ENGLAND, today);
  return new Set(
    [...review.latestFindings, ...review.historyFindings]
      .filter((f) => f.outcome === 'gap')
      .map((f) => f.check),
  );
}

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);
/** Calendar days from `a` to `b` (positive when b is later), computed apart from demo/dates. */
const daysFrom = (a: string, b: string) => Math.round((utc(b) - utc(a)) / DAY_MS);
const isWeekday = (date: string) => ![0, 6].includes(new Date(utc(date)).getUTCDay());
const sorted = <T extends { date: string }>(items: readonly T[]) =>
  [...items].sort((x, y) => x.date.localeCompare(y.date));
const gaps = (dates: string[]) => dates.slice(1).map((d, i) => daysFrom(dates[i] ?? d, d));

const TODAY = '2026-11-25';
const anyToday = fc
  .integer({ min: 0, max: 36_500 })
  .map((n) => new Date(Date.UTC(2000, 0, 1) + n * DAY_MS).toISOString().slice(0, 10));

/** Each scenario the demo must show, as a test of one case against today. */
const SCENARIOS: Record<string, (c: DemoCase, today: string) => boolean> = {
  'all on time': ({ record: r }, today) => {
    const groups = sorted(r.coreGroups);
    const visits = sorted(r.visits);
    const firstReview = sorted(r.reviewConferences)[0];
    return (
      r.icpcDate !== undefined &&
      r.planEndDate === undefined &&
      groups.length >= 3 &&
      daysFrom(r.icpcDate, groups[0]?.date ?? '') <= 7 &&
      gaps(groups.map((g) => g.date)).every((d) => d <= 28) &&
      groups.some((g) => g.status === 'scheduled') &&
      groups.every(
        (g) =>
          g.status === 'scheduled' ||
          (g.minutesCirculatedDate !== undefined && daysFrom(g.date, g.minutesCirculatedDate) <= 5),
      ) &&
      firstReview !== undefined &&
      daysFrom(r.icpcDate, firstReview.date) <= 84 &&
      visits.length >= 5 &&
      gaps(visits.map((v) => v.date)).every((d) => d <= 10) &&
      daysFrom(visits.at(-1)?.date ?? '', today) <= 10 &&
      visits.every((v) => v.children.every((c) => c.seen && c.seenAlone === true)) &&
      r.children.every((child) => {
        const plan = r.plans.find((p) => p.childId === child.id);
        return (
          plan !== undefined &&
          PLAN_SECTION_IDS.every((id) => plan.sections[id]) &&
          plan.actions.every((a) => a.owner && a.due && a.measure)
        );
      })
    );
  },
  'first core group overdue': ({ record: r }, today) =>
    r.icpcDate !== undefined &&
    daysFrom(r.icpcDate, today) >= 24 &&
    daysFrom(r.icpcDate, today) <= 30 &&
    r.coreGroups.length === 0,
  'a gap over 6 weeks between core groups': ({ record: r }) =>
    gaps(sorted(r.coreGroups.filter((g) => g.status === 'held')).map((g) => g.date)).some(
      (d) => d > 42,
    ),
  'a child seen at every visit, never alone': ({ record: r }) =>
    r.children.some((child) => {
      const seen = r.visits.flatMap((v) => v.children.filter((c) => c.childId === child.id));
      return (
        child.preVerbal === false &&
        child.seenAloneNotRequired === false &&
        seen.length >= 3 &&
        seen.length === r.visits.length &&
        seen.every((c) => c.seen && c.seenAlone === false)
      );
    }),
  'a pre-verbal baby': ({ record: r }, today) =>
    r.children.some(
      (c) => c.preVerbal === true && c.dateOfBirth && daysFrom(c.dateOfBirth, today) < 365,
    ),
  'a plan missing sections, with actions lacking owner, date and measure': ({ record: r }) =>
    r.plans.some(
      (p) =>
        PLAN_SECTION_IDS.some((id) => !p.sections[id]) &&
        p.actions.some((a) => !a.owner) &&
        p.actions.some((a) => !a.due) &&
        p.actions.some((a) => !a.measure),
    ),
  'a Scottish case': ({ record: r, localAuthority }) =>
    r.region === 'scotland' && localAuthority === 'Glenbrae Council',
  'a plan that has ended': ({ record: r }, today) =>
    r.planEndDate !== undefined && r.planEndDate < today,
  'a school move': ({ record: r }) =>
    r.schoolMoves.some((m) => r.children.some((c) => c.id === m.childId)),
  'a visit not recording seen alone': ({ record: r }) =>
    r.visits.some((v) => v.children.some((c) => c.seen && !('seenAlone' in c))),
  'a child the conference said need not be seen alone': ({ record: r }) =>
    r.children.some((c) => c.seenAloneNotRequired === true),
  'a complete core group record with nothing missing or unknown': ({ record: r }, today) => {
    const count = countMeetingGaps(r, ENGLAND, today);
    // Before 2008 no bank-holiday calendar is known: the window before a review is unknown.
    const unknownAllowed = today < '2009-01-01' ? 1 : 0;
    return (
      count.latestMeetingDate !== undefined && count.gaps === 0 && count.unknown <= unknownAllowed
    );
  },
  'the latest core group without the social worker or parents, an update or a next date': (
    { record: r },
    today,
  ) =>
    [
      'lead-social-worker-present',
      'parents-present-or-reason',
      'absent-member-written-update',
      'next-meeting-date-set',
    ].every((check) => meetingGaps(r, today).has(check as MeetingCheck)),
  'risk increasing at two core groups in a row': ({ record: r }, today) =>
    meetingGaps(r, today).has('risk-increasing'),
  'an action carried over unchanged': ({ record: r }, today) =>
    meetingGaps(r, today).has('action-carried-over'),
  'a new adult in the household not assessed': ({ record: r }, today) =>
    checkMeetingHistory(r, ENGLAND, today).some(
      (f) => f.check === 'household-change-assessed' && f.outcome === 'gap',
    ),
  'markup in free text': ({ family, notes, record: r }) =>
    family.includes('<img src=x onerror="alert(1)">') &&
    notes.some((n) => n.includes('<script>alert(2)</script>')) &&
    r.plans.some((p) => p.actions.some((a) => a.text.includes('<script>alert(2)</script>'))),
};

/** Dates that must not be in the future, and those that must. */
function pastAndFuture(r: CaseRecord): { past: string[]; future: string[] } {
  const past = [
    r.icpcDate,
    r.planEndDate,
    ...r.visits.map((v) => v.date),
    ...r.schoolMoves.map((m) => m.date),
    ...r.coreGroups.flatMap((g) =>
      g.status === 'held' ? [g.date, g.minutesCirculatedDate] : [g.minutesCirculatedDate],
    ),
    ...r.coreGroups.flatMap((g) => (g.householdChanges ?? []).map((h) => h.since)),
    ...r.reviewConferences.flatMap((c) =>
      c.status === 'held' ? [c.date, c.reportSharedDate] : [c.reportSharedDate],
    ),
  ];
  const future = [
    ...r.coreGroups.filter((g) => g.status === 'scheduled').map((g) => g.date),
    ...r.reviewConferences.filter((c) => c.status === 'scheduled').map((c) => c.date),
  ];
  return {
    past: past.filter((d): d is string => d !== undefined),
    future,
  };
}

/** Everything wrong with the demo on `today`, as sentences (none when all is well). */
function problemsOn(today: string): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(`${today}: ${problem}`);
  };
  const cases = demoCases(today);
  for (const demoCase of cases) {
    for (const view of demoCase.views) {
      const record = recordFor(demoCase, view);
      const id = view.caseId;
      // Parsing must neither reject nor change anything: no unknown keys, no missing lists.
      const parsed = CaseRecordSchema.safeParse(record);
      check(parsed.success, `${id} fails the schema: ${parsed.error?.message}`);
      check(isDeepStrictEqual(parsed.data, record), `${id} is changed by parsing`);
      const { past, future } = pastAndFuture(record);
      for (const date of past) check(date <= today, `${id} has ${date} in the future`);
      for (const date of future) check(date > today, `${id} has ${date} scheduled in the past`);
      const meetings = [
        ...record.coreGroups.map((g) => g.date),
        ...record.reviewConferences.map((c) => c.date),
        ...record.visits.map((v) => v.date),
      ];
      for (const date of meetings) check(isWeekday(date), `${id} meets on ${date}, a weekend`);
      for (const g of record.coreGroups) {
        const ahead = [
          ...(typeof g.nextMeetingDate === 'string' ? [g.nextMeetingDate] : []),
          ...(g.futureDatesAgreed ?? []),
        ];
        for (const date of ahead) {
          check(date > g.date, `${id}'s core group on ${g.date} agrees a date before it`);
          check(isWeekday(date), `${id} agrees a core group on ${date}, a weekend`);
        }
      }
      check(
        new Set(record.visits.map((v) => v.date)).size === record.visits.length,
        `${id} has two visits on one day`,
      );
      const childIds = record.children.map((c) => c.id);
      const referenced = [
        ...record.visits.flatMap((v) => v.children.map((c) => c.childId)),
        ...record.plans.map((p) => p.childId),
        ...record.schoolMoves.map((m) => m.childId),
      ];
      for (const child of referenced) check(childIds.includes(child), `${id} names ${child}`);
      check(
        record.plans.map((p) => p.childId).join() === childIds.join(),
        `${id} does not have one plan per child`,
      );
    }
  }
  for (const [name, holds] of Object.entries(SCENARIOS)) {
    check(
      cases.some((c) => holds(c, today)),
      `no case shows "${name}"`,
    );
  }
  return problems;
}

describe('demoCases', () => {
  it('gives valid records, consistent with today, showing every scenario', () => {
    expect(problemsOn(TODAY)).toEqual([]);
  });

  it('keeps every scenario and invariant whatever day the demo runs', () => {
    fc.assert(
      fc.property(anyToday, (today) => problemsOn(today).length === 0),
      { numRuns: 200 },
    );
    // Every case's meeting checks on every run: slow on a busy machine, not a hang.
  }, 60_000);

  it('has at least 3 families and 6 children on current plans, 4 cases per system', () => {
    const cases = demoCases(TODAY);
    const current = cases.filter((c) => !c.record.planEndDate || c.record.planEndDate > TODAY);
    expect(new Set(cases.map((c) => c.family)).size).toBeGreaterThanOrEqual(3);
    expect(current.flatMap((c) => c.record.children).length).toBeGreaterThanOrEqual(6);
    for (const system of ['careflow', 'gridcase'] as const) {
      const shown = cases.filter((c) => c.views.some((v) => v.system === system));
      expect(shown.length, system).toBeGreaterThanOrEqual(4);
    }
  });

  it('shows the on-time case in both systems, under each system’s own case id', () => {
    const both = demoCases(TODAY).filter((c) => c.views.length === 2);
    expect(both).toHaveLength(1);
    const [demoCase] = both as [DemoCase];
    expect(SCENARIOS['all on time']?.(demoCase, TODAY)).toBe(true);
    const [careflow, gridcase] = demoCase.views.map((v) => recordFor(demoCase, v));
    expect(careflow?.caseId).toMatch(/^CF-/);
    expect(gridcase?.caseId).toMatch(/^GC-/);
    expect({ ...careflow, caseId: '' }).toStrictEqual({ ...gridcase, caseId: '' });
  });

  it('uses case ids unique across the demo, and person ids unique across families', () => {
    const cases = demoCases(TODAY);
    const caseIds = cases.flatMap((c) => c.views.map((v) => `${v.system}:${v.caseId}`));
    expect(new Set(caseIds).size).toBe(caseIds.length);
    const personIds = cases.flatMap((c) => c.record.children.map((ch) => ch.id));
    expect(new Set(personIds).size).toBe(personIds.length);
  });

  it('refuses a today that is not a real date', () => {
    expect(() => demoCases('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => demoCases('25/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});
