import { browser } from 'wxt/browser';
import type { PageShownWire } from '../../lib/extract/page-shown-wire';
import type { PageReadStored } from '../../lib/messages/messages';
import type { Result } from '../../lib/messages/result';

/**
 * Sends what a page shows to the background, which builds the page read from it and stores it,
 * retrying when nothing answers: the MV3 worker may be starting up or have just been stopped.
 * The write is idempotent, so a repeat is harmless.
 */
export async function sendPageRead(
  shown: PageShownWire,
  attempts = 4,
): Promise<Result<PageReadStored> | undefined> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage({ type: 'page-read', shown })) as
        | Result<PageReadStored>
        | undefined;
      if (answer) return answer;
    } catch {
      // No listener yet (worker starting) or the extension was reloaded: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
  return undefined;
}
