import { findGeneric } from '../lib/extract/generic-reader';
import { lensWorld } from './content/lens-world';

/**
 * The generic reader, for case-system pages no profile describes. The background injects it
 * (browser.scripting) when the content script asks for it, into the content script's own
 * isolated world, where it leaves `findGeneric` for the content script to call.
 */
export default defineUnlistedScript(() => {
  lensWorld().findGeneric = findGeneric;
});
