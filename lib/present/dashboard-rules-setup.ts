import type { IsoDate, Region } from '../domain';
import type { ComputeFindingsOptions } from '../rules/compute-findings';
import { DEFAULT_PROCEDURE_ID, getProcedure } from '../rules/procedures';

/** The settings the rules depend on (the store's `Settings` has these among others). */
export interface RulesSettings {
  regionOverride?: Region;
  procedureId?: string;
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

export function rulesSetup(settings: RulesSettings | undefined, today: IsoDate): RulesSetup {
  const problems: string[] = [];
  const wanted = settings?.procedureId ?? DEFAULT_PROCEDURE_ID;
  let procedure: ComputeFindingsOptions['procedure'];
  try {
    procedure = getProcedure(wanted);
  } catch {
    procedure = getProcedure(DEFAULT_PROCEDURE_ID);
    problems.push(
      `The procedure "${wanted}" chosen in settings is not known to this version, so England's timescales are used for every case.`,
    );
  }
  const options: ComputeFindingsOptions = { today, procedure };
  if (settings?.regionOverride !== undefined) options.region = settings.regionOverride;
  return {
    today,
    options,
    procedureId: procedure.id,
    key: JSON.stringify([today, procedure.id, settings?.regionOverride ?? null]),
    problems,
  };
}
