import { isOwnNode } from './page-changes';

export interface TeachModeOptions {
  /** What to click, e.g. "Click the ICPC date on the page." */
  prompt: string;
  onPick(element: Element): void;
  onCancel(): void;
}

/** Pointer and form events the host page must not act on while the worker is pointing. */
const HELD_BACK = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'submit',
  'touchstart',
  'touchend',
];

const OUTLINE = 3;

/**
 * Teach mode on the case page: the element under the pointer (or with focus) is outlined, and
 * the next click or Enter picks it instead of reaching the page. The outline and the prompt are
 * drawn by an overlay of the extension's own, in a closed shadow root and out of the pointer's
 * way, so no host element is restyled; the page's own handlers are held back only until the
 * pick or Esc. Returns a function that leaves teach mode.
 */
export function startTeachMode(doc: Document, options: TeachModeOptions): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const controller = new AbortController();
  const { signal } = controller;

  const host = doc.createElement('div');
  host.setAttribute('data-core-group-lens', 'teach');
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483646;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText =
    'position:fixed;display:none;pointer-events:none;box-sizing:border-box;' +
    `border:${OUTLINE}px solid #ffdd00;outline:2px solid #0b0c0c;`;
  const banner = doc.createElement('div');
  banner.setAttribute('role', 'status');
  banner.style.cssText =
    'position:fixed;left:16px;bottom:16px;max-width:30em;padding:12px 16px;pointer-events:none;' +
    'background:#0b0c0c;color:#ffffff;font:16px/1.4 Arial,sans-serif;border-left:6px solid #ffdd00;';
  banner.textContent = `Core Group Lens: ${options.prompt} Press Esc to stop.`;
  root.append(box, banner);
  doc.documentElement.append(host);

  let current: Element | null = null;
  let frame = 0;
  const draw = () => {
    frame = 0;
    if (!current?.isConnected) {
      box.style.display = 'none';
      return;
    }
    // Layout is read only here, once a frame, and only while the worker is pointing.
    const r = current.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left - OUTLINE}px`,
      top: `${r.top - OUTLINE}px`,
      width: `${r.width + 2 * OUTLINE}px`,
      height: `${r.height + 2 * OUTLINE}px`,
    });
  };
  const redraw = () => {
    if (!frame) frame = win.requestAnimationFrame(draw);
  };
  const pickable = (target: EventTarget | null): Element | null => {
    const node = target as Node | null;
    if (node?.nodeType !== 1) return null;
    const el = node as Element;
    if (el === doc.documentElement || el === doc.body || isOwnNode(el)) return null;
    return el;
  };
  const stop = () => {
    controller.abort();
    if (frame) win.cancelAnimationFrame(frame);
    host.remove();
  };

  const capture = { capture: true, signal };
  win.addEventListener(
    'pointerover',
    (event) => {
      const el = pickable(event.target);
      if (el) {
        current = el;
        redraw();
      }
    },
    capture,
  );
  win.addEventListener(
    'focusin',
    (event) => {
      const el = pickable(event.target);
      if (el) {
        current = el;
        redraw();
      }
    },
    capture,
  );
  win.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
  win.addEventListener('resize', redraw, { passive: true, signal });
  for (const type of HELD_BACK) {
    win.addEventListener(
      type,
      (event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
        const el = type === 'click' ? pickable(event.target) : null;
        if (el) {
          stop();
          options.onPick(el);
        }
      },
      capture,
    );
  }
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopImmediatePropagation();
        stop();
        options.onCancel();
      } else if (event.key === 'Enter' && current) {
        event.preventDefault();
        event.stopImmediatePropagation();
        const picked = current;
        stop();
        options.onPick(picked);
      }
    },
    capture,
  );
  return stop;
}
