import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, ratio, repeat, summarise } from '../../bench/stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5])).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 1, 1000, 2, 3])).toBe(3);
  });

  it('refuses no values and non-numbers rather than answering', () => {
    expect(() => median([])).toThrow(RangeError);
    expect(() => median([1, Number.NaN])).toThrow(RangeError);
    expect(() => median([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('lies between min and max, ignores order, and has as many values at or below as above', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });
    const withShuffle = values.chain((xs) =>
      fc.tuple(
        fc.constant(xs),
        fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([xs, shuffled]) => {
        const m = median(xs);
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(median(shuffled)).toBe(m);
        expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
      }),
    );
  });

  it('is not moved by one wild run', () => {
    expect(median([100, 101, 102, 103, 99_999])).toBe(102);
  });
});

describe('summarise', () => {
  it('gives median, min, max and the number of runs', () => {
    expect(summarise([7, 3, 5, 9])).toEqual({ median: 6, min: 3, max: 9, runs: 4 });
  });
});

describe('repeat', () => {
  it('runs the warm-up runs first and keeps only the measured ones', async () => {
    const seen: number[] = [];
    const kept = await repeat(
      async (run) => {
        seen.push(run);
        return run * 10;
      },
      { warmUp: 2, runs: 3 },
    );
    expect(seen).toEqual([-1, -2, 0, 1, 2]);
    expect(kept).toEqual([0, 10, 20]);
  });

  it('refuses counts that would not stop or measure nothing', async () => {
    const once = async () => 1;
    await expect(repeat(once, { warmUp: -1, runs: 3 })).rejects.toThrow(RangeError);
    await expect(repeat(once, { warmUp: 0, runs: 0 })).rejects.toThrow(RangeError);
    await expect(repeat(once, { warmUp: 0, runs: 1.5 })).rejects.toThrow(RangeError);
  });

  it('stops at the first failing run instead of carrying on', async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      if (calls === 2) throw new Error('broke');
      return calls;
    };
    await expect(repeat(failing, { warmUp: 1, runs: 5 })).rejects.toThrow('broke');
    expect(calls).toBe(2);
  });
});

describe('ratio', () => {
  it('divides, and refuses a zero or negative denominator', () => {
    expect(ratio(330, 300)).toBeCloseTo(1.1);
    expect(() => ratio(1, 0)).toThrow(RangeError);
    expect(() => ratio(1, -2)).toThrow(RangeError);
    expect(() => ratio(1, Number.NaN)).toThrow(RangeError);
  });
});
