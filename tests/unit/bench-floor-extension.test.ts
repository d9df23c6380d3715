import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOOR_SCRIPT, floorManifest, writeFloorExtension } from '../../bench/floor-extension';
import {
  FLOOR_FRAME_ID,
  sidebarFloorFiles,
  writeSidebarFloorExtension,
} from '../../bench/sidebar-floor-extension';
import { reactFloorFrame } from '../../bench/sidebar-react-floor';
import { SIDEBAR_FRAME_ID } from '../../entrypoints/content/mount-sidebar';

const built = {
  manifest_version: 3,
  name: 'Core Group Lens',
  version: '0.1.0',
  permissions: ['storage', 'scripting'],
  host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
  background: { service_worker: 'background.js' },
  web_accessible_resources: [{ resources: ['sidebar.html'], matches: ['http://127.0.0.1/*'] }],
  content_scripts: [
    {
      matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      run_at: 'document_idle',
      all_frames: false,
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
    },
  ],
};

describe('the page-load floor extension', () => {
  it('keeps where and when scripts are injected, and injects one empty file instead', () => {
    const floor = floorManifest(built) as typeof built;
    expect(floor.content_scripts).toEqual([
      {
        matches: ['http://127.0.0.1/*', 'http://localhost/*'],
        run_at: 'document_idle',
        all_frames: false,
        js: [FLOOR_SCRIPT],
      },
    ]);
    expect(floor.host_permissions).toEqual(built.host_permissions);
    expect(floor.manifest_version).toBe(3);
  });

  it('has no background, sidebar or permissions of its own', () => {
    const floor = floorManifest(built);
    expect(floor).not.toHaveProperty('background');
    expect(floor).not.toHaveProperty('web_accessible_resources');
    expect(floor).not.toHaveProperty('permissions');
  });

  it('refuses a build with no content scripts: there would be nothing to compare', () => {
    const { content_scripts: _, ...none } = built;
    expect(() => floorManifest(none)).toThrow(/no content scripts/);
  });

  it('is written next to its empty script from the built manifest, and removed after', async () => {
    const buildDir = await mkdtemp(path.join(tmpdir(), 'cgl-floor-test-'));
    try {
      await writeFile(path.join(buildDir, 'manifest.json'), JSON.stringify(built));
      const floor = await writeFloorExtension(buildDir);
      const manifest = JSON.parse(await readFile(path.join(floor.dir, 'manifest.json'), 'utf8'));
      expect(manifest.content_scripts[0].js).toEqual([FLOOR_SCRIPT]);
      expect((await readFile(path.join(floor.dir, FLOOR_SCRIPT), 'utf8')).trim()).toBe('');
      await floor.remove();
      await expect(readFile(path.join(floor.dir, 'manifest.json'))).rejects.toThrow();
    } finally {
      await rm(buildDir, { recursive: true, force: true });
    }
  });
});

describe('the sidebar floor extension', () => {
  const files = sidebarFloorFiles(built);
  const manifest = JSON.parse(files['manifest.json'] ?? '{}');

  it('injects where and when the built extension does, and mounts the frame after the load event', () => {
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['http://127.0.0.1/*', 'http://localhost/*'],
        run_at: 'document_idle',
        js: ['floor-mount.js'],
      },
    ]);
    expect(files['floor-mount.js']).toMatch(/addEventListener\('load'/);
    expect(files['floor-mount.js']).toMatch(/getURL\('\/sidebar\.html'\)/);
    // The bench waits for a sidebar frame by our frame's id, the floor's included.
    expect(FLOOR_FRAME_ID).toBe(SIDEBAR_FRAME_ID);
    expect(files['floor-mount.js']).toContain(`frame.id = '${SIDEBAR_FRAME_ID}'`);
    expect(manifest.host_permissions).toEqual(built.host_permissions);
    expect(manifest).not.toHaveProperty('permissions');
  });

  it('frames a bare page named as the sidebar is, which marks its first frame as the sidebar does', () => {
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['sidebar.html', 'floor-frame.js'],
        matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      },
    ]);
    expect(files['sidebar.html']).toMatch(/<script src="\/floor-frame\.js"><\/script>/);
    expect(files['floor-frame.js']).toMatch(/performance\.mark\('core-group-lens:first-data'\)/);
    expect(files['floor-frame.js']).toMatch(/dataset\.coreGroupLensShown = 'data'/);
    // The pipe-driven browser knows the extension is loaded once its worker runs.
    expect(manifest.background).toEqual({ service_worker: 'floor-worker.js' });
    expect(Object.keys(files)).toContain('floor-worker.js');
  });

  it('keeps its worker alive as ours is: the frame pings it after its mark, and it answers', () => {
    const script = files['floor-frame.js'] ?? '';
    expect(script.indexOf("sendMessage({ type: 'floor-ping' })")).toBeGreaterThan(
      script.indexOf("performance.mark('core-group-lens:first-data')"),
    );
    expect(
      answersOf(files['floor-worker.js'] ?? '', [{ type: 'floor-ping' }, { type: 'x' }]),
    ).toEqual([{}]);
  });

  it('refuses a build with no content scripts', () => {
    const { content_scripts: _, ...none } = built;
    expect(() => sidebarFloorFiles(none)).toThrow(/no content scripts/);
  });

  it('is written from the built manifest, and removed after', async () => {
    const buildDir = await mkdtemp(path.join(tmpdir(), 'cgl-sidebar-floor-test-'));
    try {
      await writeFile(path.join(buildDir, 'manifest.json'), JSON.stringify(built));
      const floor = await writeSidebarFloorExtension(buildDir);
      expect(await readFile(path.join(floor.dir, 'sidebar.html'), 'utf8')).toBe(
        files['sidebar.html'],
      );
      await floor.remove();
      await expect(readFile(path.join(floor.dir, 'manifest.json'))).rejects.toThrow();
    } finally {
      await rm(buildDir, { recursive: true, force: true });
    }
  });
});

describe('the sidebar React floor extension', () => {
  it('frames a React page named as the sidebar is, asking early and marking as the sidebar does', async () => {
    const frame = await reactFloorFrame();
    const files = sidebarFloorFiles(built, frame);
    const manifest = JSON.parse(files['manifest.json'] ?? '{}');
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['sidebar.html', 'floor-ask.js', 'floor-react.js'],
        matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      },
    ]);
    // The question is asked by an async classic script before the modules run, as ours is.
    expect(files['sidebar.html']).toMatch(/<script async src="\/floor-ask\.js"><\/script>/);
    expect(files['sidebar.html']).toMatch(/<script type="module" src="\/floor-react\.js">/);
    expect(files['floor-ask.js']).toContain("performance.mark('core-group-lens:data-asked')");
    const react = files['floor-react.js'] ?? '';
    expect(react).toContain('core-group-lens:first-data');
    expect(react).toContain('coreGroupLensShown');
    // React's production build, as the sidebar ships it: no development warnings in it.
    expect(react).not.toMatch(/development|Warning: /);
    expect(react.length).toBeGreaterThan(100_000);
    // The mount is the bare floor's: the two floors differ only in the frame's page.
    expect(files['floor-mount.js']).toBe(sidebarFloorFiles(built)['floor-mount.js']);
  });

  it("has a worker that answers the frame's question at once and nothing else", async () => {
    const { worker } = await reactFloorFrame();
    expect(answersOf(worker, [{ type: 'floor' }, { type: 'get-sidebar-data' }, null])).toEqual([
      { text: 'A case' },
    ]);
  });
});

/** What a floor's worker script answers to each message, run with a stand-in `chrome`. */
function answersOf(worker: string, messages: unknown[]): unknown[] {
  type Listener = (message: unknown, sender: unknown, send: (answer: unknown) => void) => void;
  const listeners: Listener[] = [];
  const chrome = { runtime: { onMessage: { addListener: (l: Listener) => listeners.push(l) } } };
  new Function('chrome', worker)(chrome);
  const answers: unknown[] = [];
  for (const message of messages) {
    for (const listener of listeners) listener(message, {}, (answer) => answers.push(answer));
  }
  return answers;
}
