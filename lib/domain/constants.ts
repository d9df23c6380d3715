/*
 * The record's fixed lists, without zod: the sidebar needs the values and plain checks, and
 * importing them must not load the schemas (~25 KB gzip of zod). The schema modules build their
 * enums from these lists and re-export them, so every caller can keep importing from there.
 */

export const REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

export const PAGE_KINDS = [
  'case-summary',
  'conference',
  'core-group',
  'visit',
  'plan',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The sections of a child protection plan (Working Together to Safeguard Children 2023, 2.4). */
export const PLAN_SECTION_IDS = [
  'child-seen',
  'needs',
  'objectives',
  'actions',
  'timescales',
  'responsibilities',
  'resources',
  'contact-frequency',
  'success-measures',
  'contingency',
  'contacts',
  'child-views',
] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

/**
 * Who someone is at a core group, as far as the meeting record says. The checks use `kind` when
 * it is given (entered by the user), else they work it out from the role's words
 * (lib/rules/meeting-people.ts); when neither says, any check that needs it says "not known".
 * - `social-worker`: children's social care staff other than the lead social worker (a stand-in).
 * - `practice-lead`: a practice lead or social work manager (team manager, practice manager).
 */
export const MEETING_PERSON_KINDS = [
  'lead-social-worker',
  'social-worker',
  'practice-lead',
  'parent',
  'carer',
  'child',
  'family-member',
  'professional',
] as const;
export type MeetingPersonKind = (typeof MEETING_PERSON_KINDS)[number];

/** Fields of the record that hold one value, each of which can carry its own provenance. */
export const SCALAR_FIELDS = ['region', 'icpcDate', 'planEndDate'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** True when `value` is one of the regions (what `RegionSchema` accepts). */
export function isRegion(value: unknown): value is Region {
  return isOneOf(REGIONS, value);
}

/** True when `value` is one of the page kinds (what `PageKindSchema` accepts). */
export function isPageKind(value: unknown): value is PageKind {
  return isOneOf(PAGE_KINDS, value);
}
