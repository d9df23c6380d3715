import { browser } from 'wxt/browser';
import type { CommandError } from '../../components/options/outcome-words';
import type { Message } from '../../lib/messages/messages';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

const NO_ANSWER: CommandError = {
  code: 'no-answer',
  message:
    'Core Group Lens did not answer, so nothing was changed. Try again; if it keeps happening, ' +
    'restart the browser.',
};

/** Sends a command to the background, which checks, performs and logs it. Never throws. */
export async function sendCommand<T>(message: Message): Promise<CommandResult<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as CommandResult<T> | undefined;
    return answer ?? { ok: false, error: NO_ANSWER };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { ...NO_ANSWER, message: `${NO_ANSWER.message} (${detail})` } };
  }
}
