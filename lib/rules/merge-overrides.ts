import type { Procedure } from './procedure';
import { MEETING_OPTION_FIELDS, TIMESCALE_FIELDS } from './procedure-fields';
import { describeTimescale, type Timescale } from './timescale';

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type ProcedureOverrides = DeepPartial<Procedure>;

const COUNTING_KEYS = ['amount', 'unit', 'countBankHolidays', 'dayZero'] as const;

/**
 * `procedure` with any fields replaced, at any depth, NOT validated: `withOverrides`
 * (./procedure-overrides.ts) validates the result, and is what to call on overrides from anywhere
 * but the background. Only a page given its settings by the background, which accepts an
 * organisation's overrides only once `withOverrides` has made a valid procedure of them
 * (lib/settings/managed-config.ts), may merge them again with this, without loading zod.
 * A key given as `undefined` removes the field; a `source` given replaces the old one whole.
 * A changed timescale or seen-alone policy given
 * without its own source is marked as a local override with no source, never left citing
 * guidance that does not say it.
 */
export function mergeOverrides(procedure: Procedure, overrides: ProcedureOverrides): Procedure {
  const merged = mergeDeep(procedure, overrides) as Procedure;
  for (const field of TIMESCALE_FIELDS) {
    const patch = overrides[field];
    if (patch && !patch.source && COUNTING_KEYS.some((key) => key in patch)) {
      merged[field] = { ...merged[field], source: unsourced(procedure[field]) };
    }
  }
  const seenAlone = overrides.seenAlone;
  if (seenAlone?.policy !== undefined && !seenAlone.source) {
    merged.seenAlone = {
      ...merged.seenAlone,
      source: {
        title: 'Local override (no source given)',
        note: `Replaces "${procedure.seenAlone.policy}" from ${procedure.seenAlone.source.title}.`,
      },
    };
  }
  for (const field of MEETING_OPTION_FIELDS) {
    const patch = overrides[field];
    const before = procedure[field];
    if (patch?.applies !== undefined && !patch.source && patch.applies !== before?.applies) {
      merged[field] = {
        applies: patch.applies,
        source: {
          title: 'Local override (no source given)',
          note: before
            ? `Replaces "${before.applies ? 'applies' : 'does not apply'}" from ${before.source.title}.`
            : 'The procedure did not set this option before.',
        },
      };
    }
  }
  return merged;
}

function unsourced(before: Timescale) {
  return {
    title: 'Local override (no source given)',
    note: `Replaces ${describeTimescale(before, 'after', 'the event')} from ${before.source.title}.`,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A source is replaced whole: a new citation must not inherit the old one's paragraph or note. */
function mergeDeep(base: unknown, patch: unknown, key?: string): unknown {
  if (key === 'source' || !isPlainObject(base) || !isPlainObject(patch)) {
    return structuredClone(patch);
  }
  const out: Record<string, unknown> = structuredClone(base);
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete out[name];
    else out[name] = mergeDeep(base[name], value, name);
  }
  return out;
}
