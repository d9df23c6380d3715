import type { SiteProfile } from '../extract/site-profile';
import { validateSiteProfile } from '../extract/site-profile-schema';
import { SITE_PROFILES_KEY } from './storage-keys';

/**
 * The site profiles this browser keeps (taught or imported), in the extension's key-value
 * storage: they hold selectors and labels, never case data. The background is the only writer.
 */
export { SITE_PROFILES_KEY } from './storage-keys';
/** More than any pilot needs; a runaway import must not fill the storage. */
export const MOST_LOCAL_PROFILES = 100;
/** A profiles file larger than this is not one. */
export const MOST_PROFILE_FILE_CHARS = 2_000_000;
export const PROFILES_FILE_FORMAT = 'core-group-lens-site-profiles';

/** The part of `browser.storage.local` (or `.managed`) this needs; tests pass a map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
}

export interface StoredProfiles {
  profiles: SiteProfile[];
  /** Stored profiles that no longer pass validation: left out, and said. */
  problems: string[];
}

/** The stored profiles, each checked again: storage written by an older release may differ. */
export async function readLocalProfiles(area: KeyValueArea): Promise<StoredProfiles> {
  const stored = (await area.get(SITE_PROFILES_KEY))[SITE_PROFILES_KEY];
  if (stored === undefined) return { profiles: [], problems: [] };
  if (!Array.isArray(stored)) {
    return { profiles: [], problems: ['The stored site profiles are not a list: none were used.'] };
  }
  return checkAll(stored, 'stored profile');
}

export async function writeLocalProfiles(
  area: KeyValueArea,
  profiles: readonly SiteProfile[],
): Promise<void> {
  if (!area.set) throw new Error('This storage area cannot be written.');
  if (profiles.length > MOST_LOCAL_PROFILES) {
    throw new Error(`At most ${MOST_LOCAL_PROFILES} site profiles can be kept.`);
  }
  await area.set({ [SITE_PROFILES_KEY]: profiles });
}

/** Validates each profile; `what` names them in problems ("profile 2 (careflow): …"). */
export function checkAll(items: readonly unknown[], what: string): StoredProfiles {
  const profiles: SiteProfile[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const result = validateSiteProfile(item);
    const id =
      typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
        ? ` (${(item as { id: string }).id})`
        : '';
    if (result.ok) {
      if (profiles.some((p) => p.id === result.profile.id)) {
        problems.push(`${what} ${i + 1}${id}: another profile has the same id`);
      } else profiles.push(result.profile);
    } else {
      for (const error of result.errors.slice(0, 20)) {
        problems.push(`${what} ${i + 1}${id}: ${error}`);
      }
    }
  });
  return { profiles, problems };
}

/** What the options page saves: the profiles, and enough to recognise the file. */
export interface SiteProfilesFile {
  format: typeof PROFILES_FILE_FORMAT;
  version: 1;
  exportedAt: string;
  siteProfiles: SiteProfile[];
}

export function profilesFile(profiles: readonly SiteProfile[], now: Date): SiteProfilesFile {
  return {
    format: PROFILES_FILE_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    siteProfiles: [...profiles],
  };
}

export type ParsedProfilesFile =
  | { ok: true; profiles: SiteProfile[] }
  | { ok: false; errors: string[] };

/**
 * Reads a profiles file: an export from the options page, a list of profiles, or one profile
 * (as a pilot team writes it by hand). One bad profile refuses the whole file, with every
 * problem listed, so a half-imported set never reads pages half right.
 */
export function parseProfilesFile(text: string): ParsedProfilesFile {
  if (text.length > MOST_PROFILE_FILE_CHARS) {
    return { ok: false, errors: ['The file is too large to be a site profiles file.'] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['The file is not JSON.'] };
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (typeof data === 'object' && data !== null && 'siteProfiles' in data) {
    const { format, siteProfiles } = data as { format?: unknown; siteProfiles: unknown };
    if (format !== undefined && format !== PROFILES_FILE_FORMAT) {
      return { ok: false, errors: [`The file says it is "${String(format)}", not site profiles.`] };
    }
    if (!Array.isArray(siteProfiles)) {
      return { ok: false, errors: ['siteProfiles: expected a list'] };
    }
    items = siteProfiles;
  } else items = [data];
  if (items.length === 0) return { ok: false, errors: ['The file holds no site profiles.'] };
  if (items.length > MOST_LOCAL_PROFILES) {
    return { ok: false, errors: [`The file holds more than ${MOST_LOCAL_PROFILES} profiles.`] };
  }
  const { profiles, problems } = checkAll(items, 'profile');
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, profiles };
}

export interface MergedProfiles {
  profiles: SiteProfile[];
  added: string[];
  replaced: string[];
}

/** Imported profiles replace the ones with the same id; the others stay. */
export function mergeProfiles(
  local: readonly SiteProfile[],
  imported: readonly SiteProfile[],
): MergedProfiles {
  const byId = new Map(imported.map((p) => [p.id, p]));
  const replaced = local.filter((p) => byId.has(p.id)).map((p) => p.id);
  const kept = local.map((p) => byId.get(p.id) ?? p);
  const added = imported.filter((p) => !replaced.includes(p.id));
  return { profiles: [...kept, ...added], added: added.map((p) => p.id), replaced };
}
