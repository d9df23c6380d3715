// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hideSidebarWhileLeaving,
  STILL_HERE_MS,
} from '../../entrypoints/content/hide-while-leaving';

/*
 * The sidebar's frame is hidden when the page starts a navigation to another document, and shown
 * again, unchanged, whenever the page turns out to stay. happy-dom has no Navigation API, so the
 * window here is an event target with a `navigation` event target on it, as in Chromium.
 */

interface FakeWindow extends EventTarget {
  navigation: EventTarget;
  location: { href: string };
  /** `beforeunload` listeners added and not yet removed. */
  beforeUnloadListeners: number;
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
}

function fakeWindow(): FakeWindow {
  const target = new EventTarget() as FakeWindow;
  target.navigation = new EventTarget();
  target.location = { href: 'http://127.0.0.1/careflow/case/CF-1001/summary' };
  target.beforeUnloadListeners = 0;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type: string, listener: never, options?: never) => {
    if (type === 'beforeunload') target.beforeUnloadListeners++;
    add(type, listener, options);
  };
  target.removeEventListener = (type: string, listener: never, options?: never) => {
    if (type === 'beforeunload') target.beforeUnloadListeners--;
    remove(type, listener, options);
  };
  target.setTimeout = ((run: () => void, ms: number) => setTimeout(run, ms)) as typeof setTimeout;
  target.clearTimeout = ((id: number) => clearTimeout(id)) as typeof clearTimeout;
  return target;
}

/** A `navigate` event as Chromium fires it: cancelable, with where it goes. */
function navigate(
  win: FakeWindow,
  { sameDocument = false, downloadRequest = null as string | null, cancel = false } = {},
) {
  const event = new Event('navigate', { cancelable: true });
  Object.assign(event, { destination: { sameDocument }, downloadRequest });
  if (cancel) event.preventDefault();
  win.navigation.dispatchEvent(event);
}

/** Chromium's `beforeunload`, which follows `navigate` in the same task for a page's own link. */
function beforeUnload(win: FakeWindow, prompt: 'none' | 'preventDefault' | 'returnValue') {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
  Object.defineProperty(event, 'returnValue', {
    value: prompt === 'returnValue' ? 'Unsaved changes' : '',
    writable: true,
  });
  if (prompt === 'preventDefault') event.preventDefault();
  win.dispatchEvent(event);
}

let win: FakeWindow;
let box: HTMLElement;
let down: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  win = fakeWindow();
  box = document.createElement('div');
  box.style.setProperty('display', 'block');
  document.body.append(box);
  down = new AbortController();
  hideSidebarWhileLeaving(win as unknown as Window, {
    frameBox: () => box,
    signal: down.signal,
  });
});
afterEach(() => {
  down.abort();
  box.remove();
  vi.useRealTimers();
});

const shown = () => box.style.getPropertyValue('display');

describe('hiding the sidebar while the page is left', () => {
  it('hides it once the navigation is decided, and shows it as it was if the page is still here', () => {
    navigate(win);
    beforeUnload(win, 'none');
    expect(shown()).toBe('block');
    vi.advanceTimersByTime(0);
    expect(shown()).toBe('none');
    vi.advanceTimersByTime(STILL_HERE_MS - 1);
    expect(shown()).toBe('none');
    vi.advanceTimersByTime(1);
    expect(shown()).toBe('block');
    expect(box.style.getPropertyPriority('display')).toBe('');
  });

  it('leaves it for same-document navigations, downloads and navigations the page cancels', () => {
    navigate(win, { sameDocument: true });
    navigate(win, { downloadRequest: 'minutes.txt' });
    navigate(win, { cancel: true });
    vi.advanceTimersByTime(0);
    expect(shown()).toBe('block');
  });

  it.each(['preventDefault', 'returnValue'] as const)(
    'leaves it when the host asks the worker to stay (%s)',
    (prompt) => {
      navigate(win);
      beforeUnload(win, prompt);
      vi.advanceTimersByTime(0);
      expect(shown()).toBe('block');
    },
  );

  it('leaves it when a single-page system takes the navigation over', () => {
    navigate(win);
    // navigate.intercept(): the address changes within the page, at once.
    win.location.href = 'http://127.0.0.1/careflow/case/CF-1001/visits';
    vi.advanceTimersByTime(0);
    expect(shown()).toBe('block');
  });

  it('listens for beforeunload only while a navigation is being decided', () => {
    // A page listening for beforeunload makes Chromium ask its renderer before every navigation.
    expect(win.beforeUnloadListeners).toBe(0);
    navigate(win);
    expect(win.beforeUnloadListeners).toBe(1);
    vi.advanceTimersByTime(0);
    expect(win.beforeUnloadListeners).toBe(0);
  });

  it.each([
    ['a click', () => win.dispatchEvent(new Event('pointerdown'))],
    ['a key', () => win.dispatchEvent(new Event('keydown'))],
    [
      'the page back from the back/forward cache',
      () => win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })),
    ],
    ['the content script stopping', () => down.abort()],
    [
      'a new entry of the same page',
      () => win.navigation.dispatchEvent(new Event('currententrychange')),
    ],
  ])('shows it again at once on %s', (_name, happen) => {
    navigate(win);
    vi.advanceTimersByTime(0);
    expect(shown()).toBe('none');
    happen();
    expect(shown()).toBe('block');
  });

  it('puts back a display the sidebar did not have', () => {
    box.style.removeProperty('display');
    navigate(win);
    vi.advanceTimersByTime(0);
    expect(shown()).toBe('none');
    vi.advanceTimersByTime(STILL_HERE_MS);
    expect(box.getAttribute('style') ?? '').not.toContain('display');
  });

  it('does nothing without a sidebar', () => {
    const none = new AbortController();
    const other = fakeWindow();
    hideSidebarWhileLeaving(other as unknown as Window, {
      frameBox: () => null,
      signal: none.signal,
    });
    navigate(other);
    expect(() => vi.advanceTimersByTime(STILL_HERE_MS)).not.toThrow();
    none.abort();
  });
});
