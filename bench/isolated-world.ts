import type { CDPSession } from 'playwright-core';

/**
 * The floor of a read: `querySelectorAll('*')`, touching each element once. An expression, so
 * the same text runs in the page's own world (`page.evaluate`) or an isolated one (below).
 */
export const BARE_WALK = `(() => {
  const started = performance.now();
  const all = document.querySelectorAll('*');
  let touched = 0;
  for (let i = 0; i < all.length; i++) touched += all[i].tagName.length;
  return { ms: performance.now() - started, elements: all.length, touched };
})()`;

export interface Walk {
  ms: number;
  elements: number;
}

/**
 * Evaluates `expression` in a new isolated world of the page's main frame, the kind a content
 * script runs in (Blink looks its DOM wrappers up in a table, not inline as for the page's own
 * world, so each DOM call costs more there), and gives back its value.
 */
export async function inIsolatedWorld(
  cdp: CDPSession,
  expression: string,
  worldName: string,
): Promise<unknown> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string } };
  };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName,
  })) as { executionContextId: number };
  const evaluated = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (evaluated.exceptionDetails) throw new Error(evaluated.exceptionDetails.text);
  return evaluated.result.value;
}
