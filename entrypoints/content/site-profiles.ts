import { browser } from 'wxt/browser';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { Result } from '../../lib/messages/result';
import { MANAGED_SITE_PROFILES_KEY, SITE_PROFILES_KEY } from '../../lib/settings/storage-keys';
import { readStorageEarly } from './read-storage-early';

/**
 * The site profiles to read with before the built-in ones (the organisation's, then this
 * browser's own), from the background, which validated them: the content script stays free of
 * zod. Retries while the worker starts; with no answer the built-in profiles alone are used.
 */
export async function fetchSiteProfiles(attempts = 3): Promise<SiteProfile[]> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage({ type: 'get-site-profiles' })) as
        | Result<{ profiles: SiteProfile[] }>
        | undefined;
      if (answer) return answer.ok ? answer.value.profiles : [];
    } catch {
      // No listener yet (worker starting) or the extension was reloaded: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
  return [];
}

const noneIn = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * True when neither this browser (`storage.local`) nor the organisation (`storage.managed`)
 * holds a site profile: the background's answer is then an empty list (it validates what is
 * there, and an empty or missing list has nothing to validate: settings-commands.ts,
 * `get-site-profiles`). Anything else, a managed area this browser lacks included, is false.
 */
async function noSiteProfilesStored(): Promise<boolean> {
  const managed = browser.storage.managed;
  if (!managed) return false;
  try {
    const [local, pushed] = await Promise.all([
      browser.storage.local.get(SITE_PROFILES_KEY),
      managed.get(MANAGED_SITE_PROFILES_KEY),
    ]);
    return noneIn(local?.[SITE_PROFILES_KEY]) && noneIn(pushed?.[MANAGED_SITE_PROFILES_KEY]);
  } catch {
    return false;
  }
}

/**
 * Starts finding out, as the content script starts, whether there are any site profiles to ask
 * the background for; the function returned gives the profiles once they are needed (after the
 * host's load event). Where none are stored (most browsers: built-in profiles only) the round
 * trip to the worker, which held up the first read after load, is skipped (issue 8, the sidebar's
 * first data). Storage reads are calls to the browser, not messages to the worker, so they do not
 * start it before the page has loaded (case-page-session.ts, afterLoad). A change to either area
 * before the profiles are taken, or any doubt, asks the background as before.
 */
export function startSiteProfiles(signal?: AbortSignal): () => Promise<SiteProfile[]> {
  const early = readStorageEarly(
    noSiteProfilesStored,
    (changes, area) => (area === 'local' && SITE_PROFILES_KEY in changes) || area === 'managed',
    signal,
  );
  return async () => {
    const { value: nothingStored, changedSince } = await early();
    return nothingStored && !changedSince ? [] : fetchSiteProfiles();
  };
}
