// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarShell } from '../../components/sidebar/SidebarShell';
import { followResize } from '../../entrypoints/content/follow-resize';
import { reserveHostSpace } from '../../entrypoints/content/host-space';
import {
  COLLAPSED_WIDTH,
  DEFAULT_LAYOUT,
  MAX_WIDTH,
  MIN_WIDTH,
  type SidebarLayout,
  WIDTH_STEP,
} from '../../lib/present/sidebar-frame';

afterEach(cleanup);

function Harness({ overdue, attention }: { overdue?: number; attention?: string }) {
  const [layout, setLayout] = useState<SidebarLayout>(DEFAULT_LAYOUT);
  return (
    <>
      <output data-testid="layout">{JSON.stringify(layout)}</output>
      <SidebarShell
        layout={layout}
        onLayout={setLayout}
        overdue={overdue}
        rag="red"
        attention={attention}
      >
        {(collapse, resizeHandle) => (
          <main>
            <h1>Core Group Lens</h1>
            {resizeHandle}
            <button type="button" id="collapse-button" onClick={collapse}>
              Hide
            </button>
          </main>
        )}
      </SidebarShell>
    </>
  );
}

const layout = () => JSON.parse(screen.getByTestId('layout').textContent ?? '{}') as SidebarLayout;

describe('the sidebar shell', () => {
  it('collapses to a slim tab that still shows the overdue count, and moves focus to it', () => {
    render(<Harness overdue={3} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(layout().collapsed).toBe(true);
    const tab = screen.getByRole('button', { name: /3 overdue\s*\. Show Core Group Lens/ });
    expect(screen.getByTestId('slim-overdue').textContent).toBe('3');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(tab);
    expect(screen.getByRole('main', { name: 'Core Group Lens (collapsed)' })).toBeTruthy();
  });

  it('opens again from the tab, with focus back on the button that hid it', () => {
    render(<Harness overdue={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    fireEvent.click(screen.getByTestId('expand'));
    expect(layout().collapsed).toBe(false);
    expect(document.activeElement?.id).toBe('collapse-button');
  });

  it('shows a dash, not zero, while the count is not known, and flags a prompt waiting', () => {
    render(<Harness attention="Seen alone is not answered on the visit form" />);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.getByTestId('slim-overdue').textContent).toBe('–');
    expect(screen.getByTestId('expand').textContent).toContain('Seen alone is not answered');
  });

  it('resizes from the keyboard within the limits, saying the width to a screen reader', () => {
    render(<Harness />);
    const handle = screen.getByRole('separator', { name: 'Sidebar width' });
    expect(handle.getAttribute('aria-valuenow')).toBe(String(DEFAULT_LAYOUT.width));
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(layout().width).toBe(DEFAULT_LAYOUT.width + WIDTH_STEP);
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(layout().width).toBe(DEFAULT_LAYOUT.width - WIDTH_STEP);
    fireEvent.keyDown(handle, { key: 'End' });
    expect(layout().width).toBe(MAX_WIDTH);
    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    expect(layout().width).toBe(MAX_WIDTH);
    fireEvent.keyDown(handle, { key: 'Home' });
    expect(layout().width).toBe(MIN_WIDTH);
    expect(handle.getAttribute('aria-valuenow')).toBe(String(MIN_WIDTH));
  });
});

describe('the room kept on the host page', () => {
  it('sets a right margin on the page, and puts back what the page had when released', () => {
    const root = document.documentElement;
    root.style.setProperty('margin-right', '5px');
    const space = reserveHostSpace(root);
    space.set(COLLAPSED_WIDTH);
    expect(root.style.getPropertyValue('margin-right')).toBe(`${COLLAPSED_WIDTH}px`);
    expect(root.style.getPropertyPriority('margin-right')).toBe('important');
    space.set(420);
    expect(root.style.getPropertyValue('margin-right')).toBe('420px');
    space.release();
    expect(root.style.getPropertyValue('margin-right')).toBe('5px');
    root.style.removeProperty('margin-right');
  });
});

describe('a drag of the sidebar’s edge over the host page', () => {
  it('covers the page while it lasts, follows the pointer, and hands back the width on release', () => {
    const applied: number[] = [];
    let finished: SidebarLayout | undefined;
    followResize(
      4,
      (layout) => applied.push(layout.width),
      (layout) => {
        finished = layout;
      },
    );
    const layer = document.querySelector<HTMLElement>('[data-core-group-lens="resize"]');
    expect(layer).toBeTruthy();
    const right = document.documentElement.clientWidth;
    layer?.dispatchEvent(new PointerEvent('pointermove', { clientX: right - 504, buttons: 1 }));
    layer?.dispatchEvent(new PointerEvent('pointermove', { clientX: right - 10_000, buttons: 1 }));
    expect(applied).toEqual([508, MAX_WIDTH]);
    layer?.dispatchEvent(new PointerEvent('pointerup'));
    expect(document.querySelector('[data-core-group-lens="resize"]')).toBeNull();
    expect(finished).toEqual({ collapsed: false, width: MAX_WIDTH });
  });

  it('ends at once if the button was let go before the page took over', () => {
    let finished = false;
    followResize(
      4,
      () => undefined,
      () => {
        finished = true;
      },
    );
    const layer = document.querySelector<HTMLElement>('[data-core-group-lens="resize"]');
    layer?.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, buttons: 0 }));
    expect(document.querySelector('[data-core-group-lens="resize"]')).toBeNull();
    // Nothing was dragged, so no width is handed back.
    expect(finished).toBe(false);
  });
});
