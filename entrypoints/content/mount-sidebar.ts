import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
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

export const SIDEBAR_FRAME_ID = 'core-group-lens-sidebar';

export interface MountedSidebar {
  /** Sends the frame a message; held until the frame says it is ready, then the latest is sent. */
  post(message: HostToFrame): void;
  /** Takes the sidebar down: the frame, its listeners, and the room kept on the page. */
  remove(): void;
}

/** The layout the sidebar last had on this case system (the sidebar stores it, per origin). */
async function storedLayout(): Promise<SidebarLayout> {
  const key = layoutKey(location.origin);
  try {
    return parseLayout((await browser.storage.local.get(key))[key]);
  } catch {
    return parseLayout(undefined);
  }
}

/**
 * Mounts the sidebar: an extension page in an iframe, so the host's CSS and scripts cannot reach
 * it and the host cannot read the children's data it shows (another origin). It is docked right
 * and the host page is given a margin as wide as it (or its slim tab), so nothing is covered.
 * The frame asks for its width by message; only a message from the frame itself is obeyed.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  caseId: string,
  pagePath: string,
  pageKind: PageKind,
): Promise<MountedSidebar> {
  const layout = await storedLayout();
  const space = reserveHostSpace();
  const frameOrigin = new URL(browser.runtime.getURL('/')).origin;
  const apply = (next: SidebarLayout) => {
    const width = frameWidth(next);
    ui.iframe.style.width = `${width}px`;
    space.set(width);
  };
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'overlay',
    alignment: 'top-right',
    zIndex: 2147483000,
    onBeforeMount(wrapper, iframe) {
      const params = new URLSearchParams({
        case: caseId,
        page: pagePath,
        kind: pageKind,
        host: location.origin,
        collapsed: layout.collapsed ? '1' : '0',
        width: String(layout.width),
      });
      iframe.src = `${browser.runtime.getURL('/sidebar.html')}?${params}`;
      iframe.id = SIDEBAR_FRAME_ID;
      iframe.title = 'Core Group Lens: child protection deadlines for this case';
      wrapper.dataset.coreGroupLens = 'sidebar';
      Object.assign(wrapper.style, { position: 'fixed', top: '0', right: '0' });
      Object.assign(iframe.style, {
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
    },
  });
  ui.mount();
  space.set(frameWidth(layout));
  const down = new AbortController();
  const remove = () => {
    if (down.signal.aborted) return;
    down.abort();
    ui.remove();
    space.release();
  };
  ctx.onInvalidated(remove);

  let ready = false;
  let pending: HostToFrame | undefined;
  const send = (message: HostToFrame) => ui.iframe.contentWindow?.postMessage(message, frameOrigin);
  const onMessage = (event: MessageEvent) => {
    // Only the frame itself may steer the layout: the host page can post messages too.
    if (event.source !== ui.iframe.contentWindow) return;
    const message: FrameToHost | undefined = parseFrameToHost(event.data);
    if (message?.type === 'layout') apply(message.layout);
    if (message?.type === 'resize-start') {
      // The frame measures from inside its border; the page, from outside it.
      followResize(message.grab + ui.iframe.clientLeft, apply, (layout) =>
        send({ source: FRAME_SOURCE, type: 'layout', layout }),
      );
    }
    if (message?.type === 'ready') {
      ready = true;
      if (pending) send(pending);
    }
  };
  window.addEventListener('message', onMessage, { signal: down.signal });
  return {
    post(message) {
      pending = message;
      if (ready) send(message);
    },
    remove,
  };
}
