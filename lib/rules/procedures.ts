import * as z from 'zod';
import {
  MEETING_OPTION_FIELDS,
  type Procedure,
  ProcedureSchema,
  TIMESCALE_FIELDS,
} from './procedure';
import {
  ENGLAND,
  ENGLAND_4_WEEKLY,
  ENGLAND_10_DAY_VISITS,
  ENGLAND_MONTHLY,
} from './procedures-england';
import { SCOTLAND, WALES } from './procedures-nations';
import { describeTimescale, type Timescale } from './timescale';

/** The procedure used when none is chosen: the region never picks one (it picks bank holidays). */
export const DEFAULT_PROCEDURE_ID = 'england';

const BUILT_IN: readonly Procedure[] = [
  ENGLAND,
  WALES,
  SCOTLAND,
  ENGLAND_4_WEEKLY,
  ENGLAND_MONTHLY,
  ENGLAND_10_DAY_VISITS,
].map((procedure) => deepFreeze(ProcedureSchema.parse(procedure)));

export const PROCEDURE_IDS = BUILT_IN.map((p) => p.id);

/** A built-in procedure by id; throws, naming the known ids, when there is none. */
export function getProcedure(id: string): Procedure {
  const found = BUILT_IN.find((p) => p.id === id);
  if (!found) {
    throw new RangeError(
      `Unknown procedure "${id}": known procedures are ${PROCEDURE_IDS.join(', ')}`,
    );
  }
  return found;
}

export function listProcedures(): readonly Procedure[] {
  return BUILT_IN;
}

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type ProcedureOverrides = DeepPartial<Procedure>;

const COUNTING_KEYS = ['amount', 'unit', 'countBankHolidays', 'dayZero'] as const;

/**
 * `procedure` with any fields replaced, at any depth, then validated (throws a readable error).
 * A key given as `undefined` removes the field; a `source` given replaces the old one whole.
 * A changed timescale or seen-alone policy given
 * without its own source is marked as a local override with no source, never left citing
 * guidance that does not say it.
 */
export function withOverrides(procedure: Procedure, overrides: ProcedureOverrides): Procedure {
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
  const result = ProcedureSchema.safeParse(merged);
  if (!result.success) {
    throw new Error(`Invalid procedure override:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
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

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
