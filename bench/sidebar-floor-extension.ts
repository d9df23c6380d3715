import {
  type BuiltManifest,
  type TempExtension,
  writeExtensionBesideBuild,
} from './floor-extension';

/**
 * The floor of the sidebar measure: how long Chromium takes, on this machine and in this run, to
 * show any extension page in a frame mounted where ours is mounted, so the budget's figure can be
 * split into Chromium's part and ours. Its content script mounts, as soon as the host's load
 * event has run (where ours starts reading the page), a frame like ours (docked right, the
 * page's margin kept for it) holding a bare extension page: one paragraph, no framework, no
 * data. That page marks its first animation frame as the sidebar marks its first paint with
 * data (entrypoints/sidebar/first-data-mark.ts), and is called `sidebar.html`, so
 * bench/measure-sidebar.ts finds and times it exactly as it does ours.
 *
 * Once marked, it pings its service worker, as ours is talked to on every case page. Without
 * that the worker (bench/cdp-pipe.ts knows the extension is loaded when one runs) stopped after
 * 30 idle seconds, the extension's process went with it once the last frame was gone, and every
 * later frame waited for a new process: in one series the floor's first paint went from 65-90 ms
 * to 115-150 ms halfway through, while ours and the React floor's stayed put (issue 8).
 */

/**
 * The id our frame has (entrypoints/content/mount-sidebar.ts), so that the bench's waits for the
 * sidebar (bench/browsers.ts, sidebarFrame) find this one too.
 */
export const FLOOR_FRAME_ID = 'core-group-lens-sidebar';

const MOUNT_SCRIPT = `(() => {
  const mount = () => {
    const box = document.createElement('div');
    Object.assign(box.style, { position: 'fixed', top: '0', right: '0', width: '0', height: '0',
      overflow: 'visible', display: 'block', zIndex: '2147483000' });
    const frame = document.createElement('iframe');
    frame.src = chrome.runtime.getURL('/sidebar.html');
    frame.id = '${FLOOR_FRAME_ID}';
    Object.assign(frame.style, { position: 'absolute', top: '0', right: '0', width: '360px',
      height: '100vh', border: '0', display: 'block', background: '#ffffff' });
    box.append(frame);
    document.body.append(box);
    document.documentElement.style.setProperty('margin-right', '360px', 'important');
  };
  if (document.readyState === 'complete') setTimeout(mount, 0);
  else addEventListener('load', () => setTimeout(mount, 0), { once: true });
})();
`;

const FRAME_SCRIPT = `requestAnimationFrame(() => {
  performance.mark('core-group-lens:first-data');
  document.documentElement.dataset.coreGroupLensShown = 'data';
  chrome.runtime.sendMessage({ type: 'floor-ping' }).catch(() => undefined);
});
`;

/** Answers the frame's ping; nothing else. */
export const PING_WORKER = `chrome.runtime.onMessage.addListener((message, _sender, send) => {
  if (message && message.type === 'floor-ping') send({});
});
`;

const FRAME_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
  <head><meta charset="utf-8"><title>Sidebar floor</title><script src="/floor-frame.js"></script></head>
  <body><p>A case</p></body>
</html>
`;

/** What the floor's frame holds, besides the mount and manifest every floor shares. */
export interface FloorFrame {
  label: string;
  worker: string;
  /** The frame's own files: `sidebar.html` and the scripts it loads. */
  files: Record<string, string>;
}

const BARE_FRAME: FloorFrame = {
  label: "a bare extension page in the sidebar's frame",
  worker: PING_WORKER,
  files: { 'sidebar.html': FRAME_PAGE, 'floor-frame.js': FRAME_SCRIPT },
};

/** The floor extension's files, by name, for the built extension's manifest. */
export function sidebarFloorFiles(
  built: BuiltManifest,
  frame: FloorFrame = BARE_FRAME,
): Record<string, string> {
  const scripts = built.content_scripts ?? [];
  if (scripts.length === 0) throw new Error('the built manifest declares no content scripts');
  const matches = [...new Set(scripts.flatMap((s) => s.matches))];
  const manifest = {
    manifest_version: built.manifest_version,
    name: `${built.name} (bench floor: ${frame.label})`,
    version: built.version,
    ...(built.host_permissions ? { host_permissions: built.host_permissions } : {}),
    background: { service_worker: 'floor-worker.js' },
    content_scripts: scripts.map(({ matches, run_at }) => ({
      matches,
      ...(run_at ? { run_at } : {}),
      js: ['floor-mount.js'],
    })),
    web_accessible_resources: [{ resources: Object.keys(frame.files), matches }],
  };
  return {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'floor-worker.js': frame.worker,
    'floor-mount.js': MOUNT_SCRIPT,
    ...frame.files,
  };
}

/** Writes the sidebar floor extension for the build in `extensionDir` into a temp folder. */
export function writeSidebarFloorExtension(
  extensionDir: string,
  frame: FloorFrame = BARE_FRAME,
): Promise<TempExtension> {
  return writeExtensionBesideBuild(extensionDir, 'cgl-sidebar-floor-', (built) =>
    sidebarFloorFiles(built, frame),
  );
}
