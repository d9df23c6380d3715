import { clampWidth, type SidebarLayout } from '../../lib/present/sidebar-frame';

/**
 * Follows a drag of the sidebar's edge over the host page. A transparent layer covers the page
 * for the drag's length, so the pointer's moves come here and the host neither selects text nor
 * reacts to hover; it is removed on release. Nothing of the host's is changed. `grab` is how
 * far from the frame's outer left edge the drag began.
 */
export function followResize(
  grab: number,
  apply: (layout: SidebarLayout) => void,
  done: (layout: SidebarLayout) => void,
) {
  const layer = document.createElement('div');
  // Marked as the extension's own, so the page-change watcher does not read the page again.
  layer.dataset.coreGroupLens = 'resize';
  Object.assign(layer.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '2147483001',
    cursor: 'col-resize',
    background: 'transparent',
  });
  let layout: SidebarLayout | undefined;
  const finish = () => {
    layer.remove();
    window.removeEventListener('blur', finish);
    if (layout) done(layout);
  };
  layer.addEventListener('pointermove', (event) => {
    // The button was let go before the layer was up: the drag is over.
    if (event.buttons === 0) return finish();
    // The frame is fixed to the right of the viewport, left of any scrollbar.
    const right = document.documentElement.clientWidth;
    layout = { collapsed: false, width: clampWidth(right - event.clientX + grab) };
    apply(layout);
  });
  layer.addEventListener('pointerup', finish);
  layer.addEventListener('pointercancel', finish);
  window.addEventListener('blur', finish);
  document.documentElement.append(layer);
}
