import { browser } from 'wxt/browser';
import { TEACHABLE_FIELDS, type TeachableField } from '../../lib/extract/teach-selector';
import type { TabCommand } from '../../lib/messages/messages';
import { lensWorld } from './lens-world';
import { startTeachMode } from './teach-mode';
import { teachPick } from './teach-pick';

/**
 * Teach a field on the page: obeys the background's `teach-mode` commands for this tab (start
 * with a field, stop with null), and sends back what the worker clicked or that they left.
 * Loaded into the content script's world by the background when teaching starts (see
 * entrypoints/teach-a-field.ts); once is enough, so a second load does nothing.
 */
export function listenForTeachCommands() {
  const world = lensWorld();
  if (world.teachModeLoaded) return;
  world.teachModeLoaded = true;

  let stopTeaching: (() => void) | undefined;
  const teach = (field: TeachableField | null) => {
    stopTeaching?.();
    stopTeaching = undefined;
    if (!field) return;
    stopTeaching = startTeachMode(document, {
      prompt: `Click the ${TEACHABLE_FIELDS[field]} on the page.`,
      onPick: (element) => {
        stopTeaching = undefined;
        const pick = teachPick(element, field, new URL(location.href), world.pageKind ?? 'other');
        browser.runtime.sendMessage({ type: 'teach-picked', pick }).catch(() => undefined);
      },
      onCancel: () => {
        stopTeaching = undefined;
        browser.runtime.sendMessage({ type: 'teach-ended' }).catch(() => undefined);
      },
    });
  };

  const onCommand = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (answer: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id) return;
    const command = message as Partial<TabCommand> | null;
    if (command?.type !== 'teach-mode') return;
    const field = (command as { field?: unknown }).field;
    teach(
      typeof field === 'string' && Object.hasOwn(TEACHABLE_FIELDS, field)
        ? (field as TeachableField)
        : null,
    );
    sendResponse({ ok: true });
  };
  browser.runtime.onMessage.addListener(onCommand);
  world.onInvalidated?.(() => {
    stopTeaching?.();
    browser.runtime.onMessage.removeListener(onCommand);
  });
}
