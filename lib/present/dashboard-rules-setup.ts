import type { IsoDate } from '../domain';
import { withOverrides } from '../rules/procedure-overrides';
import { type RulesSettings, type RulesSetup, rulesSetupWith } from './rules-setup';

export type { ApplyOverrides, RulesSettings, RulesSetup } from './rules-setup';

/**
 * How the rules are run for every case on one day, an organisation's changes to the procedure
 * validated (with zod) before they are used; what could not be applied is said in `problems`.
 */
export function rulesSetup(settings: RulesSettings | undefined, today: IsoDate): RulesSetup {
  return rulesSetupWith(settings, today, withOverrides);
}
