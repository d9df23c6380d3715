import { FRAME_SOURCE, parseHostToFrame } from '../../lib/present/sidebar-frame';

/**
 * If the page read wasn't stored yet when the content script mounted this frame (it mounts the
 * frame while the read is stored, so the two overlap), the frame waits for the word
 * `read-stored` from the page before it asks for the case: until then what the background holds
 * is what earlier pages showed, and showing it as this page's would be silently wrong.
 * Past STORE_WAIT_MS (the content script's retries take about 3 s at most) the frame asks
 * anyway, and the `case-changed` notices keep it current from there.
 */
const STORE_WAIT_MS = 10_000;

let stored: Promise<void> | undefined;

/** Resolves once the page read this frame was opened for is stored, or straight away. */
export function whenReadStored(): Promise<void> {
  stored ??= waitForReadStored();
  return stored;
}

function waitForReadStored(): Promise<void> {
  const storing = new URLSearchParams(location.search).get('storing') === '1';
  if (!storing || window.parent === window) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve();
    };
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
