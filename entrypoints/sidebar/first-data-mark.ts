import { useLayoutEffect } from 'react';
import { FRAME_SOURCE } from '../../lib/present/sidebar-frame';

/**
 * Marks the first frame that shows the stored case (or says nothing is stored), so the
 * benchmarks can time it from the host page's DOMContentLoaded (bench/measure-sidebar.ts):
 * a `performance` mark in the frame's timeline, and `data-core-group-lens-shown` on its `<html>`
 * to wait for. The mark is taken in the animation frame that paints it. No case data. The page
 * is told too (`shown`): it makes room for the sidebar then.
 *
 * A layout effect, not a passive one: React runs passive effects of a render it was not asked
 * for by an event in a later task, which Chromium runs after painting the committed DOM, so an
 * animation frame asked for there is the frame after the one that showed the data (traced here:
 * one frame, 20-30 ms late). A layout effect runs as the DOM is committed, before that paint.
 */
export function useFirstDataMark(shown: boolean): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (!shown || root.dataset.coreGroupLensShown) return;
    requestAnimationFrame(() => {
      if (root.dataset.coreGroupLensShown) return;
      performance.mark('core-group-lens:first-data');
      root.dataset.coreGroupLensShown = 'data';
      // The page makes room for the sidebar only now (entrypoints/content/mount-sidebar.ts).
      if (window.parent !== window) {
        window.parent.postMessage({ source: FRAME_SOURCE, type: 'shown' }, '*');
      }
    });
  }, [shown]);
}
