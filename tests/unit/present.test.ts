import { describe, expect, it } from 'vitest';
import { CaseRecordSchema } from '../../lib/domain';
import { caseGlance } from '../../lib/present/case-glance';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import { sortFindings } from '../../lib/present/sort-findings';
import type { Finding } from '../../lib/rules/finding';

const finding = (overrides: Partial<Finding>): Finding => ({
  rule: 'first-core-group',
  status: 'upcoming',
  reason: 'test',
  source: { title: 'Working Together to Safeguard Children 2023' },
  occurrence: 'current',
  computedFrom: [],
  region: 'england-and-wales',
  regionAssumed: false,
  procedureId: 'england',
  ...overrides,
});

describe('UK dates', () => {
  it('writes dates the way UK case systems do', () => {
    expect(formatUkDate('2027-01-05')).toBe('05/01/2027');
    expect(formatLongDate('2027-01-05')).toBe('Tue 5 Jan 2027');
  });
});

describe('relative phrases', () => {
  it('counts deadlines ahead in working days, skipping Christmas', () => {
    expect(relativePhrase('2026-12-30', '2026-12-30', 'england-and-wales')).toBe('today');
    expect(relativePhrase('2027-01-05', '2026-12-30', 'england-and-wales')).toBe(
      'in 3 working days',
    );
    expect(relativePhrase('2026-12-31', '2026-12-30', 'england-and-wales')).toBe(
      'in 1 working day',
    );
  });

  it('says a Scottish 2 January is not a working day', () => {
    expect(relativePhrase('2027-01-05', '2026-12-31', 'scotland')).toBe('in 1 working day');
    expect(relativePhrase('2027-01-05', '2026-12-31', 'england-and-wales')).toBe(
      'in 2 working days',
    );
  });

  it('counts passed deadlines in calendar days', () => {
    expect(overduePhrase('2027-01-05', '2027-01-17')).toBe('12 days overdue');
    expect(overduePhrase('2027-01-05', '2027-01-06')).toBe('1 day overdue');
    expect(relativePhrase('2027-01-05', '2027-01-06', 'england-and-wales')).toBe('1 day ago');
  });
});

describe('sortFindings', () => {
  it('puts overdue first, then due soon, unknown, upcoming, and done last', () => {
    const sorted = sortFindings([
      finding({ status: 'met', due: '2026-01-01' }),
      finding({ status: 'upcoming', due: '2026-03-01' }),
      finding({ status: 'unknown' }),
      finding({ status: 'overdue', due: '2026-02-10' }),
      finding({ status: 'overdue', due: '2026-02-01' }),
      finding({ status: 'due-soon', due: '2026-02-20' }),
    ]);
    expect(sorted.map((f) => `${f.status} ${f.due ?? ''}`)).toEqual([
      'overdue 2026-02-01',
      'overdue 2026-02-10',
      'due-soon 2026-02-20',
      'unknown ',
      'upcoming 2026-03-01',
      'met 2026-01-01',
    ]);
  });
});

describe('caseGlance', () => {
  const record = CaseRecordSchema.parse({
    caseId: 'C-1',
    children: [
      { id: 'a', name: 'Amy' },
      { id: 'b', name: 'Ben' },
    ],
    coreGroups: [
      { date: '2026-10-01', status: 'held' },
      { date: '2026-11-01', status: 'held' },
      { date: '2026-12-01', status: 'scheduled' },
    ],
  });

  it('is red with a count when anything current is overdue, naming children not seen alone', () => {
    const glance = caseGlance(
      record,
      [
        finding({ status: 'overdue', due: '2026-11-10' }),
        finding({ rule: 'seen-alone', status: 'overdue', childId: 'b', due: '2026-11-12' }),
        finding({ rule: 'seen-alone', status: 'met', childId: 'a', due: '2026-11-12' }),
        finding({ status: 'overdue', occurrence: 'past', due: '2026-01-01' }),
      ],
      '2026-11-25',
    );
    expect(glance.rag).toBe('red');
    expect(glance.ragText).toBe('2 overdue');
    expect(glance.childrenNotSeenAlone).toEqual(['Ben']);
    expect(glance.daysSinceLastCoreGroup).toBe(24);
    expect(glance.nextDeadline?.due).toBe('2026-11-10');
  });

  it('is amber, never green, when a deadline cannot be worked out', () => {
    const glance = caseGlance(
      record,
      [finding({ status: 'met' }), finding({ status: 'unknown' })],
      '2026-11-25',
    );
    expect(glance.rag).toBe('amber');
    expect(glance.ragText).toBe('1 cannot be worked out');
  });

  it('is green only when every current deadline is known and in hand', () => {
    const glance = caseGlance(
      record,
      [finding({ status: 'met' }), finding({ status: 'upcoming', due: '2026-12-20' })],
      '2026-11-25',
    );
    expect(glance.rag).toBe('green');
    expect(glance.nextDeadline?.due).toBe('2026-12-20');
  });

  it('is grey with no findings, and says no core group when none was held', () => {
    const empty = CaseRecordSchema.parse({ caseId: 'C-2' });
    const glance = caseGlance(empty, [], '2026-11-25');
    expect(glance.rag).toBe('grey');
    expect(glance.daysSinceLastCoreGroup).toBeUndefined();
  });
});
