import { browser } from 'wxt/browser';
import type { PageReadInput } from '../../lib/domain';
import type { Result } from '../../lib/messages/result';

/**
 * Sends a page read to the background, retrying when nothing answers: the MV3 worker may be
 * starting up or have just been stopped. The write is idempotent, so a repeat is harmless.
 */
export async function sendPageRead(
  read: PageReadInput,
  attempts = 4,
): Promise<Result<unknown> | undefined> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const answer = (await browser.runtime.sendMessage({ type: 'page-read', read })) as
        | Result<unknown>
        | undefined;
      if (answer) return answer;
    } catch {
      // No listener yet (worker starting) or the extension was reloaded: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
  }
  return undefined;
}
