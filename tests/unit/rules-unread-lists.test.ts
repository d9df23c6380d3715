import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../lib/domain';
import { computeFindings } from '../../lib/rules/compute-findings';

const TODAY = '2027-01-06';
const record = CaseRecordSchema.parse({
  caseId: 'C-1',
  region: 'england-and-wales',
  icpcDate: '2026-12-17',
  children: [{ id: 'a', name: 'Amy' }],
});

describe('lists no page has shown', () => {
  it('never calls a core group overdue when the core group list was not read', () => {
    const [first] = computeFindings(record, { today: TODAY, listsRead: new Set() }).filter(
      (f) => f.rule === 'first-core-group',
    );
    expect(first?.status).toBe('unknown');
    expect(first?.due).toBe('2027-01-05');
    expect(first?.reason).toMatch(/core group meetings have not been read yet/);
  });

  it('judges the list once a page has shown it, even empty', () => {
    const [first] = computeFindings(record, {
      today: TODAY,
      listsRead: new Set(['coreGroups']),
    }).filter((f) => f.rule === 'first-core-group');
    expect(first?.status).toBe('overdue');
  });

  it('drops past breaches inferred from an unread list and keeps not-applicable', () => {
    const baby = CaseRecordSchema.parse({
      ...record,
      children: [{ id: 'b', name: 'Bea', preVerbal: true }],
      coreGroups: [
        { date: '2026-12-18', status: 'held' },
        { date: '2027-03-30', status: 'held' },
      ],
    });
    const findings = computeFindings(baby, { today: '2027-06-01', listsRead: new Set() });
    expect(findings.filter((f) => f.occurrence === 'past')).toEqual([]);
    expect(findings.find((f) => f.rule === 'seen-alone')?.status).toBe('not-applicable');
    expect(findings.some((f) => f.status === 'overdue' || f.status === 'late')).toBe(false);
  });

  it('leaves every finding as it was when told nothing about what was read', () => {
    expect(computeFindings(record, { today: TODAY })).toEqual(
      computeFindings(record, {
        today: TODAY,
        listsRead: new Set(['coreGroups', 'visits', 'reviewConferences']),
      }),
    );
  });
});
