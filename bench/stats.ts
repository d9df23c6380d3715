/**
 * Summaries of repeated timings. Two busy cores make single runs noisy, so every figure the
 * bench reports is a median of several runs taken after warm-up runs that are thrown away.
 */

export interface Summary {
  /** The middle run (the mean of the two middle runs for an even count). */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  if (values.some((v) => !Number.isFinite(v))) throw new RangeError('median of a non-number');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

/**
 * Runs `once` `warmUp` times (results dropped), then `runs` times, and returns the kept results.
 * The loop is bounded: a step that keeps failing stops the bench instead of spinning.
 */
export async function repeat<T>(
  once: (run: number) => Promise<T>,
  { warmUp, runs }: { warmUp: number; runs: number },
): Promise<T[]> {
  if (!Number.isInteger(warmUp) || warmUp < 0 || !Number.isInteger(runs) || runs < 1) {
    throw new RangeError(`bad repeat counts: warmUp ${warmUp}, runs ${runs}`);
  }
  for (let i = 0; i < warmUp; i++) await once(-1 - i);
  const kept: T[] = [];
  for (let i = 0; i < runs; i++) kept.push(await once(i));
  return kept;
}

/** A ratio of two medians, with the figures it came from, so the table can show both. */
export function ratio(numerator: number, denominator: number): number {
  if (!(denominator > 0)) throw new RangeError(`ratio over ${denominator}`);
  return numerator / denominator;
}
