import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CaseChangedNotice } from '../../lib/messages/messages';
import type { EffectiveSettings } from '../../lib/settings/effective-settings';
import { sendCommand } from './send-command';

export interface Retention {
  /** The period in force; undefined while it loads. */
  days: number | undefined;
  /** The organisation's policy sets it (docs/data-protection.md, section 8). */
  setByOrganisation: boolean;
  error?: string;
}

/**
 * The retention period in force, which is the organisation's when its policy sets one. Only the
 * background reads policy, so this asks it, again whenever the stored setting changes
 * (`storedDays`, live from the database) or the background says everything changed (a policy
 * change, an import).
 */
export function useRetention(storedDays: number | undefined): Retention {
  const [retention, setRetention] = useState<Retention>({
    days: undefined,
    setByOrganisation: false,
  });
  const [changes, setChanges] = useState(0);

  useEffect(() => {
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      if ((message as Partial<CaseChangedNotice>)?.type === 'case-changed') {
        if ((message as CaseChangedNotice).caseId === '*') setChanges((n) => n + 1);
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: storedDays and changes are the re-read signals
  useEffect(() => {
    let live = true;
    sendCommand<EffectiveSettings>({ type: 'get-settings' }).then((answer) => {
      if (!live) return;
      setRetention(
        answer.ok
          ? {
              days: answer.value.retentionDays,
              setByOrganisation: answer.value.managed?.includes('retentionDays') ?? false,
            }
          : { days: undefined, setByOrganisation: false, error: answer.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [storedDays, changes]);

  return retention;
}
