import { browser } from 'wxt/browser';
import type { Message, StoredReadMark } from '../../lib/messages/messages';
import type { Result } from '../../lib/messages/result';

/**
 * Asks the background. The sidebar cannot open the database itself: embedded in the case system's
 * page it is a third-party frame, and Chromium denies such frames IndexedDB.
 */
export async function askBackground<T>(message: Message): Promise<Result<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return (
      answer ?? {
        ok: false,
        error: { code: 'no-answer', message: 'The extension did not answer.' },
      }
    );
  } catch (error) {
    return {
      ok: false,
      error: { code: 'no-answer', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/**
 * Calls `refresh` whenever the background says this case (or every case) has changed, with the
 * page read that changed it when the notice names one.
 */
export function onCaseChanged(
  caseId: string,
  refresh: (read?: StoredReadMark) => void,
): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const notice = message as { type?: unknown; caseId?: unknown; read?: Partial<StoredReadMark> };
    if (notice?.type === 'case-changed' && (notice.caseId === caseId || notice.caseId === '*')) {
      const { path, readAt } = notice.read ?? {};
      refresh(
        typeof path === 'string' && typeof readAt === 'string' ? { path, readAt } : undefined,
      );
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
