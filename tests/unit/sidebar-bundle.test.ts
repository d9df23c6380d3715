import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The sidebar is parsed every time a case page opens, within a 120 KB gzip budget (issue 8), and
 * zod alone is ~25 KB of it. The sidebar validates nothing with zod: the background validated
 * every answer it gives (plain guards check the rest, tests/unit/domain-constants.test.ts).
 */
describe('the sidebar page', () => {
  it('loads no zod or Dexie, by any import path', async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [join(__dirname, '../../entrypoints/sidebar/main.tsx')],
      bundle: true,
      write: false,
      format: 'esm',
      metafile: true,
      jsx: 'automatic',
      loader: { '.css': 'empty' },
      outdir: 'unused',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('components/sidebar/Sidebar.tsx'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(zod|dexie)\//.test(i))).toEqual([]);
  });
});
