import { viewIncludesRead } from '../../lib/present/read-included';
import { FRAME_SOURCE, parseHostToFrame } from '../../lib/present/sidebar-frame';

/**
 * The content script mounts this frame while the page read is being stored (the two overlap),
 * so what the background holds may not include this page yet; showing it as this page's would
 * be silently wrong. The frame's address then names the read (`storing=1`, `page`, `readAt`):
 * an answer showing this page checked at or after `readAt` includes it; any other answer waits
 * for the word `read-stored` from the page (a refused read never shows up in the store) and is
 * asked again. Past STORE_WAIT_MS (the content script's retries take about 3 s at most) the
 * frame asks anyway, and the `case-changed` notices keep it current from there.
 */
const STORE_WAIT_MS = 10_000;

interface ReadBeingStored {
  path: string;
  readAt: number;
}

const params = typeof location === 'undefined' ? undefined : new URLSearchParams(location.search);
const beingStored: ReadBeingStored | undefined =
  params?.get('storing') === '1' && typeof window !== 'undefined' && window.parent !== window
    ? { path: params.get('page') ?? '', readAt: Date.parse(params.get('readAt') ?? '') }
    : undefined;

let release: (() => void) | undefined;
let stored: Promise<void> | undefined;

/** Resolves once the page read this frame was opened for is stored, or straight away. */
export function whenReadStored(): Promise<void> {
  stored ??= beingStored ? waitForReadStored() : Promise.resolve();
  return stored;
}

/**
 * True when `view` includes the read this frame was opened for (or none was being stored): this
 * page, checked at or after the read. Then nothing more need be waited for.
 */
export function includesThisRead(
  view: { pages: readonly { path: string; checkedAt: string }[] } | null,
): boolean {
  if (!beingStored) return true;
  if (!viewIncludesRead(view, beingStored)) return false;
  void whenReadStored();
  release?.();
  return true;
}

function waitForReadStored(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      release = undefined;
      resolve();
    };
    release = done;
    // Only the parent window is listened to. Its own scripts could send the same early; the
    // frame would then show what is stored a moment sooner, and refetch on `case-changed`.
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      if (parseHostToFrame(event.data)?.type === 'read-stored') done();
    };
    const timer = setTimeout(done, STORE_WAIT_MS);
    window.addEventListener('message', onMessage);
    // The content script holds its messages until the frame says it is ready.
    window.parent.postMessage({ source: FRAME_SOURCE, type: 'ready' }, '*');
  });
}
