import { listenForTeachCommands } from './content/teach-commands';

/**
 * Teach a field on the case page, injected by the background (browser.scripting) into the
 * content script's isolated world when the sidebar starts teaching: most pages never need it.
 */
export default defineUnlistedScript(() => {
  listenForTeachCommands();
});
