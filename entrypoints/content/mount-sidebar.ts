import { browser } from 'wxt/browser';
import type { PageKind } from '../../lib/domain/provenance';
import {
  FRAME_SOURCE,
  type FrameToHost,
  frameWidth,
  type HostToFrame,
  layoutKey,
  parseFrameToHost,
  parseLayout,
  type SidebarLayout,
} from '../../lib/present/sidebar-frame';
import { followResize } from './follow-resize';
import { reserveHostSpace } from './host-space';
import { readStorageEarly } from './read-storage-early';

export const SIDEBAR_FRAME_ID = 'core-group-lens-sidebar';
/** Above the host's own overlays, below the browser's maximum (2147483647) for its dialogs. */
const Z_INDEX = '2147483000';
/** The longest the page's room for the sidebar waits for the sidebar to draw the case. */
export const SHOWN_WAIT_MOST_MS = 3000;

export interface MountedSidebar {
  /**
   * Sends the frame a message; held until the frame says it is ready. The latest of each type is
   * kept, so a visit form answer cannot push out the word that the read is stored.
   */
  post(message: HostToFrame): void;
  /** Takes the sidebar down: the frame, its listeners, and the room kept on the page. */
  remove(): void;
}

export interface SidebarPlace {
  caseId: string;
  path: string;
  pageKind: PageKind;
  /**
   * When the page read still being stored was read: the frame shows it is loading until what it
   * is given includes this read (or it is told `read-stored`), so it never shows what was
   * stored before this page as if it were this page's (entrypoints/sidebar/read-stored.ts).
   */
  storingReadAt?: string;
}

/** The layout the sidebar last had on this case system (the sidebar stores it, per origin). */
export async function storedLayout(): Promise<SidebarLayout> {
  const key = layoutKey(location.origin);
  try {
    return parseLayout((await browser.storage.local.get(key))[key]);
  } catch {
    return parseLayout(undefined);
  }
}

/**
 * Starts reading the layout as the content script starts, for the first sidebar, mounted after
 * the host's load event: a storage read is a call to the browser, not a message to the worker,
 * so it need not wait for that event, and the first mount then need not wait for it (issue 8, the
 * sidebar's first data). A change to the layout before it is taken is read again
 * (read-storage-early.ts).
 */
export function startStoredLayout(signal?: AbortSignal): () => Promise<SidebarLayout> {
  const key = layoutKey(location.origin);
  const early = readStorageEarly(
    storedLayout,
    (changes, area) => area === 'local' && key in changes,
    signal,
  );
  return async () => {
    const { value, changedSince } = await early();
    return changedSince ? storedLayout() : value;
  };
}

/**
 * Mounts the sidebar: an extension page in an iframe, so the host's CSS and scripts cannot reach
 * it and the host cannot read the children's data it shows (another origin). It is docked right
 * and, once it has drawn the case, the host page is given a margin as wide as it (or its slim
 * tab), so nothing is covered.
 * The frame asks for its width by message; only a message from the frame itself is obeyed.
 * A few lines of DOM rather than WXT's createIframeUi, which brings ~2 KB gzip of auto-mounting
 * the content script does not use (issue 8's budget).
 */
export function mountSidebar(
  place: SidebarPlace,
  layout: SidebarLayout,
  { replacing = false }: { replacing?: boolean } = {},
): MountedSidebar {
  const space = reserveHostSpace();
  const frameOrigin = new URL(browser.runtime.getURL('/')).origin;
  const wrapper = document.createElement('div');
  const iframe = document.createElement('iframe');
  const params = new URLSearchParams({
    case: place.caseId,
    page: place.path,
    kind: place.pageKind,
    host: location.origin,
    collapsed: layout.collapsed ? '1' : '0',
    width: String(layout.width),
    storing: place.storingReadAt ? '1' : '0',
  });
  if (place.storingReadAt) params.set('readAt', place.storingReadAt);
  iframe.src = `${browser.runtime.getURL('/sidebar.html')}?${params}`;
  iframe.id = SIDEBAR_FRAME_ID;
  iframe.title = 'Core Group Lens: child protection deadlines for this case';
  wrapper.dataset.coreGroupLens = 'sidebar';
  // A zero-size fixed box at the top right, the frame hanging from it: nothing of the host's
  // layout moves except by the margin reserveHostSpace keeps.
  Object.assign(wrapper.style, {
    position: 'fixed',
    top: '0',
    right: '0',
    width: '0',
    height: '0',
    overflow: 'visible',
    display: 'block',
    zIndex: Z_INDEX,
  });
  Object.assign(iframe.style, {
    position: 'absolute',
    top: '0',
    right: '0',
    width: `${frameWidth(layout)}px`,
    height: '100vh',
    border: '0',
    borderLeft: '1px solid #505a5f',
    // The border inside the width, so the frame takes exactly the room kept for it.
    boxSizing: 'border-box',
    background: '#ffffff',
    colorScheme: 'light',
    display: 'block',
  });
  wrapper.append(iframe);
  document.body.append(wrapper);
  const down = new AbortController();
  let width = frameWidth(layout);
  // Room is made for the sidebar once it has drawn the case (`shown`), not as it is mounted: a
  // new margin lays the whole page out again (300-430 ms for 2,000 visit rows here), and
  // Chromium draws a frame from another site only after its parent's next layout, so the
  // sidebar's first paint waited for that relayout (traced). Until then it lies over the page's
  // right edge; a frame that never says so is given its room after SHOWN_WAIT_MOST_MS. A
  // sidebar `replacing` one just taken down (another case in a single-page system) keeps the
  // room at once, so the page is not laid out wide and then narrow again.
  let roomKept = false;
  const keepRoom = () => {
    if (roomKept || down.signal.aborted) return;
    roomKept = true;
    space.set(width);
  };
  const roomAnyway = setTimeout(keepRoom, SHOWN_WAIT_MOST_MS);
  down.signal.addEventListener('abort', () => clearTimeout(roomAnyway));
  if (replacing) keepRoom();

  const apply = (next: SidebarLayout) => {
    width = frameWidth(next);
    iframe.style.width = `${width}px`;
    if (roomKept) space.set(width);
  };
  const remove = () => {
    if (down.signal.aborted) return;
    down.abort();
    wrapper.remove();
    space.release();
  };

  let ready = false;
  const pending = new Map<HostToFrame['type'], HostToFrame>();
  const send = (message: HostToFrame) => iframe.contentWindow?.postMessage(message, frameOrigin);
  const onMessage = (event: MessageEvent) => {
    // Only the frame itself may steer the layout: the host page can post messages too.
    if (event.source !== iframe.contentWindow) return;
    const message: FrameToHost | undefined = parseFrameToHost(event.data);
    if (message?.type === 'layout') apply(message.layout);
    if (message?.type === 'resize-start') {
      // The frame measures from inside its border; the page, from outside it.
      followResize(message.grab + iframe.clientLeft, apply, (layout) =>
        send({ source: FRAME_SOURCE, type: 'layout', layout }),
      );
    }
    if (message?.type === 'shown') keepRoom();
    if (message?.type === 'ready') {
      ready = true;
      for (const held of pending.values()) send(held);
    }
  };
  window.addEventListener('message', onMessage, { signal: down.signal });
  return {
    post(message) {
      pending.set(message.type, message);
      if (ready) send(message);
    },
    remove,
  };
}
