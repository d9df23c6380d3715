import { buildFromShown, type PageReadResult } from '../../lib/extract/build-page-read';
import type { PageShown } from '../../lib/extract/page-shown';
import { PageShownSchema } from '../../lib/messages/page-shown-schema';

/**
 * What happens to what a content script read on its way to the store: the message (extension
 * messaging serialises as JSON), the background's check of it, then the background's build.
 */
export function builtInBackground(shown: PageShown): PageReadResult {
  const parsed = PageShownSchema.safeParse(JSON.parse(JSON.stringify(shown)));
  if (!parsed.success) throw new Error(`refused: ${parsed.error.issues[0]?.message}`);
  return buildFromShown(parsed.data);
}
