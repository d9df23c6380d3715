import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContext, ukDate, ukDateByIntl } from '../../lib/extract/read-context';

describe('the UK date of a read', () => {
  it('is the date Intl gives for Europe/London, at any instant from 1990 to 2100', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (now) => {
          expect(ukDate(now)).toBe(ukDateByIntl(now));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('changes with British Summer Time at 01:00 GMT on the last Sundays of March and October', () => {
    // 2026: BST from 29 March 01:00 GMT to 25 October 01:00 GMT.
    const at = (iso: string) => ukDate(new Date(iso));
    expect(at('2026-03-28T23:59:59.999Z')).toBe('2026-03-28');
    expect(at('2026-03-29T00:59:59.999Z')).toBe('2026-03-29');
    expect(at('2026-06-30T23:00:00Z')).toBe('2026-07-01');
    expect(at('2026-06-30T22:59:59.999Z')).toBe('2026-06-30');
    expect(at('2026-10-24T23:00:00Z')).toBe('2026-10-25');
    expect(at('2026-10-25T23:00:00Z')).toBe('2026-10-25');
    expect(at('2026-12-31T23:30:00Z')).toBe('2026-12-31');
    // Around each change, minute by minute, for every year the rule covers.
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [2, 9]) {
        const lastDay = Date.UTC(year, month + 1, 0);
        const sunday = lastDay - new Date(lastDay).getUTCDay() * 86_400_000;
        for (let minutes = -90; minutes <= 90; minutes += 15) {
          const now = new Date(sunday + minutes * 60_000);
          expect(ukDate(now)).toBe(ukDateByIntl(now));
          const late = new Date(sunday - 86_400_000 + 23 * 3_600_000 + minutes * 60_000);
          expect(ukDate(late)).toBe(ukDateByIntl(late));
        }
      }
    }
  });

  it('stamps the path, the time and the UK date', () => {
    const ctx = readContext(
      new URL('https://x.test/a/b?c=1#d'),
      new Date('2026-07-01T23:30:00Z'),
      'p',
    );
    expect(ctx).toEqual({
      path: '/a/b?c=1',
      readAt: '2026-07-01T23:30:00.000Z',
      today: '2026-07-02',
      profileId: 'p',
    });
  });
});
