import { describe, expect, it } from 'vitest';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import { coreGroupSchedule } from '../../lib/present/core-group-schedule';
import { escalationPrompts } from '../../lib/present/escalation';
import type { VisitFormChild } from '../../lib/present/sidebar-frame';
import { visitFormPrompt } from '../../lib/present/visit-form-prompt';
import { computeFindings } from '../../lib/rules/compute-findings';
import { getProcedure } from '../../lib/rules/procedures';

const record = (input: Partial<CaseRecordInput> = {}) =>
  CaseRecordSchema.parse({ caseId: 'C-1', region: 'england-and-wales', ...input });
const ENGLAND = getProcedure('england');

describe('the visit form prompt', () => {
  const child = (name: string, over: Partial<VisitFormChild> = {}): VisitFormChild => ({
    name,
    seen: 'unanswered',
    seenAlone: 'unanswered',
    reasonGiven: false,
    ...over,
  });

  it('names every child with no answer to "seen alone?"', () => {
    const prompt = visitFormPrompt([child('Amy'), child('Ben', { seenAlone: 'yes' })]);
    expect(prompt.items).toEqual([
      { name: 'Amy', gap: 'seen-alone-unanswered', preVerbal: false, notRequired: false },
    ]);
  });

  it('asks for the reason when a child was not seen alone, and not once it is given', () => {
    expect(visitFormPrompt([child('Amy', { seenAlone: 'no' })]).items[0]?.gap).toBe(
      'reason-missing',
    );
    expect(visitFormPrompt([child('Amy', { seenAlone: 'no', reasonGiven: true })]).items).toEqual(
      [],
    );
  });

  it('does not ask about seen alone for a child recorded as not seen', () => {
    expect(visitFormPrompt([child('Amy', { seen: 'no' })]).items).toEqual([]);
  });

  it('marks a pre-verbal child from the case record, matching names loosely', () => {
    const prompt = visitFormPrompt(
      [child('  baby  CAL ')],
      [{ id: 'cal', name: 'Baby Cal', preVerbal: true }],
    );
    expect(prompt.items[0]).toMatchObject({ preVerbal: true, notRequired: false });
  });
});

describe('the core group schedule', () => {
  // ICPC Thu 1 Oct 2026; first review due 3 months on, 1 Jan 2027 (not booked).
  const base = {
    icpcDate: '2026-10-01',
    children: [{ id: 'amy', name: 'Amy' }],
  };
  const options = { today: '2026-11-02', procedure: ENGLAND, region: 'england-and-wales' as const };

  it('counts the coming meetings, 6 weeks apart, up to the review', () => {
    const r = record({
      ...base,
      coreGroups: [{ date: '2026-10-08', status: 'held', minutesCirculatedDate: '2026-10-12' }],
    });
    const schedule = coreGroupSchedule(r, computeFindings(r, options), options);
    // 6 weeks after Thu 8 Oct is Thu 19 Nov; 6 weeks after that is Thu 31 Dec, before 1 Jan.
    expect(schedule.mustFallBy).toEqual(['2026-11-19', '2026-12-31']);
    expect(schedule.review).toEqual({ date: '2027-01-01', booked: false });
    expect(schedule.finalBeforeReview?.windowStart).toBeDefined();
    expect(schedule.minutesDue).toEqual([]);
    expect(schedule.latestMinutes?.status).toBe('met');
  });

  it('stops at a review booked earlier, and says which minutes are still due', () => {
    const r = record({
      ...base,
      coreGroups: [{ date: '2026-10-08', status: 'held' }],
      reviewConferences: [{ date: '2026-12-10', status: 'scheduled' }],
    });
    const schedule = coreGroupSchedule(r, computeFindings(r, options), options);
    expect(schedule.mustFallBy).toEqual(['2026-11-19']);
    expect(schedule.review).toEqual({ date: '2026-12-10', booked: true });
    expect(schedule.minutesDue.map((f) => f.status)).toEqual(['overdue']);
  });

  it('counts on from today when the next meeting is already overdue', () => {
    const r = record({ ...base, coreGroups: [{ date: '2026-10-08', status: 'held' }] });
    const late = { ...options, today: '2026-11-25' };
    const schedule = coreGroupSchedule(r, computeFindings(r, late), late);
    // Overdue since Thu 19 Nov; if held today (Wed 25 Nov), the next by Wed 6 Jan, after the review.
    expect(schedule.mustFallBy).toEqual(['2026-11-19']);
    expect(schedule.next?.status).toBe('overdue');
  });

  it('starts from the first core group when none has been held', () => {
    const r = record(base);
    const schedule = coreGroupSchedule(r, computeFindings(r, options), options);
    expect(schedule.next?.rule).toBe('first-core-group');
    expect(schedule.mustFallBy[0]).toBe(schedule.next?.due);
  });

  it('gives the reason, and no dates, when the ICPC is not recorded', () => {
    const r = record({ children: [{ id: 'amy', name: 'Amy' }] });
    const schedule = coreGroupSchedule(r, computeFindings(r, options), options);
    expect(schedule.mustFallBy).toEqual([]);
    expect(schedule.cannotDate).toMatch(/ICPC date is not recorded/);
  });

  it('gives no dates after the plan ends', () => {
    const r = record({
      ...base,
      planEndDate: '2026-11-10',
      coreGroups: [{ date: '2026-10-08', status: 'held' }],
    });
    const schedule = coreGroupSchedule(r, computeFindings(r, options), options);
    expect(schedule.mustFallBy).toEqual([]);
  });
});

describe('escalation', () => {
  it('prompts when a core group is overdue, saying if it happened before', () => {
    const r = record({
      icpcDate: '2026-06-01',
      children: [{ id: 'amy', name: 'Amy' }],
      coreGroups: [
        { date: '2026-06-10', status: 'held', minutesCirculatedDate: '2026-06-12' },
        { date: '2026-09-10', status: 'held', minutesCirculatedDate: '2026-09-12' },
      ],
      visits: [{ date: '2026-11-20', children: [{ childId: 'amy', seen: true, seenAlone: true }] }],
    });
    const prompts = escalationPrompts(computeFindings(r, { today: '2026-11-25' }));
    expect(prompts.map((p) => p.topic)).toEqual(['core-groups']);
    expect(prompts[0]?.overdue.map((f) => f.rule)).toEqual(['core-group-interval']);
    expect(prompts[0]?.earlierMissed).toBe(1);
  });

  it('prompts when visits have drifted, and not when everything is on time', () => {
    const r = record({
      icpcDate: '2026-10-01',
      children: [{ id: 'amy', name: 'Amy' }],
      coreGroups: [{ date: '2026-10-08', status: 'held', minutesCirculatedDate: '2026-10-09' }],
      visits: [{ date: '2026-10-20', children: [{ childId: 'amy', seen: true, seenAlone: true }] }],
    });
    expect(
      escalationPrompts(computeFindings(r, { today: '2026-11-25' })).map((p) => p.topic),
    ).toEqual(['core-groups', 'visits']);
    expect(escalationPrompts(computeFindings(r, { today: '2026-10-21' }))).toEqual([]);
  });
});
