import { buildFromShown, type PageReadResult } from '../../lib/extract/build-page-read';
import type { Found } from '../../lib/extract/findings';
import type { PageShown } from '../../lib/extract/page-shown';
import { fromWire, toWire } from '../../lib/extract/page-shown-wire';
import { PageShownWireSchema } from '../../lib/messages/page-shown-schema';

/**
 * What happens to what a content script read on its way to the store: its wire form, the
 * message (extension messaging serialises as JSON), the background's check of it, then the
 * background's decoding and build.
 */
export function builtInBackground(shown: PageShown): PageReadResult {
  const parsed = PageShownWireSchema.safeParse(JSON.parse(JSON.stringify(toWire(shown))));
  if (!parsed.success) throw new Error(`refused: ${parsed.error.issues[0]?.message}`);
  return buildFromShown(fromWire(parsed.data));
}

/** One value as a page shows it, on one line. */
export function shownValue(text: string, options?: Found['options']): Found {
  const found: Found = { shown: { text, lines: text === '' ? [] : [text] } };
  if (options) found.options = options;
  return found;
}
