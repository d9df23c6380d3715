import type { SiteProfile } from '../extract/site-profile';
import type { Procedure } from '../rules/procedure';
import { withOverrides } from '../rules/procedure-overrides';
import { DEFAULT_PROCEDURE_ID, getProcedure, type ProcedureOverrides } from '../rules/procedures';
import type { Settings, SettingsPatch } from '../store/settings';
import type { ManagedConfig } from './managed-config';

/** The user's settings an organisation's policy can set instead. */
export const MANAGEABLE_SETTINGS = ['regionOverride', 'procedureId', 'retentionDays'] as const;
export type ManageableSetting = (typeof MANAGEABLE_SETTINGS)[number];

/** The settings the extension runs on: the user's, with the organisation's policy on top. */
export interface EffectiveSettings extends Settings {
  /** The organisation's changes to its procedure's timescales, wording or seen-alone policy. */
  procedureOverrides?: ProcedureOverrides;
  /** Which settings the policy set: the options page shows them as set by the organisation. */
  managed: ManageableSetting[];
}

/**
 * Managed values win over the user's own: a team's region, local procedure and retention
 * period are the organisation's decisions (its data protection impact assessment sets the
 * retention), not each worker's.
 */
export function effectiveSettings(local: Settings, managed: ManagedConfig): EffectiveSettings {
  const out: EffectiveSettings = { ...structuredClone(local), managed: [] };
  if (managed.region !== undefined) {
    out.regionOverride = managed.region;
    out.managed.push('regionOverride');
  }
  if (managed.procedure !== undefined) {
    out.procedureId = managed.procedure.id;
    if (managed.procedure.overrides) {
      out.procedureOverrides = structuredClone(managed.procedure.overrides);
    }
    out.managed.push('procedureId');
  }
  if (managed.retentionDays !== undefined) {
    out.retentionDays = managed.retentionDays;
    out.managed.push('retentionDays');
  }
  return out;
}

/**
 * The settings a change would alter that the organisation's policy sets (so it is refused).
 * A form that sends every setting, the managed ones unchanged, is not refused for them.
 */
export function settingsSetByPolicy(
  patch: SettingsPatch,
  settings: Pick<EffectiveSettings, 'managed' | ManageableSetting>,
): ManageableSetting[] {
  return settings.managed.filter((key) => patch[key] !== undefined && patch[key] !== settings[key]);
}

/** The change without the settings policy sets: those stay as the policy has them. */
export function withoutManaged(
  patch: SettingsPatch,
  settings: Pick<EffectiveSettings, 'managed'>,
): SettingsPatch {
  const out: SettingsPatch = { ...patch };
  for (const key of settings.managed) delete out[key];
  return out;
}

/** The procedure the rules follow under these settings, overrides applied. */
export function effectiveProcedure(
  settings: Pick<EffectiveSettings, 'procedureId' | 'procedureOverrides'>,
): Procedure {
  const base = getProcedure(settings.procedureId ?? DEFAULT_PROCEDURE_ID);
  return settings.procedureOverrides ? withOverrides(base, settings.procedureOverrides) : base;
}

/**
 * The profiles the content script reads with, before the built-in ones: the organisation's
 * first, then this browser's own. A local profile with the id of a managed one is left out,
 * so a worker's import cannot quietly replace what IT pushed.
 */
export function effectiveSiteProfiles(
  local: readonly SiteProfile[],
  managed: ManagedConfig,
): SiteProfile[] {
  const pushed = managed.siteProfiles ?? [];
  const ids = new Set(pushed.map((p) => p.id));
  return [...pushed, ...local.filter((p) => !ids.has(p.id))];
}
