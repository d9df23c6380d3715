/**
 * Keeps room for the sidebar on the host page: a right margin on its `<html>`, so the page lays
 * itself out beside the sidebar (or its slim tab) instead of under it, and none of its controls
 * is covered. Nothing inside the page, and none of its forms, is touched; the old value comes back
 * when the extension goes away.
 */
export function reserveHostSpace(root: HTMLElement = document.documentElement) {
  const before = {
    value: root.style.getPropertyValue('margin-right'),
    priority: root.style.getPropertyPriority('margin-right'),
  };
  return {
    set(width: number) {
      root.style.setProperty('margin-right', `${width}px`, 'important');
    },
    release() {
      if (before.value) root.style.setProperty('margin-right', before.value, before.priority);
      else root.style.removeProperty('margin-right');
    },
  };
}
