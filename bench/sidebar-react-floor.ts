import path from 'node:path';
import { build } from 'esbuild';
import type { TempExtension } from './floor-extension';
import { type FloorFrame, writeSidebarFloorExtension } from './sidebar-floor-extension';

/**
 * The sidebar measure's second floor: what the design card's choices cost before any of our own
 * code runs. The same frame, mounted the same way, as the bare floor
 * (bench/sidebar-floor-extension.ts), holding a React page that does the least a sidebar must:
 * ask the extension's worker for the case once, early, from a small async classic script (as
 * ours does: entrypoints/sidebar/first-ask.ts), then render the answer with React and mark the
 * frame that paints it (as entrypoints/sidebar/first-data-mark.ts does). Its worker answers at
 * once, with a line of text: no store, no rules, no components. So ours over this floor is what
 * our own code (reading the page, storing it, the rules, our components and their size) adds.
 */

const ASK_SCRIPT = `performance.mark('core-group-lens:data-asked');
globalThis.__floorAsk = chrome.runtime.sendMessage({ type: 'floor' }).then((answer) => {
  performance.mark('core-group-lens:data-answered');
  return answer;
});
`;

const WORKER = `chrome.runtime.onMessage.addListener((message, _sender, send) => {
  if (message && message.type === 'floor') send({ text: 'A case' });
});
`;

const FRAME_ENTRY = `
import { createElement, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Floor({ text }) {
  useLayoutEffect(() => {
    requestAnimationFrame(() => {
      performance.mark('core-group-lens:first-data');
      document.documentElement.dataset.coreGroupLensShown = 'data';
    });
  }, []);
  return createElement('main', { 'aria-label': 'Sidebar floor' }, createElement('p', null, text));
}

const ask = globalThis.__floorAsk ?? chrome.runtime.sendMessage({ type: 'floor' });
ask.then((answer) => {
  createRoot(document.getElementById('root')).render(createElement(Floor, { text: answer.text }));
});
`;

const FRAME_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>Sidebar React floor</title>
    <script async src="/floor-ask.js"></script>
  </head>
  <body><div id="root"></div><script type="module" src="/floor-react.js"></script></body>
</html>
`;

/** React and react-dom as the sidebar's build ships them: production, minified, one module. */
async function reactFrameScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: FRAME_ENTRY,
      resolveDir: path.join(import.meta.dirname, '..'),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild gave no React floor bundle');
  return file.text;
}

export async function reactFloorFrame(): Promise<FloorFrame> {
  return {
    label: 'a React page asking the worker once, in the sidebar frame',
    worker: WORKER,
    files: {
      'sidebar.html': FRAME_PAGE,
      'floor-ask.js': ASK_SCRIPT,
      'floor-react.js': await reactFrameScript(),
    },
  };
}

/** Writes the React floor extension for the build in `extensionDir` into a temp folder. */
export async function writeSidebarReactFloorExtension(
  extensionDir: string,
): Promise<TempExtension> {
  return writeSidebarFloorExtension(extensionDir, await reactFloorFrame());
}
