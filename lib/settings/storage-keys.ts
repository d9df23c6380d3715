/**
 * Keys in `browser.storage.local` this module owns. Zod-free so the content script, which
 * listens for changes to them, can import it.
 */
export const SITE_PROFILES_KEY = 'siteProfiles';
/** The key of the organisation's site profiles in `browser.storage.managed` (managed-config.ts). */
export const MANAGED_SITE_PROFILES_KEY = 'siteProfiles';
