import { type ReactNode, useEffect, useRef } from 'react';
import type { Rag } from '../../lib/present/case-glance';
import type { SidebarLayout } from '../../lib/present/sidebar-frame';
import { ResizeHandle } from './ResizeHandle';

const RAG_ICON: Record<Rag, string> = { red: '✖', amber: '⚠', green: '✔', grey: '?' };

/**
 * Docked right, resizable, and collapsible to a slim tab that still shows how many deadlines are
 * overdue. Focus follows the change: to the tab when collapsed, back to the collapse button when
 * opened, so a keyboard user is never left on nothing.
 */
export function SidebarShell({
  layout,
  onLayout,
  onResizeStart,
  overdue,
  rag,
  attention,
  children,
}: {
  layout: SidebarLayout;
  onLayout(layout: SidebarLayout): void;
  /** A drag of the edge began, `grab` pixels in from it (the page follows it; see useLayout). */
  onResizeStart?(grab: number): void;
  /** Undefined while loading or when nothing is known. */
  overdue?: number;
  rag?: Rag;
  /** Something the worker should look at now (e.g. a visit form prompt), in words. */
  attention?: string;
  /**
   * The open sidebar, given the function that collapses it (for its header's button) and the
   * resize handle to place inside its landmark (the handle is fixed to the left edge wherever it
   * sits, but must be inside a landmark for screen-reader users to find it).
   */
  children(collapse: () => void, resizeHandle: ReactNode): ReactNode;
}) {
  const tab = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (layout.collapsed) tab.current?.focus();
    else document.getElementById('collapse-button')?.focus();
  }, [layout.collapsed]);

  if (layout.collapsed) {
    const count = overdue === undefined ? '–' : String(overdue);
    return (
      <main
        className={`slim rag-${rag ?? 'grey'}`}
        aria-label="Core Group Lens (collapsed)"
        // Once the case is loaded, as the open sidebar's RAG line is: what tests and the demo wait for.
        data-testid={rag ? 'rag' : undefined}
        data-rag={rag}
      >
        <h1 className="visually-hidden">Core Group Lens</h1>
        <button
          ref={tab}
          type="button"
          className="slim-tab"
          aria-expanded="false"
          data-testid="expand"
          onClick={() => {
            moved.current = true;
            onLayout({ ...layout, collapsed: false });
          }}
        >
          <span aria-hidden="true" className="slim-icon">
            {RAG_ICON[rag ?? 'grey']}
          </span>
          <span className="slim-count" data-testid="slim-overdue">
            {count}
          </span>{' '}
          <span className="slim-words">
            overdue
            <span className="visually-hidden">. Show Core Group Lens</span>
          </span>
          {attention ? (
            <span className="slim-attention" data-testid="slim-attention">
              <span aria-hidden="true">⚠</span>
              <span className="visually-hidden">. {attention}</span>
            </span>
          ) : null}
        </button>
      </main>
    );
  }
  const collapse = () => {
    moved.current = true;
    onLayout({ ...layout, collapsed: true });
  };
  return (
    <div className="shell">
      <div className="shell-body">
        {children(
          collapse,
          <ResizeHandle
            width={layout.width}
            onResize={(width) => onLayout({ ...layout, width })}
            onDragStart={onResizeStart}
          />,
        )}
      </div>
    </div>
  );
}
