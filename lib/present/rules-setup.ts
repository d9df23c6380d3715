import type { IsoDate, Region } from '../domain';
import type { ComputeFindingsOptions } from '../rules/compute-findings';
import type { ProcedureOverrides } from '../rules/merge-overrides';
import type { Procedure } from '../rules/procedure';
import { DEFAULT_PROCEDURE_ID, getProcedure } from '../rules/procedures';

/**
 * The settings the rules depend on: the store's `Settings`, or the effective settings the
 * background gives (the organisation's policy on top, with its changes to the procedure).
 */
export interface RulesSettings {
  regionOverride?: Region;
  procedureId?: string;
  procedureOverrides?: ProcedureOverrides;
}

/** How the rules are run for every case on one day, and what to say if settings could not apply. */
export interface RulesSetup {
  today: IsoDate;
  options: ComputeFindingsOptions;
  procedureId: string;
  /** Changes whenever anything that changes the findings changes: the memo's key. */
  key: string;
  /** Settings that could not be applied, in words: said on screen, never silently dropped. */
  problems: string[];
}

/**
 * How an organisation's overrides are applied: `withOverrides` (validated, with zod) or, where
 * the background has validated them already, `mergeOverrides` (lib/rules/merge-overrides.ts).
 * Throws when they cannot be applied.
 */
export type ApplyOverrides = (procedure: Procedure, overrides: ProcedureOverrides) => Procedure;

function chosenProcedure(
  settings: RulesSettings | undefined,
  problems: string[],
  applyOverrides: ApplyOverrides,
): Procedure {
  const wanted = settings?.procedureId ?? DEFAULT_PROCEDURE_ID;
  let base: Procedure;
  try {
    base = getProcedure(wanted);
  } catch {
    problems.push(
      `The procedure "${wanted}" chosen in settings is not known to this version, so England's timescales are used for every case.`,
    );
    return getProcedure(DEFAULT_PROCEDURE_ID);
  }
  if (!settings?.procedureOverrides) return base;
  try {
    return applyOverrides(base, settings.procedureOverrides);
  } catch (error) {
    problems.push(
      `Your organisation's changes to ${base.name} could not be applied (${error instanceof Error ? error.message : String(error)}), so its published timescales are used.`,
    );
    return base;
  }
}

/** `rulesSetup` (./dashboard-rules-setup.ts), with the way overrides are applied given. */
export function rulesSetupWith(
  settings: RulesSettings | undefined,
  today: IsoDate,
  applyOverrides: ApplyOverrides,
): RulesSetup {
  const problems: string[] = [];
  const procedure = chosenProcedure(settings, problems, applyOverrides);
  const options: ComputeFindingsOptions = { today, procedure };
  if (settings?.regionOverride !== undefined) options.region = settings.regionOverride;
  return {
    today,
    options,
    procedureId: procedure.id,
    key: JSON.stringify([
      today,
      procedure.id,
      settings?.regionOverride ?? null,
      // An organisation's overrides change the numbers without changing the id.
      settings?.procedureOverrides ?? null,
    ]),
    problems,
  };
}
