import { browser } from 'wxt/browser';
import { handleMessage } from '../../lib/messages/handle-message';
import { openLensDb } from '../../lib/store';

export default defineBackground(() => {
  const db = openLensDb();
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // sendResponse + `return true` rather than a returned promise: it works the same in every
  // browser the extension targets.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, {
      db,
      extensionId: browser.runtime.id,
      extensionOrigin,
      now: () => new Date(),
    })
      .then(sendResponse)
      .catch((error: unknown) =>
        sendResponse({
          ok: false,
          error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
        }),
      );
    return true;
  });
});
