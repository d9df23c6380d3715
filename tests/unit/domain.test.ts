import { describe, expect, it } from 'vitest';
import { CaseRecordSchema, IsoDateSchema, isIsoDate } from '../../lib/domain';

describe('IsoDateSchema', () => {
  it('accepts real dates and rejects impossible or mis-shaped ones', () => {
    expect(isIsoDate('2026-12-17')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('17/12/2026')).toBe(false);
    expect(isIsoDate('2026-12-17T00:00:00Z')).toBe(false);
  });

  it('explains the rejection instead of coercing', () => {
    const result = IsoDateSchema.safeParse('2026-02-31');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/real date written YYYY-MM-DD/);
  });
});

describe('CaseRecordSchema', () => {
  it('fills empty lists so rules never meet undefined arrays', () => {
    const record = CaseRecordSchema.parse({ caseId: 'C-1' });
    expect(record.coreGroups).toEqual([]);
    expect(record.visits).toEqual([]);
  });

  it('rejects a core group with an impossible date', () => {
    const result = CaseRecordSchema.safeParse({
      caseId: 'C-1',
      coreGroups: [{ date: '2026-02-30', status: 'held' }],
    });
    expect(result.success).toBe(false);
  });
});
