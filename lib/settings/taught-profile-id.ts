/**
 * Naming for the profiles teach-a-field writes. Kept apart from taught-profile.ts (which
 * validates with zod) because the content script needs these and must stay small.
 */
export const TAUGHT_PROFILE_PREFIX = 'taught-';

/** A taught profile is read on top of whatever else reads the page, never instead of it. */
export function isTaughtProfile(profile: { id: string }): boolean {
  return profile.id.startsWith(TAUGHT_PROFILE_PREFIX);
}

/** The id of the taught profile for a page's host (the port is ignored, as in match patterns). */
export function taughtProfileId(pageUrl: URL): string {
  return `${TAUGHT_PROFILE_PREFIX}${pageUrl.hostname.toLowerCase()}`;
}

/**
 * A path pattern for "this page of any case": parts holding a digit (a case or child number,
 * a date) match any part, the rest must be as they are. `/case/CF-1001/summary` becomes
 * `^/case/[^/]+/summary$`.
 */
export function pathPatternFor(pathname: string): string {
  const parts = pathname
    .split('/')
    .map((part) => (/\d/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^${parts.join('/')}$`;
}
