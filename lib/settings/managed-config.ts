import * as z from 'zod';
import { type Region, RegionSchema } from '../domain/case-record';
import type { SiteProfile } from '../extract/site-profile';
import { describeIssues, validateSiteProfile } from '../extract/site-profile-schema';
import { parseUrlPattern } from '../extract/url-pattern';
import {
  MEETING_OPTION_FIELDS,
  type Procedure,
  ProcedureSchema,
  ProcedureTermsSchema,
  RuleSourceSchema,
  TIMESCALE_FIELDS,
} from '../rules/procedure';
import { withOverrides } from '../rules/procedure-overrides';
import { getProcedure, PROCEDURE_IDS, type ProcedureOverrides } from '../rules/procedures';
import { MANAGED_SITE_PROFILES_KEY } from './storage-keys';

/*
 * What an organisation's IT can set through browser policy (storage.managed). Chrome checks
 * the values against public/managed-schema.json before the extension sees them; Firefox does
 * not check at all, so everything is checked again here, key by key: one bad policy value is
 * reported and left out, and the others still apply.
 */

export const MANAGED_KEYS = [
  // The content script looks for it without this file's zod (entrypoints/content/site-profiles.ts).
  MANAGED_SITE_PROFILES_KEY,
  'hosts',
  'procedure',
  'region',
  'retentionDays',
] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

const RETENTION = z.int().min(1).max(3650);

/** Every key of an override must be a key the procedure has: a misspelt key is not ignored. */
const strictSource = RuleSourceSchema.partial().strict();
const TimescaleOverrideSchema = z
  .object({
    amount: z.unknown(),
    unit: z.unknown(),
    countBankHolidays: z.unknown(),
    dayZero: z.unknown(),
    source: strictSource,
  })
  .partial()
  .strict();
/**
 * A meeting check the local procedure turns on or off (docs/meeting-checks.md). Given without a
 * `source`, the change is shown as a local override with no source (see `withOverrides`).
 */
const MeetingOptionOverrideSchema = z
  .object({ applies: z.boolean(), source: strictSource })
  .partial()
  .strict();
/** No `id`: the id says which published procedure is followed, and overrides cannot rename it. */
export const ProcedureOverridesSchema = z
  .object({
    name: z.string(),
    description: z.string(),
    terms: ProcedureTermsSchema.partial().strict(),
    seenAlone: z.object({ policy: z.unknown(), source: strictSource }).partial().strict(),
    ...Object.fromEntries(TIMESCALE_FIELDS.map((field) => [field, TimescaleOverrideSchema])),
    ...Object.fromEntries(
      MEETING_OPTION_FIELDS.map((field) => [field, MeetingOptionOverrideSchema]),
    ),
  })
  .partial()
  .strict();

export const ManagedProcedureSchema = z.strictObject({
  id: z.enum(PROCEDURE_IDS as [string, ...string[]], {
    error: `expected one of: ${PROCEDURE_IDS.join(', ')}`,
  }),
  overrides: ProcedureOverridesSchema.optional(),
});

export interface ManagedProcedure {
  id: string;
  overrides?: ProcedureOverrides;
  /** The procedure with the overrides applied (checked, so the rules can rely on it). */
  procedure: Procedure;
}

/** The organisation's settings, as checked. Absent keys are not managed. */
export interface ManagedConfig {
  siteProfiles?: SiteProfile[];
  /** Case-system addresses the organisation uses, shown for information (match patterns). */
  hosts?: string[];
  procedure?: ManagedProcedure;
  region?: Region;
  retentionDays?: number;
}

export interface ManagedRead {
  config: ManagedConfig;
  /** Policy values that were set but could not be used, each with why. */
  problems: string[];
  /** False where the browser has no managed storage (it threw): nothing is managed. */
  available: boolean;
}

/** The part of `browser.storage.managed` this needs: every value at once. */
export interface ManagedArea {
  get(keys: null): Promise<Record<string, unknown>>;
}

/** Checks raw managed storage, key by key (see the comment at the top). */
export function parseManagedConfig(raw: unknown): Omit<ManagedRead, 'available'> {
  const config: ManagedConfig = {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config, problems: raw === undefined ? [] : ['The policy is not an object.'] };
  }
  const values = raw as Record<string, unknown>;
  const bad = (key: string, lines: readonly string[]) => {
    for (const line of lines) problems.push(`${key}: ${line}`);
  };

  for (const key of Object.keys(values)) {
    if (!(MANAGED_KEYS as readonly string[]).includes(key)) {
      problems.push(`${key}: not a setting Core Group Lens knows (ignored)`);
    }
  }

  if (values.siteProfiles !== undefined) {
    const list = values.siteProfiles;
    if (!Array.isArray(list)) bad('siteProfiles', ['expected a list']);
    else {
      // Chrome's policy schema cannot describe a profile (a label is a string or a list), so
      // each profile comes as its JSON text; Firefox's policies.json may give the object itself.
      const profiles: SiteProfile[] = [];
      list.forEach((item, i) => {
        let value: unknown = item;
        if (typeof item === 'string') {
          try {
            value = JSON.parse(item);
          } catch {
            bad('siteProfiles', [`profile ${i + 1} is not valid JSON`]);
            return;
          }
        }
        const checked = validateSiteProfile(value);
        if (!checked.ok) {
          bad(
            'siteProfiles',
            checked.errors.slice(0, 20).map((e) => `profile ${i + 1}: ${e}`),
          );
        } else if (profiles.some((p) => p.id === checked.profile.id)) {
          bad('siteProfiles', [
            `profile ${i + 1}: another profile has the id "${checked.profile.id}"`,
          ]);
        } else profiles.push(checked.profile);
      });
      config.siteProfiles = profiles;
    }
  }

  if (values.hosts !== undefined) {
    const hosts = z.array(z.string().max(2000)).max(100).safeParse(values.hosts);
    if (!hosts.success) bad('hosts', describeIssues(hosts.error.issues));
    else {
      const good = hosts.data.filter((h) => {
        const parsed = parseUrlPattern(h);
        if (!parsed.ok) bad('hosts', [`"${h}": ${parsed.reason}`]);
        return parsed.ok;
      });
      config.hosts = good;
    }
  }

  if (values.procedure !== undefined) {
    const parsed = ManagedProcedureSchema.safeParse(values.procedure);
    if (!parsed.success) bad('procedure', describeIssues(parsed.error.issues));
    else {
      const overrides = parsed.data.overrides as ProcedureOverrides | undefined;
      try {
        const procedure = overrides
          ? withOverrides(getProcedure(parsed.data.id), overrides)
          : getProcedure(parsed.data.id);
        ProcedureSchema.parse(procedure);
        config.procedure = overrides
          ? { id: parsed.data.id, overrides, procedure }
          : { id: parsed.data.id, procedure };
      } catch (error) {
        bad('procedure', [error instanceof Error ? error.message : String(error)]);
      }
    }
  }

  if (values.region !== undefined) {
    const parsed = RegionSchema.safeParse(values.region);
    if (parsed.success) config.region = parsed.data;
    else bad('region', describeIssues(parsed.error.issues));
  }

  if (values.retentionDays !== undefined) {
    const parsed = RETENTION.safeParse(values.retentionDays);
    if (parsed.success) config.retentionDays = parsed.data;
    else bad('retentionDays', describeIssues(parsed.error.issues));
  }

  return { config, problems };
}

/**
 * Reads and checks managed storage. Where the browser has none (Firefox without a policy
 * file throws; some browsers answer with nothing) the answer is "nothing managed", not an error.
 */
export async function readManagedConfig(area: ManagedArea | undefined): Promise<ManagedRead> {
  if (!area) return { config: {}, problems: [], available: false };
  let raw: unknown;
  try {
    raw = await area.get(null);
  } catch {
    return { config: {}, problems: [], available: false };
  }
  return { ...parseManagedConfig(raw ?? {}), available: true };
}
