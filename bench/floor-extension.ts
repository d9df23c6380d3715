import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The floor of the page-load measure: what any extension with content scripts on the case
 * system costs a page load in this Chromium, before a line of ours runs. Chromium injects
 * `document_idle` scripts before the load event of a page that finishes quickly (its
 * ScriptInjectionManager runs idle scripts once the document and its subresources are loaded,
 * ahead of window.onload), so even an empty script adds an isolated world and a task hop to
 * the page's own load time. This is the built extension's manifest with the same content-script
 * matches, run_at and frames, each script one empty file, and no background, sidebar or
 * permissions beyond the same hosts.
 */
export const FLOOR_SCRIPT = 'floor-content.js';

interface ContentScriptEntry {
  matches: string[];
  exclude_matches?: string[];
  run_at?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
  js?: string[];
  css?: string[];
}

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  host_permissions?: string[];
  content_scripts?: ContentScriptEntry[];
}

export function floorManifest(built: BuiltManifest): Record<string, unknown> {
  const scripts = built.content_scripts ?? [];
  if (scripts.length === 0) throw new Error('the built manifest declares no content scripts');
  return {
    manifest_version: built.manifest_version,
    name: `${built.name} (bench floor: empty content script)`,
    version: built.version,
    ...(built.host_permissions ? { host_permissions: built.host_permissions } : {}),
    // Everything that decides where and when Chromium injects is kept; what is injected is not.
    content_scripts: scripts.map(({ js: _js, css: _css, ...where }) => ({
      ...where,
      js: [FLOOR_SCRIPT],
    })),
  };
}

/** An extension written into a temp folder for one bench run, and how to remove it after. */
export interface TempExtension {
  dir: string;
  remove(): Promise<void>;
}

/**
 * Writes the files `filesFor` makes from the built extension's manifest (in `extensionDir`) into
 * a new temp folder named with `prefix`: the floors measured beside the built extension.
 */
export async function writeExtensionBesideBuild(
  extensionDir: string,
  prefix: string,
  filesFor: (built: BuiltManifest) => Record<string, string>,
): Promise<TempExtension> {
  const built = JSON.parse(
    await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'),
  ) as BuiltManifest;
  const files = filesFor(built);
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the floor extension for the build in `extensionDir` into a temp folder. */
export function writeFloorExtension(extensionDir: string): Promise<TempExtension> {
  return writeExtensionBesideBuild(extensionDir, 'cgl-floor-', (built) => ({
    'manifest.json': JSON.stringify(floorManifest(built), null, 2),
    [FLOOR_SCRIPT]: '\n',
  }));
}
