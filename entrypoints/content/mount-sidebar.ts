import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';

export const SIDEBAR_FRAME_ID = 'core-group-lens-sidebar';

/**
 * Mounts the sidebar: an extension page in an iframe, so the host's CSS and scripts cannot reach
 * it and the host cannot read the children's data it shows (another origin).
 */
export function mountSidebar(ctx: ContentScriptContext, caseId: string, pagePath: string) {
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'overlay',
    alignment: 'top-right',
    zIndex: 2147483000,
    onBeforeMount(wrapper, iframe) {
      const params = new URLSearchParams({ case: caseId, page: pagePath });
      iframe.src = `${browser.runtime.getURL('/sidebar.html')}?${params}`;
      iframe.id = SIDEBAR_FRAME_ID;
      iframe.title = 'Core Group Lens: child protection deadlines for this case';
      wrapper.dataset.coreGroupLens = 'sidebar';
      Object.assign(wrapper.style, { position: 'fixed', top: '0', right: '0' });
      Object.assign(iframe.style, {
        width: '380px',
        height: '100vh',
        border: '0',
        borderLeft: '1px solid #505a5f',
        background: '#ffffff',
        colorScheme: 'light',
      });
    },
  });
  ui.mount();
  return ui;
}
