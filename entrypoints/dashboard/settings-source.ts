import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { RulesSettings } from '../../lib/present/dashboard-rules-setup';

/** The settings the dashboard runs on: the user's, with the organisation's policy on top. */
export interface DashboardSettings extends RulesSettings {
  reminders: { enabled: boolean; daysBefore: number };
}

export type SettingsAnswer =
  | { ok: true; value: DashboardSettings }
  | { ok: false; message: string };

/** Where the settings come from (the background; the tests pass their own). */
export interface SettingsSource {
  get(): Promise<SettingsAnswer>;
  /** Calls back whenever they may have changed; returns a function that stops it. */
  onChange(listener: () => void): () => void;
}

/**
 * Asks the background, as the sidebar does, so the organisation's policy (region, procedure and
 * its changes to it) applies here exactly as there: the dashboard must never work out a
 * different deadline from the sidebar for the same case. The background says "every case
 * changed" (`case-changed`, `*`) after a settings change or a policy change.
 */
export function backgroundSettingsSource(): SettingsSource {
  return {
    async get() {
      try {
        const answer = (await browser.runtime.sendMessage({ type: 'get-settings' })) as
          | { ok: true; value: DashboardSettings }
          | { ok: false; error?: { message?: string } }
          | undefined;
        if (answer?.ok) return { ok: true, value: answer.value };
        return { ok: false, message: answer?.error?.message ?? 'the background did not answer' };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    onChange(listener) {
      const onMessage = (message: unknown) => {
        const notice = message as { type?: string; caseId?: string } | null;
        if (notice?.type === 'case-changed' && notice.caseId === '*') listener();
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },
  };
}

export type SettingsState =
  | { state: 'loading' }
  | { state: 'loaded'; settings: DashboardSettings }
  | { state: 'error'; message: string };

/** The settings, fetched again whenever the source says they may have changed. */
export function useSettingsFrom(source: SettingsSource): SettingsState {
  const [state, setState] = useState<SettingsState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () => {
      source.get().then((answer) => {
        if (!live) return;
        setState(
          answer.ok
            ? { state: 'loaded', settings: answer.value }
            : { state: 'error', message: answer.message },
        );
      });
    };
    const stop = source.onChange(refresh);
    refresh();
    return () => {
      live = false;
      stop();
    };
  }, [source]);
  return state;
}
