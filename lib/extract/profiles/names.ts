/*
 * The built-in profiles' names, apart from their selectors: the sidebar says which profile read
 * a case, and loading both profiles (~3 KB gzip) only to name one would be waste.
 */
export const BUILT_IN_PROFILE_NAMES = {
  careflow: 'CareFlow (demo)',
  gridcase: 'GridCase (demo)',
} as const;

/** The name of the built-in profile with this id; undefined for any other id (a taught one). */
export function builtInProfileName(id: string): string | undefined {
  return Object.hasOwn(BUILT_IN_PROFILE_NAMES, id)
    ? BUILT_IN_PROFILE_NAMES[id as keyof typeof BUILT_IN_PROFILE_NAMES]
    : undefined;
}
