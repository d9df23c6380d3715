import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { CaseRecordSchema } from '../../lib/domain';
import {
  buildTimeline,
  dateFraction,
  RULE_LANES,
  timelineEntries,
} from '../../lib/present/dashboard-timeline';
import { computeFindings } from '../../lib/rules/compute-findings';
import { generatedRecords } from './dashboard-fixtures';

const TODAY = '2026-11-25';
const demo = (caseId: string) => {
  const record = demoCases(TODAY).find((c) => c.record.caseId === caseId)?.record;
  if (!record) throw new Error(`no demo case ${caseId}`);
  return record;
};
const timelineOf = (record: ReturnType<typeof demo>) =>
  buildTimeline(record, computeFindings(record, { today: TODAY }), TODAY);

describe('the case timeline', () => {
  it('shows an overdue deadline as a missed stretch from its due date to today', () => {
    const model = timelineOf(demo('CF-1002'));
    const first = model.deadlines.find((d) => d.rule === 'first-core-group');
    expect(first?.status).toBe('overdue');
    expect(first?.missed).toEqual({ from: first?.due, to: TODAY });
  });

  it('shows a late core group as a missed stretch from due to the day it was held', () => {
    const model = timelineOf(demo('GC-2001'));
    const late = model.deadlines.find(
      (d) => d.rule === 'core-group-interval' && d.status === 'late',
    );
    expect(late?.occurrence).toBe('past');
    expect(late?.missed).toEqual({ from: late?.due, to: late?.doneOn });
  });

  it('draws the window before a review, and nothing missed for deadlines met', () => {
    const model = timelineOf(demo('CF-1001'));
    const window = model.deadlines.find((d) => d.rule === 'final-core-group-before-review');
    expect(window?.windowStart).toBeDefined();
    expect(model.deadlines.filter((d) => d.missed)).toEqual([]);
  });

  it('places every event and deadline of a case on its own lane, inside the axis', () => {
    for (const record of generatedRecords(120, TODAY)) {
      const findings = computeFindings(record, { today: TODAY });
      const model = buildTimeline(record, findings, TODAY);
      const dates = [
        model.today,
        ...model.events.map((e) => e.date),
        ...model.deadlines.flatMap((d) => [d.due, d.windowStart, d.doneOn, d.missed?.to]),
      ].filter((d): d is string => d !== undefined);
      for (const date of dates) {
        const x = dateFraction(model, date);
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(1);
      }
      for (const d of model.deadlines) expect(d.lane).toBe(RULE_LANES[d.rule]);
      expect(model.events).toHaveLength(
        (record.icpcDate ? 1 : 0) +
          record.reviewConferences.length +
          record.reviewConferences.filter((r) => r.reportSharedDate).length +
          record.coreGroups.length +
          record.coreGroups.filter((g) => g.minutesCirculatedDate).length +
          record.schoolMoves.length +
          record.visits.length,
      );
      expect(
        model.months.every((m) => m.endsWith('-01') && m > model.start && m <= model.end),
      ).toBe(true);
      const entries = timelineEntries(model);
      expect(entries).toHaveLength(model.events.length + model.deadlines.length);
      expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort());
    }
  });

  it('says in words who was seen alone at each visit, and never takes "not recorded" as alone', () => {
    const record = CaseRecordSchema.parse({
      caseId: 'C-1',
      icpcDate: '2026-11-02',
      children: [
        { id: 'a', name: 'Amy' },
        { id: 'b', name: 'Ben' },
      ],
      visits: [
        {
          date: '2026-11-10',
          children: [
            { childId: 'a', seen: true, seenAlone: true },
            { childId: 'b', seen: true },
          ],
        },
      ],
    });
    const model = timelineOf(record);
    expect(model.events.find((e) => e.kind === 'visit')?.label).toBe(
      'Visit: Amy seen alone; Ben seen, alone not recorded',
    );
  });

  it('lists what cannot be dated instead of dropping it', () => {
    const record = CaseRecordSchema.parse({ caseId: 'C-2' });
    const model = timelineOf(record);
    expect(model.unplaced.length).toBeGreaterThan(0);
    expect(model.unplaced.every((f) => f.status === 'unknown')).toBe(true);
    expect(model.start < TODAY && TODAY < model.end).toBe(true);
  });
});
