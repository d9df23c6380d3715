import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Sizes of what the browser loads, raw and gzipped (level 9, each file on its own: a proxy for
 * how much code there is to parse, since an extension's files come from disk, not the network).
 * "KB" is 1,000 bytes, as WXT's build output prints it.
 */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSize {
  raw: number;
  gzip: number;
  files: FileSize[];
}

/** An extension page: the JavaScript it loads before it runs, and its stylesheets. */
export interface PageSize {
  js: BundleSize;
  css: BundleSize;
}

export interface SizeResults {
  contentScript: BundleSize;
  sidebarPage: PageSize;
  dashboardPage: PageSize;
  extension: BundleSize & { fileCount: number };
}

async function sizeOf(dir: string, file: string): Promise<FileSize> {
  const bytes = await readFile(path.join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function total(files: FileSize[]): BundleSize {
  return {
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    files,
  };
}

/** Script and stylesheet URLs an HTML page loads at once (module entry, preloads, CSS). */
export function htmlAssets(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.push(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0]);
    if (href) found.push(href[1] as string);
  }
  return found;
}

/** Chunks a built module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
    found.add(m[1] as string);
  }
  return [...found];
}

/** Every file one HTML page loads before it can run: its assets and their static imports. */
export async function pageFiles(dir: string, htmlFile: string): Promise<string[]> {
  const html = await readFile(path.join(dir, htmlFile), 'utf8');
  const queue = htmlAssets(html).map((url) => url.replace(/^\//, ''));
  const seen = new Set<string>();
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const file = queue[i] as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = await readFile(path.join(dir, file), 'utf8');
    for (const spec of staticImports(code)) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
    }
  }
  return [...seen].sort();
}

async function listFiles(dir: string, under = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, under), { withFileTypes: true })) {
    const rel = path.posix.join(under, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

export async function measureSizes(extensionDir: string): Promise<SizeResults> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (contentFiles.length === 0) throw new Error('the manifest declares no content script');
  const sizes = async (files: string[]) =>
    total(await Promise.all(files.map((f) => sizeOf(extensionDir, f))));
  const page = async (html: string): Promise<PageSize> => {
    const files = await pageFiles(extensionDir, html);
    return {
      js: await sizes(files.filter((f) => f.endsWith('.js'))),
      css: await sizes(files.filter((f) => f.endsWith('.css'))),
    };
  };
  const all = await listFiles(extensionDir);
  return {
    contentScript: await sizes(contentFiles),
    sidebarPage: await page('sidebar.html'),
    dashboardPage: await page('dashboard.html'),
    extension: { ...(await sizes(all)), fileCount: all.length },
  };
}
