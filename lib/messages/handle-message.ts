import type { LensDb } from '../store';
import { applyPageRead, deleteCase, deleteEverything, getCaseView, markCaseOpened } from '../store';
import { CONTENT_SCRIPT_MESSAGES, MessageSchema } from './messages';
import { fail, ok, type Result } from './result';
import { classifySender, type SenderInfo } from './sender';

export interface HandlerContext {
  db: LensDb;
  extensionId: string;
  extensionOrigin: string;
  now: () => Date;
  hostMatches?: readonly string[];
}

/**
 * The background's one entry point: check who sent it, validate what was sent, then act.
 * Nothing is kept in memory between calls — the MV3 worker may be stopped at any moment.
 */
export async function handleMessage(
  raw: unknown,
  sender: SenderInfo,
  ctx: HandlerContext,
): Promise<Result<unknown>> {
  const from = classifySender(sender, ctx.extensionId, ctx.extensionOrigin, ctx.hostMatches);
  if (!from)
    return fail('forbidden-sender', 'Message refused: it did not come from this extension.');

  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(
      'invalid-message',
      `Message refused: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  }
  const message = parsed.data;
  if (from === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(message.type)) {
    return fail('forbidden-sender', `A page may not ask for "${message.type}".`);
  }

  switch (message.type) {
    case 'page-read': {
      const origin = sender.url ? new URL(sender.url).origin : (sender.origin ?? '');
      return applyPageRead(ctx.db, message.read, { origin, now: ctx.now() });
    }
    case 'case-opened':
      return markCaseOpened(ctx.db, message.caseId, ctx.now());
    case 'get-case-view':
      return ok((await getCaseView(ctx.db, message.caseId)) ?? null);
    case 'delete-case':
      return deleteCase(ctx.db, message.caseId, ctx.now());
    case 'delete-everything':
      return deleteEverything(ctx.db);
  }
}
