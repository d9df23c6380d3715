import { browser } from 'wxt/browser';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { Result } from '../../lib/messages/result';

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
