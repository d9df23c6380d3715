import { buildFromShown, type PageReadResult } from '../../lib/extract/build-page-read';
import type { Found } from '../../lib/extract/findings';
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

/** One value as a page shows it, on one line. */
export function shownValue(text: string, options?: Found['options']): Found {
  const found: Found = { shown: { text, lines: text === '' ? [] : [text] } };
  if (options) found.options = options;
  return found;
}
