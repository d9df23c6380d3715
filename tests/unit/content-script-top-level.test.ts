import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The content script runs on every page of the case system, before the host page's load event
 * (issue 8: page load with / without the extension). What it imports must not do work when it is
 * loaded that the content script never uses. Bundled and shaken as the build does it, it must hold
 * none of the synonym index that only the generic reader (injected when needed) uses.
 */
describe('the content script, bundled', () => {
  it('does not build the synonym index it never uses', async () => {
    const bundle = await build({
      entryPoints: [path.resolve('entrypoints/content/index.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      treeShaking: true,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    expect(code).toContain('BUILT_IN_SYNONYMS');
    expect(code).not.toContain('buildSynonymIndex');
  });
});
