/**
 * Watches the case page for what could change what is read: one MutationObserver for the whole
 * document, and the navigation events of single-page case systems. The observer callback only
 * filters records (attribute and parent look-ups, never a layout read) and calls `onChange`;
 * the reading itself is scheduled elsewhere (read-scheduler.ts), coalesced.
 */

/** The extension's own nodes: the sidebar's wrapper, the teach-a-field overlay. */
const OWN = ':not(html)[data-core-group-lens]';
/** Parts of a page that are never read as values. */
const INERT_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'title']);
const INERT_INSIDE = 'head, script, style, noscript, template';
/** The inline styles shown-value.ts treats as hidden (isHiddenByMarkup). */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Attributes whose change changes what a value reads as. */
export const WATCHED_ATTRIBUTES = [
  'value',
  'checked',
  'selected',
  'datetime',
  'hidden',
  'style',
  'type',
  'aria-checked',
  'aria-labelledby',
  'for',
];

const ELEMENT = 1;
const TEXT = 3;

function elementOf(node: Node): Element | null {
  return node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
}

/** True for a node of the extension's own (or inside one). */
export function isOwnNode(node: Node): boolean {
  return elementOf(node)?.closest(OWN) != null;
}

/** A node whose coming or going cannot change a value: script, style, comment, blank text. */
function isInert(node: Node): boolean {
  if (node.nodeType === TEXT) return (node.nodeValue ?? '').trim() === '';
  if (node.nodeType !== ELEMENT) return true;
  const el = node as Element;
  return INERT_TAGS.has(el.localName) || el.closest(OWN) !== null;
}

/** True when a mutation can change what the page reads as. */
export function changesWhatIsRead(record: MutationRecord): boolean {
  const target = record.target;
  if (isOwnNode(target)) return false;
  if (elementOf(target)?.closest(INERT_INSIDE)) return false;
  if (record.type === 'characterData') return true;
  if (record.type === 'attributes') {
    // The extension marks <html> and keeps room for the sidebar on it; nothing is read there.
    if (target === target.ownerDocument?.documentElement) return false;
    if (record.attributeName === 'style') {
      const now = (target as Element).getAttribute('style') ?? '';
      return HIDDEN_STYLE.test(record.oldValue ?? '') !== HIDDEN_STYLE.test(now);
    }
    return true;
  }
  for (const node of Array.from(record.addedNodes)) if (!isInert(node)) return true;
  for (const node of Array.from(record.removedNodes)) if (!isInert(node)) return true;
  return false;
}

/**
 * Calls `onChange` when the page changes in a way that can change what is read. Typing into
 * the host's form does not count: a value not yet saved in the case system is not case data.
 */
export function watchPageChanges(doc: Document, onChange: () => void, signal: AbortSignal) {
  const observer = new MutationObserver((records) => {
    if (records.some(changesWhatIsRead)) onChange();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** The part of a URL that names a page: path and query, never the fragment. */
export function pagePath(url: URL | Location): string {
  return `${url.pathname}${url.search}`;
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: AddEventListenerOptions): void;
}

/**
 * Calls `onNavigate` after a single-page case system moves to another page. A content script
 * runs in its own world, so wrapping the page's `history.pushState` would not see the page's
 * calls; the Navigation API's `currententrychange` (fired once the URL has changed) does, and
 * `popstate` covers Back and Forward where that API is missing. The caller checks that the
 * path really changed, so one navigation seen twice is harmless.
 */
export function watchNavigation(win: Window, onNavigate: () => void, signal: AbortSignal) {
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', onNavigate, { signal });
  }
  win.addEventListener('popstate', onNavigate, { signal });
}
