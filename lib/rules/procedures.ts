import type { Procedure } from './procedure';
import {
  ENGLAND,
  ENGLAND_4_WEEKLY,
  ENGLAND_10_DAY_VISITS,
  ENGLAND_MONTHLY,
} from './procedures-england';
import { SCOTLAND, WALES } from './procedures-nations';

export type { ProcedureOverrides } from './merge-overrides';

/** The procedure used when none is chosen: the region never picks one (it picks bank holidays). */
export const DEFAULT_PROCEDURE_ID = 'england';

/*
 * Our own data, constant: tests/unit/rules-procedures-valid.test.ts checks each against
 * ProcedureSchema, so the pages that only read them (the sidebar) need not load zod to check
 * them again every time they open. Frozen, so no caller can change one for everyone.
 */
const BUILT_IN: readonly Procedure[] = [
  ENGLAND,
  WALES,
  SCOTLAND,
  ENGLAND_4_WEEKLY,
  ENGLAND_MONTHLY,
  ENGLAND_10_DAY_VISITS,
].map((procedure) => deepFreeze(structuredClone(procedure)));

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

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
