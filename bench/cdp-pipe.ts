import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, QUIET_FLAGS } from '../tests/e2e/browser';

/**
 * Chromium with the built extension, driven over the DevTools protocol by hand (messages on
 * `--remote-debugging-pipe`), attached only to what it is told to attach to.
 *
 * Why not Playwright here: Playwright attaches to every target of its browser, the sidebar's
 * out-of-process frame included, and Chromium holds that frame's navigation until Playwright
 * has set its session up (traced: `NavigationThrottleRunner` resumed from
 * `devtools_pipe_handler.cc`, 10-20 ms later, then tens of ms of DevTools work on the frame's
 * main thread before it commits), and reports each of its requests to Playwright. A worker's
 * browser has no debugger attached, so bench/measure-sidebar.ts times the sidebar here too,
 * with nothing attached to the frame until it has shown the case.
 */
export interface CdpBrowser {
  send<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<T>;
  /** Calls `listener` with the params of each event named `method` (any session). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): Promise<void>;
}

const LAUNCH_TIMEOUT_MS = 30_000;

export async function launchOverPipe(extensionDir: string): Promise<CdpBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'cgl-pipe-profile-'));
  // The same flags as tests/e2e/browser.ts, which Playwright also passes for headless.
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      '--headless',
      '--hide-scrollbars',
      '--mute-audio',
      '--window-size=1400,900',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_FLAGS,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\0');
    while (end >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: { message: string };
      };
      if (message.method) {
        for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {});
      }
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
      const caller = message.id === undefined ? undefined : waiting.get(message.id);
      if (!caller || message.id === undefined) continue;
      waiting.delete(message.id);
      if (message.error) caller.reject(new Error(message.error.message));
      else caller.resolve(message.result);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send: CdpBrowser['send'] = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const on: CdpBrowser['on'] = (method, listener) => {
    listeners.set(method, [...(listeners.get(method) ?? []), listener]);
  };
  const close = async () => {
    await send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    child.kill();
    await rm(profile, { recursive: true, force: true });
  };
  // Ready once the extension's service worker runs (as tests/e2e/browser.ts waits for it).
  const until = Date.now() + LAUNCH_TIMEOUT_MS;
  for (;;) {
    const { targetInfos } = await send<{ targetInfos: { type: string; url: string }[] }>(
      'Target.getTargets',
    );
    if (
      targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension'))
    ) {
      return { send, on, close };
    }
    if (Date.now() > until) {
      await close();
      throw new Error('the extension service worker did not start in the pipe-driven browser');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
