import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { CaseRecordSchema } from '../../lib/domain';
import { buildCaseReport, PLAN_SECTION_COUNT } from '../../lib/reports/case-report';
import { GENERATED_NOTICE } from '../../lib/reports/generated-notice';
import { computeFindings } from '../../lib/rules/compute-findings';

const TODAY = '2026-11-25';
const GENERATED_AT = '2026-11-25T16:30:00.000Z';
const demo = (caseId: string) => {
  const record = demoCases(TODAY).find((c) => c.record.caseId === caseId)?.record;
  if (!record) throw new Error(`no demo case ${caseId}`);
  return record;
};
const reportOf = (
  record: ReturnType<typeof demo>,
  purpose: 'supervision' | 'review-conference' = 'supervision',
  extra: { unreadCount?: number; conflictCount?: number; lastReadAt?: string } = {},
) =>
  buildCaseReport({
    record,
    findings: computeFindings(record, { today: TODAY }),
    purpose,
    today: TODAY,
    generatedAt: GENERATED_AT,
    ...extra,
  });

describe('the printable case summary', () => {
  it('opens with the notice that it was generated from locally read data', () => {
    const report = reportOf(demo('CF-1001'));
    expect(report.title).toBe('Case summary for supervision');
    expect(report.notice).toContain(GENERATED_NOTICE);
    expect(report.notice).toContain('25/11/2026 16:30');
  });

  it('groups deadlines into met, late, missed, open and unknown, every finding once', () => {
    const record = demo('GC-2001');
    const findings = computeFindings(record, { today: TODAY });
    const report = reportOf(record);
    const grouped = Object.values(report.deadlines).flat();
    expect(grouped).toHaveLength(findings.filter((f) => f.status !== 'not-applicable').length);
    expect(report.deadlines.late.map((f) => f.rule)).toContain('core-group-interval');
    expect(report.deadlines.met.every((f) => f.status === 'met')).toBe(true);
    expect(report.deadlines.missed.every((f) => f.status === 'overdue')).toBe(true);
  });

  it('covers, for the review conference, only what fell due since it last sat', () => {
    const record = CaseRecordSchema.parse({
      caseId: 'C-R',
      region: 'england-and-wales',
      icpcDate: '2026-05-01',
      reviewConferences: [{ date: '2026-07-24', status: 'held' }],
      coreGroups: [
        { date: '2026-05-12', status: 'held' },
        { date: '2026-07-20', status: 'held' },
      ],
    });
    const report = reportOf(record, 'review-conference');
    expect(report.title).toBe('Case summary for the review conference');
    expect(report.period.from).toBe('2026-07-24');
    expect(report.period.text).toMatch(/last review conference on Fri 24 Jul 2026/);
    const dated = Object.values(report.deadlines)
      .flat()
      .filter((f) => f.due !== undefined);
    expect(dated.every((f) => (f.due ?? '') >= '2026-07-24')).toBe(true);
    const supervision = reportOf(record, 'supervision');
    expect(Object.values(supervision.deadlines).flat().length).toBeGreaterThan(
      Object.values(report.deadlines).flat().length,
    );
  });

  it("counts each child's plan sections, and says when no plan was read rather than none exists", () => {
    const report = reportOf(demo('CF-1003'));
    const [first] = report.plans;
    expect(first?.planRead).toBe(true);
    expect(first?.sectionsTotal).toBe(PLAN_SECTION_COUNT);
    expect(first?.sectionsPresent).toBeLessThan(PLAN_SECTION_COUNT);
    expect(first?.missingSections.length).toBe(PLAN_SECTION_COUNT - (first?.sectionsPresent ?? 0));
    expect(report.plans.some((p) => p.actionGaps.length > 0)).toBe(true);

    const unread = reportOf(
      CaseRecordSchema.parse({ caseId: 'C-P', children: [{ id: 'a', name: 'Amy' }] }),
    );
    expect(unread.plans[0]?.planRead).toBe(false);
    expect(unread.caveats.join(' ')).toMatch(/No plan was read for Amy/);
  });

  it('records each child seen and seen alone, counting "not recorded" apart from alone', () => {
    const record = CaseRecordSchema.parse({
      caseId: 'C-V',
      region: 'england-and-wales',
      icpcDate: '2026-11-02',
      children: [
        { id: 'a', name: 'Amy' },
        { id: 'b', name: 'Ben', preVerbal: true },
      ],
      visits: [
        {
          date: '2026-11-04',
          children: [
            { childId: 'a', seen: true, seenAlone: true },
            { childId: 'b', seen: true },
          ],
        },
        {
          date: '2026-11-12',
          children: [
            { childId: 'a', seen: true },
            { childId: 'b', seen: false },
          ],
        },
        { date: '2026-11-19', children: [{ childId: 'a', seen: true, seenAlone: false }] },
      ],
    });
    const [amy, ben] = reportOf(record).seenAlone;
    expect(amy).toMatchObject({
      visitsSeen: 3,
      visitsSeenAlone: 1,
      visitsAloneNotRecorded: 1,
      visitsNotSeen: 0,
      lastSeen: '2026-11-19',
      lastSeenAlone: '2026-11-04',
    });
    expect(amy?.finding?.rule).toBe('seen-alone');
    expect(ben).toMatchObject({ visitsSeen: 1, visitsNotSeen: 1 });
    expect(ben?.exemption).toMatch(/Pre-verbal/);
  });

  it('lists what the summary may be missing: unread values, conflicts, assumed region, last read', () => {
    const report = reportOf(CaseRecordSchema.parse({ caseId: 'C-C' }), 'supervision', {
      unreadCount: 2,
      conflictCount: 1,
      lastReadAt: '2026-07-01T23:30:00.000Z',
    });
    const text = report.caveats.join(' ');
    expect(text).toMatch(/2 values shown on the case pages could not be read/);
    expect(text).toMatch(/1 value differs/);
    expect(text).toMatch(/England and Wales bank holidays were assumed/);
    // 23:30 UTC in July is 00:30 the next day in the UK.
    expect(text).toContain('02/07/2026 00:30');
  });
});
