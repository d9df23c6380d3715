import type { PageKind } from '../../lib/domain/provenance';
import type { GenericFinder } from './read-case-page';

/**
 * What the content script shares with the scripts the background injects into the same tab on
 * demand (entrypoints/generic-reader.ts, entrypoints/teach-mode.ts). They run in the content
 * script's isolated world, so they share its global object, which the host page cannot see.
 * They are kept out of the content script itself because most pages never need them and the
 * content script must stay small (issue 8: under 20 KB gzip).
 */
export interface LensWorld {
  /** Set by the generic reader once injected. */
  findGeneric?: GenericFinder;
  /** Set by teach mode once injected: it handles the `teach-mode` commands from then on. */
  teachModeLoaded?: boolean;
  /** The kind of page the last read found (a taught field is saved for that kind of page). */
  pageKind?: PageKind;
  /** Runs `stop` when this content script is invalidated (the extension reloaded or removed). */
  onInvalidated?: (stop: () => void) => void;
}

const KEY = '__coreGroupLens';

export function lensWorld(): LensWorld {
  const global = globalThis as { [KEY]?: LensWorld };
  global[KEY] ??= {};
  return global[KEY];
}
