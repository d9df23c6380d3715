// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type MountedSidebar,
  mountSidebar,
  SHOWN_WAIT_MOST_MS,
} from '../../entrypoints/content/mount-sidebar';
import { DEFAULT_LAYOUT, FRAME_SOURCE, frameWidth } from '../../lib/present/sidebar-frame';

const place = {
  caseId: 'CF-1001',
  path: '/careflow/case/CF-1001/summary',
  pageKind: 'case-summary' as const,
};
const margin = () => document.documentElement.style.getPropertyValue('margin-right');
const frame = () => document.querySelector('iframe') as HTMLIFrameElement;

/**
 * A message as the sidebar's frame (or, with `from`, anything else) posts it to the page. happy-dom
 * does not load the frame's page (it says so on the console), so the frame's window is null here;
 * what is tested is that only a message from that window is obeyed.
 */
function post(data: unknown, from: unknown = frame().contentWindow) {
  window.dispatchEvent(new MessageEvent('message', { data, source: from as Window }));
}

/**
 * The page makes room for the sidebar once the sidebar has drawn the case: a new margin lays a
 * long page out again, and the sidebar's first paint would wait for that relayout.
 */
describe('the room the page keeps for the sidebar', () => {
  let sidebar: MountedSidebar | undefined;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>A case page</p></main>';
  });
  afterEach(() => {
    sidebar?.remove();
    vi.useRealTimers();
  });

  it('is kept once the sidebar says it has shown the case, and given back when it goes', () => {
    sidebar = mountSidebar(place, DEFAULT_LAYOUT);
    expect(frame()).not.toBeNull();
    expect(margin()).toBe('');
    // Only the frame itself is listened to: the host page can post the same message.
    post({ source: FRAME_SOURCE, type: 'shown' }, window);
    expect(margin()).toBe('');
    post({ source: FRAME_SOURCE, type: 'shown' });
    expect(margin()).toBe(`${frameWidth(DEFAULT_LAYOUT)}px`);
    sidebar.remove();
    expect(margin()).toBe('');
  });

  it('takes the width the sidebar asked for before it showed the case', () => {
    sidebar = mountSidebar(place, DEFAULT_LAYOUT);
    const slim = { ...DEFAULT_LAYOUT, collapsed: true };
    post({ source: FRAME_SOURCE, type: 'layout', layout: slim });
    expect(margin()).toBe('');
    expect(frame().style.width).toBe(`${frameWidth(slim)}px`);
    post({ source: FRAME_SOURCE, type: 'shown' });
    expect(margin()).toBe(`${frameWidth(slim)}px`);
  });

  it('is kept anyway when the sidebar never says it has shown the case', () => {
    sidebar = mountSidebar(place, DEFAULT_LAYOUT);
    vi.advanceTimersByTime(SHOWN_WAIT_MOST_MS - 1);
    expect(margin()).toBe('');
    vi.advanceTimersByTime(1);
    expect(margin()).toBe(`${frameWidth(DEFAULT_LAYOUT)}px`);
  });

  it('is kept at once by a sidebar replacing one just taken down, so the page moves once', () => {
    sidebar = mountSidebar(place, DEFAULT_LAYOUT);
    post({ source: FRAME_SOURCE, type: 'shown' });
    sidebar.remove();
    sidebar = mountSidebar({ ...place, caseId: 'CF-1002' }, DEFAULT_LAYOUT, { replacing: true });
    expect(margin()).toBe(`${frameWidth(DEFAULT_LAYOUT)}px`);
  });

  it('is never kept for a sidebar taken down before it showed anything', () => {
    sidebar = mountSidebar(place, DEFAULT_LAYOUT);
    const frameWindow = frame().contentWindow;
    sidebar.remove();
    vi.advanceTimersByTime(SHOWN_WAIT_MOST_MS);
    post({ source: FRAME_SOURCE, type: 'shown' }, frameWindow);
    expect(margin()).toBe('');
  });
});
