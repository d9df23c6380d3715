import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TeachState } from '../../components/sidebar/TeachFieldPanel';
import type { TeachableField } from '../../lib/extract/teach-selector';
import type { TeachNotice } from '../../lib/messages/messages';
import { askBackground } from './background';

/**
 * Teach a field, from the sidebar: the background tells the content script of this tab to let
 * the worker point, and passes back what was clicked (naming the tab, so the sidebars of other
 * tabs ignore it). Saving goes to the background, which takes the page address from this tab.
 */
export function useTeachField() {
  const [state, setState] = useState<TeachState>({ step: 'idle' });
  const tabId = useRef<number | undefined>(undefined);

  useEffect(() => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const notice = message as Partial<TeachNotice> | null;
      if (!notice || notice.tabId === undefined || notice.tabId !== tabId.current) return;
      if (notice.type === 'teach-picked' && notice.pick) {
        const pick = notice.pick;
        setState((now) =>
          now.step === 'pointing' || now.step === 'starting' ? { step: 'picked', pick } : now,
        );
      } else if (notice.type === 'teach-ended') {
        setState((now) =>
          now.step === 'pointing' || now.step === 'starting'
            ? { step: 'idle', said: { ok: true, text: 'Teaching stopped on the page.' } }
            : now,
        );
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      // A sidebar closing mid-teach must not leave the page held in teach mode.
      void askBackground({ type: 'teach-stop' });
    };
  }, []);

  const start = useCallback(async (field: TeachableField) => {
    setState({ step: 'starting', field });
    const answer = await askBackground<{ tabId: number }>({ type: 'teach-start', field });
    if (!answer.ok) {
      setState({ step: 'idle', said: { ok: false, text: answer.error.message } });
      return;
    }
    tabId.current = answer.value.tabId;
    setState((now) => (now.step === 'starting' ? { step: 'pointing', field } : now));
  }, []);

  const cancel = useCallback(() => {
    void askBackground({ type: 'teach-stop' });
    setState({ step: 'idle', said: { ok: true, text: 'Teaching stopped.' } });
  }, []);

  // Esc stops pointing wherever the focus is: on the page (the content script hears it) or here.
  const pointing = state.step === 'pointing' || state.step === 'starting';
  useEffect(() => {
    if (!pointing) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pointing, cancel]);

  const save = useCallback(async () => {
    if (state.step !== 'picked') return;
    const { preview: _, how: __, ...pick } = state.pick;
    setState({ step: 'saving', pick: state.pick });
    const answer = await askBackground<{ profileName: string; replaced: boolean }>({
      type: 'save-taught-field',
      pick,
    });
    setState({
      step: 'idle',
      said: answer.ok
        ? {
            ok: true,
            text: `Saved in “${answer.value.profileName}”. The page is being read again with it.`,
          }
        : { ok: false, text: `Not saved: ${answer.error.message}` },
    });
  }, [state]);

  return { state, start, cancel, save };
}
