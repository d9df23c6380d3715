import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export interface WindowRange {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export interface WindowOptions {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge, so a fast scroll or Tab rarely meets an empty row. */
  overscan?: number;
  /** The viewport's height when it cannot be measured (no layout, e.g. in tests). */
  fallbackHeight?: number;
  /** Height of a sticky header above the rows, inside the scrolling box. */
  headerHeight?: number;
}

/** The rows in view for a scroll position: pure, so the tests can check it directly. */
export function windowRange(
  scrollTop: number,
  viewportHeight: number,
  { count, rowHeight, overscan = 8, headerHeight = 0 }: WindowOptions,
): WindowRange {
  const first = Math.floor(Math.max(0, scrollTop - headerHeight) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - visible - overscan));
  return { start, end: Math.min(count, first + visible + overscan) };
}

/**
 * A small windowing hook: renders only the rows near the scroll position of a fixed-row-height
 * list, so 5,000 cases cost as much to draw as 40.
 */
export function useWindow(options: WindowOptions): {
  range: WindowRange;
  containerRef: RefObject<HTMLDivElement | null>;
  onScroll: () => void;
  scrollToIndex: (index: number) => void;
} {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const { rowHeight, fallbackHeight = 600, headerHeight = 0 } = options;

  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    setHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    setScrollTop(containerRef.current?.scrollTop ?? 0);
  }, []);

  const viewport = height > 0 ? height : fallbackHeight;
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = containerRef.current;
      if (!element) return;
      // Row tops are measured below the sticky header, which covers what scrolls under it.
      const top = headerHeight + index * rowHeight;
      if (top < element.scrollTop + headerHeight) element.scrollTop = top - headerHeight;
      else if (top + rowHeight > element.scrollTop + viewport) {
        element.scrollTop = top + rowHeight - viewport;
      }
      setScrollTop(element.scrollTop);
    },
    [rowHeight, viewport, headerHeight],
  );

  return {
    range: windowRange(scrollTop, viewport, options),
    containerRef,
    onScroll,
    scrollToIndex,
  };
}
