import type { PageKind } from '../domain/provenance';
import type { PageSpec, SiteProfile, ValueSource } from '../extract/site-profile';
import { validateSiteProfile } from '../extract/site-profile-schema';
import type { Synonyms } from '../extract/synonyms';
import { isListField, TEACHABLE_FIELDS, type TeachableField } from '../extract/teach-selector';
import { pathPatternFor, taughtProfileId } from './taught-profile-id';

export {
  isTaughtProfile,
  pathPatternFor,
  TAUGHT_PROFILE_PREFIX,
  taughtProfileId,
} from './taught-profile-id';

/*
 * Fields a worker teaches are kept in one site profile per case-system host ("Taught on
 * cases.example.gov.uk"), an ordinary profile that can be exported, imported and pushed by
 * policy like any other. The content script reads a taught profile on top of whatever else
 * reads the page (a built-in profile or the generic reader), so teaching one field never loses
 * the others.
 */

export interface TaughtField {
  field: TeachableField;
  /** Where the value is (a case-level field keeps this). */
  source: ValueSource;
  /** The label or column header beside the value (a list field is taught by it). */
  label?: string;
  /** The page it was taught on. */
  pageUrl: URL;
  /** What kind of page that is, as last read. */
  pageKind: PageKind;
}

export type TeachOutcome =
  | { ok: true; profile: SiteProfile; profiles: SiteProfile[]; replaced: boolean }
  | { ok: false; errors: string[] };

/**
 * Adds a taught field to the host's taught profile (making it if needed) and returns the new
 * list of local profiles. A case-level field is saved as where it is on pages like this one; a
 * list field as one more label for that field, because each meeting or visit repeats the label
 * while no single selector picks them all. The result is validated like any imported profile.
 */
export function addTaughtField(
  profiles: readonly SiteProfile[],
  taught: TaughtField,
): TeachOutcome {
  const id = taughtProfileId(taught.pageUrl);
  const host = taught.pageUrl.hostname.toLowerCase();
  const before = profiles.find((p) => p.id === id);
  const profile: SiteProfile = before
    ? structuredClone(before)
    : {
        id,
        name: `Taught on ${host}`,
        urls: [`${taught.pageUrl.protocol}//${host}/*`],
        pages: [],
      };

  const path = pathPatternFor(taught.pageUrl.pathname);
  let spec = profile.pages.find((p) => p.path === path);
  if (!spec) {
    // The case id is looked for by its usual labels unless the worker teaches where it is.
    spec = { kind: taught.pageKind, path, caseId: { synonyms: true } };
    profile.pages.push(spec);
  }
  let replaced = false;
  if (isListField(taught.field)) {
    const label = taught.label?.trim();
    if (!label) {
      return {
        ok: false,
        errors: [
          `${TEACHABLE_FIELDS[taught.field]} is shown once for each item of a list, so it is taught by the label or column heading beside it, and this value has none. Click a value that has a label or sits in a table with headings.`,
        ],
      };
    }
    const synonyms: Synonyms = profile.synonyms ?? {};
    const known = synonyms[taught.field] ?? [];
    replaced = known.includes(label);
    synonyms[taught.field] = replaced ? known : [...known, label];
    profile.synonyms = synonyms;
  } else if (taught.field === 'caseId') {
    replaced = !('synonyms' in spec.caseId);
    spec.caseId = taught.source;
  } else {
    const field = taught.field as keyof NonNullable<PageSpec['fields']>;
    const fields = spec.fields ?? {};
    replaced = fields[field] !== undefined;
    fields[field] = taught.source;
    spec.fields = fields;
  }

  const checked = validateSiteProfile(profile);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const next = before
    ? profiles.map((p) => (p.id === id ? checked.profile : p))
    : [...profiles, checked.profile];
  return { ok: true, profile: checked.profile, profiles: next, replaced };
}
