/**
 * What the content script (in the case system's page) and the sidebar frame say to each other by
 * `postMessage`, and the sidebar's layout. The host page's own scripts see these messages and can
 * send the frame their own, so only layout and the visit form's answers cross (both already in the
 * host's hands), never case data; and the frame shows what it is sent only as text.
 *
 * The content script imports this file, so it must stay free of zod, React and Dexie.
 */

export const FRAME_SOURCE = 'core-group-lens';

/** The slim tab left when the sidebar is collapsed: wide enough for a count and an icon. */
export const COLLAPSED_WIDTH = 52;
export const DEFAULT_WIDTH = 400;
export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
/** One key press on the resize handle. */
export const WIDTH_STEP = 20;

export interface SidebarLayout {
  collapsed: boolean;
  width: number;
}

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, width: DEFAULT_WIDTH };

/** `browser.storage.local` key for one case system: each host keeps its own layout. */
export function layoutKey(hostOrigin: string): string {
  return `sidebar-layout:${hostOrigin}`;
}

export function clampWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_WIDTH;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}

/** A stored or sent layout, each part falling back to the default when it is not usable. */
export function parseLayout(value: unknown): SidebarLayout {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    collapsed: typeof v.collapsed === 'boolean' ? v.collapsed : DEFAULT_LAYOUT.collapsed,
    width: typeof v.width === 'number' ? clampWidth(v.width) : DEFAULT_LAYOUT.width,
  };
}

/** The width the frame takes on the page, and the space kept free for it. */
export function frameWidth(layout: SidebarLayout): number {
  return layout.collapsed ? COLLAPSED_WIDTH : clampWidth(layout.width);
}

export type FormAnswer = 'yes' | 'no' | 'unanswered';

/** One child's part of a visit form being filled in, as the content script reads it. */
export interface VisitFormChild {
  /** As the form shows it (host text: only ever rendered as text). */
  name: string;
  seen: FormAnswer;
  seenAlone: FormAnswer;
  /** Whether the "why not seen alone" box has any text. */
  reasonGiven: boolean;
}

/**
 * `resize-start`: the worker pressed on the resize handle, `grab` pixels from the frame's left
 * edge. Chromium sends the pointer's moves over the host page to the host page, not to the frame
 * (even with pointer capture, the frame being another process), so the content script follows
 * the drag there and sends the frame the `layout` it came to. `shown`: the frame has drawn the
 * case (or why it cannot), so the page may now make room beside it (mount-sidebar.ts).
 */
export type FrameToHost =
  | { source: typeof FRAME_SOURCE; type: 'ready' }
  | { source: typeof FRAME_SOURCE; type: 'shown' }
  | { source: typeof FRAME_SOURCE; type: 'layout'; layout: SidebarLayout }
  | { source: typeof FRAME_SOURCE; type: 'resize-start'; grab: number };

/**
 * `read-stored`: the page read the frame was opened for has been stored (or refused), so what the
 * background holds for the case is now this page's; until then the frame shows it is loading.
 */
export type HostToFrame =
  | { source: typeof FRAME_SOURCE; type: 'visit-form'; children: VisitFormChild[] }
  | { source: typeof FRAME_SOURCE; type: 'layout'; layout: SidebarLayout }
  | { source: typeof FRAME_SOURCE; type: 'read-stored' };

/** The handle is a few pixels wide: a grab further in than this is not on it. */
const MOST_GRAB = 40;

const MAX_FORM_CHILDREN = 50;
const MAX_NAME = 300;
const ANSWERS: readonly string[] = ['yes', 'no', 'unanswered'];

function record(data: unknown): Record<string, unknown> | undefined {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

/** A message from the sidebar frame, or undefined for anything else on the window. */
export function parseFrameToHost(data: unknown): FrameToHost | undefined {
  const m = record(data);
  if (m?.source !== FRAME_SOURCE) return undefined;
  if (m.type === 'ready') return { source: FRAME_SOURCE, type: 'ready' };
  if (m.type === 'shown') return { source: FRAME_SOURCE, type: 'shown' };
  if (m.type === 'layout') {
    return { source: FRAME_SOURCE, type: 'layout', layout: parseLayout(m.layout) };
  }
  if (m.type === 'resize-start' && typeof m.grab === 'number' && Number.isFinite(m.grab)) {
    return {
      source: FRAME_SOURCE,
      type: 'resize-start',
      grab: Math.min(MOST_GRAB, Math.max(0, m.grab)),
    };
  }
  return undefined;
}

function parseFormChild(value: unknown): VisitFormChild | undefined {
  const c = record(value);
  if (!c || typeof c.name !== 'string' || typeof c.reasonGiven !== 'boolean') return undefined;
  if (!ANSWERS.includes(c.seen as string) || !ANSWERS.includes(c.seenAlone as string)) {
    return undefined;
  }
  return {
    name: c.name.slice(0, MAX_NAME),
    seen: c.seen as FormAnswer,
    seenAlone: c.seenAlone as FormAnswer,
    reasonGiven: c.reasonGiven,
  };
}

/** A message for the sidebar from the page it sits on; anything malformed is dropped whole. */
export function parseHostToFrame(data: unknown): HostToFrame | undefined {
  const m = record(data);
  if (m?.source !== FRAME_SOURCE) return undefined;
  if (m.type === 'layout') {
    return { source: FRAME_SOURCE, type: 'layout', layout: parseLayout(m.layout) };
  }
  if (m.type === 'read-stored') return { source: FRAME_SOURCE, type: 'read-stored' };
  if (m.type !== 'visit-form' || !Array.isArray(m.children)) return undefined;
  if (m.children.length > MAX_FORM_CHILDREN) return undefined;
  const children: VisitFormChild[] = [];
  for (const value of m.children) {
    const child = parseFormChild(value);
    if (!child) return undefined;
    children.push(child);
  }
  return { source: FRAME_SOURCE, type: 'visit-form', children };
}
