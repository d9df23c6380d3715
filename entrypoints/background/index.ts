import { browser } from 'wxt/browser';
import { handleMessage } from '../../lib/messages/handle-message';
import { CASE_CHANGING_MESSAGES, type CaseChangedNotice } from '../../lib/messages/messages';
import { openLensDb } from '../../lib/store';

/** Tells open sidebars and pages to fetch again. Nobody listening is not an error. */
function notifyCaseChanged(caseId: CaseChangedNotice['caseId']) {
  const notice: CaseChangedNotice = { type: 'case-changed', caseId };
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

function changedCase(message: unknown): CaseChangedNotice['caseId'] | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, caseId, read } = message as {
    type?: string;
    caseId?: string;
    read?: { caseId?: string };
  };
  if (type === 'delete-everything') return '*';
  if (!type || !CASE_CHANGING_MESSAGES.has(type as never)) return undefined;
  return caseId ?? read?.caseId;
}

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
      .then((result) => {
        sendResponse(result);
        const caseId = result.ok ? changedCase(message) : undefined;
        if (caseId) notifyCaseChanged(caseId);
      })
      .catch((error: unknown) =>
        sendResponse({
          ok: false,
          error: {
            code: 'internal',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
      );
    return true;
  });
});
