import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  FRAME_SOURCE,
  type FrameToHost,
  layoutKey,
  parseHostToFrame,
  parseLayout,
  type SidebarLayout,
} from '../../lib/present/sidebar-frame';

function tellHost(message: FrameToHost) {
  // Only layout crosses to the host page, never case data, so any listener may see it. (A host
  // page could send a layout back too: at worst it changes the sidebar's width, as its CSS could.)
  window.parent.postMessage(message, '*');
}

/**
 * The sidebar's width and whether it is collapsed, remembered per case system in
 * `browser.storage.local` (which, unlike IndexedDB, works in this frame). The content script
 * sizes the frame and the page's margin when told, and follows a drag of the edge over the host
 * page (where Chromium sends the pointer), saying here what width it came to.
 */
export function useLayout(hostOrigin: string, initial: SidebarLayout) {
  const [layout, setLayoutState] = useState<SidebarLayout>(initial);
  const remember = useCallback(
    (next: SidebarLayout) => {
      setLayoutState(next);
      if (hostOrigin) {
        browser.storage.local.set({ [layoutKey(hostOrigin)]: next }).catch(() => undefined);
      }
    },
    [hostOrigin],
  );
  const setLayout = useCallback(
    (next: SidebarLayout) => {
      const parsed = parseLayout(next);
      remember(parsed);
      tellHost({ source: FRAME_SOURCE, type: 'layout', layout: parsed });
    },
    [remember],
  );
  const startResize = useCallback((grab: number) => {
    tellHost({ source: FRAME_SOURCE, type: 'resize-start', grab });
  }, []);
  useEffect(() => {
    tellHost({ source: FRAME_SOURCE, type: 'layout', layout: initial });
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = parseHostToFrame(event.data);
      if (message?.type === 'layout') remember(message.layout);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [initial, remember]);
  return { layout, setLayout, startResize };
}
