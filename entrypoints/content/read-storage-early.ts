import { browser } from 'wxt/browser';

/** A storage read started early, and whether what it read has changed since it started. */
export interface EarlyRead<T> {
  value: T;
  changedSince: boolean;
}

/**
 * Starts `read` now, as the content script starts, and hands it over when it is needed (after
 * the host's load event), saying whether storage changed meanwhile (`touches`), so the caller
 * reads again rather than use a stale answer. A storage read is a call to the browser, not a
 * message to the worker, so it need not wait for that event (issue 8, the sidebar's first data).
 */
export function readStorageEarly<T>(
  read: () => Promise<T>,
  touches: (changes: Record<string, unknown>, area: string) => boolean,
  signal?: AbortSignal,
): () => Promise<EarlyRead<T>> {
  let changedSince = false;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (touches(changes, area)) changedSince = true;
  };
  const stop = () => browser.storage.onChanged.removeListener(onChanged);
  browser.storage.onChanged.addListener(onChanged);
  signal?.addEventListener('abort', stop, { once: true });
  const first = read();
  return async () => {
    try {
      return { value: await first, changedSince };
    } finally {
      stop();
    }
  };
}
