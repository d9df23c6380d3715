import { useEffect } from 'react';

/**
 * Marks the first frame that shows the stored case (or says nothing is stored), so the
 * benchmarks can time it from the host page's DOMContentLoaded (bench/measure-sidebar.ts):
 * a `performance` mark in the frame's timeline, and `data-core-group-lens-shown` on its `<html>`
 * to wait for. The mark is taken in the animation frame that paints it. No case data.
 */
export function useFirstDataMark(shown: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!shown || root.dataset.coreGroupLensShown) return;
    requestAnimationFrame(() => {
      if (root.dataset.coreGroupLensShown) return;
      performance.mark('core-group-lens:first-data');
      root.dataset.coreGroupLensShown = 'data';
    });
  }, [shown]);
}
