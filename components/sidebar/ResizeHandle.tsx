import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { clampWidth, MAX_WIDTH, MIN_WIDTH, WIDTH_STEP } from '../../lib/present/sidebar-frame';

/**
 * The sidebar's left edge: drag it, or focus it and use the arrow keys (left widens, right
 * narrows; Home and End for the narrowest and widest). The moves a drag gets here (within the
 * frame) are followed in screen coordinates, as the frame itself moves as it widens; those over
 * the host page go to the page, whose content script follows them (`onDragStart`).
 */
export function ResizeHandle({
  width,
  onResize,
  onDragStart,
}: {
  width: number;
  onResize(width: number): void;
  /** Told where on the handle the drag began, so the page can follow it (see SidebarShell). */
  onDragStart?(grab: number): void;
}) {
  const drag = useRef<{ startX: number; startWidth: number } | undefined>(undefined);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = {
      ArrowLeft: width + WIDTH_STEP,
      ArrowRight: width - WIDTH_STEP,
      Home: MIN_WIDTH,
      End: MAX_WIDTH,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onResize(clampWidth(next));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { startX: event.screenX, startWidth: width };
    event.currentTarget.setPointerCapture(event.pointerId);
    onDragStart?.(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clampWidth(drag.current.startWidth + (drag.current.startX - event.screenX)));
  };
  const end = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = undefined;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      event.currentTarget.releasePointerCapture(event.pointerId);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator is the ARIA pattern for a splitter; <hr> cannot take focus or keys.
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Sidebar width"
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      data-testid="resize-handle"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
    />
  );
}
