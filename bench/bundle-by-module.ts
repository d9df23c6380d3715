import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';
import { pageFiles } from './measure-sizes';
import { bytesBySource, moduleOf, type SourceMapV3 } from './source-map-bytes';

/**
 * What a bundle is made of, by module: the extension built again with hidden source maps (the
 * code is the same; only `.map` files are added), and each file's bytes summed per source.
 * Run when a size budget is broken, to say which modules to look at.
 */
export interface ModuleShare {
  module: string;
  raw: number;
  /** This module's share of the bundle's raw bytes, applied to the bundle's gzip size. */
  gzipEstimate: number;
}

export interface BundleBreakdown {
  bundle: string;
  files: string[];
  raw: number;
  gzip: number;
  modules: ModuleShare[];
}

/** Sums `bytesBySource` over `files` of a built extension with maps, grouped by module. */
export async function breakdown(
  dir: string,
  bundle: string,
  files: readonly string[],
): Promise<BundleBreakdown> {
  const byModule = new Map<string, number>();
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const code = await readFile(path.join(dir, file), 'utf8');
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    const map = JSON.parse(await readFile(path.join(dir, `${file}.map`), 'utf8')) as SourceMapV3;
    const root = path.dirname(path.join(dir, file));
    for (const [source, bytes] of bytesBySource(code, map)) {
      const resolved = source.startsWith('(')
        ? source
        : path.relative(process.cwd(), path.resolve(root, source));
      const name = moduleOf(resolved);
      byModule.set(name, (byModule.get(name) ?? 0) + bytes);
    }
  }
  const modules = [...byModule]
    .map(([module, bytes]) => ({
      module,
      raw: bytes,
      gzipEstimate: Math.round((gzip * bytes) / Math.max(raw, 1)),
    }))
    .sort((a, b) => b.raw - a.raw);
  return { bundle, files: [...files], raw, gzip, modules };
}

/** Builds with maps into a temporary folder and breaks down the content script and sidebar. */
export async function explainBundles(): Promise<BundleBreakdown[]> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'cgl-bench-maps-'));
  try {
    await build({ outDir, vite: () => ({ build: { sourcemap: 'hidden' } }) });
    const dir = path.join(outDir, 'chrome-mv3');
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    const content = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    const sidebar = (await pageFiles(dir, 'sidebar.html')).filter((f) => f.endsWith('.js'));
    return [
      await breakdown(dir, 'content script', content),
      await breakdown(dir, 'sidebar page', sidebar),
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
