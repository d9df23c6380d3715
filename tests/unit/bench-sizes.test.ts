import { describe, expect, it } from 'vitest';
import { htmlAssets, staticImports } from '../../bench/measure-sizes';

describe('htmlAssets', () => {
  it('lists the module entry, its preloads and stylesheets, as WXT writes sidebar.html', () => {
    const html = `<!DOCTYPE html><html><head>
    <script type="module" crossorigin src="/chunks/sidebar-Cc0YDtF6.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/browser-Bdw3J1ua.js">
    <link rel="modulepreload" crossorigin href="/chunks/plan-rules-D0N3NXXs.js">
    <link rel="stylesheet" crossorigin href="/assets/browser-DU2_TG6M.css">
    <link rel="icon" href="/icon.png">
    </head><body><div id="root"></div></body></html>`;
    expect(htmlAssets(html)).toEqual([
      '/chunks/sidebar-Cc0YDtF6.js',
      '/chunks/browser-Bdw3J1ua.js',
      '/chunks/plan-rules-D0N3NXXs.js',
      '/assets/browser-DU2_TG6M.css',
    ]);
  });
});

describe('staticImports', () => {
  it('finds static imports of chunks, not dynamic ones', () => {
    const code =
      'import{H as e}from"./browser-DgQw9XpX.js";import"./side-effect.js";' +
      'import { x } from "./spaced.js";const lazy=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual([
      './browser-DgQw9XpX.js',
      './side-effect.js',
      './spaced.js',
    ]);
  });
});
