import { useCallback, useState } from 'react';
import type { CorrectionChange } from '../../lib/store/corrections';
import type { SettingsPatch } from '../../lib/store/settings';

/** What a change sent to the background came to: done, or refused with the reason in words. */
export type ActionOutcome = { ok: true } | { ok: false; message: string };

/** What the sidebar can change. Without these the sidebar only shows (e.g. in tests of a state). */
export interface SidebarActions {
  /** Stores a value the user confirms, corrects or adds, as "entered by user". */
  correct(change: CorrectionChange, note?: string): Promise<ActionOutcome>;
  undo(correctionId: number): Promise<ActionOutcome>;
  saveSettings(patch: SettingsPatch): Promise<ActionOutcome>;
}

export interface Pending {
  busy: boolean;
  /** The last outcome in words, for a status line. */
  said?: { ok: boolean; text: string };
  run(action: () => Promise<ActionOutcome>, done: string): Promise<boolean>;
}

/** Runs one change at a time and keeps what it came to, for a `role="status"` line. */
export function usePending(): Pending {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Pending['said']>();
  const run = useCallback(async (action: () => Promise<ActionOutcome>, done: string) => {
    setBusy(true);
    setSaid(undefined);
    try {
      const outcome = await action();
      setSaid(outcome.ok ? { ok: true, text: done } : { ok: false, text: outcome.message });
      return outcome.ok;
    } catch (error) {
      setSaid({ ok: false, text: error instanceof Error ? error.message : String(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, said, run };
}
