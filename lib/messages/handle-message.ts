import { buildFromShown, type PageReadResult } from '../extract/build-page-read';
import { fromWire, type PageShownWire } from '../extract/page-shown-wire';
import { todayInLondon } from '../rules/calendar';
import {
  type ManageableSetting,
  settingsSetByPolicy,
  withoutManaged,
} from '../settings/effective-settings';
import {
  handleProfileMessage,
  handleTeachMessage,
  readPolicy,
  type SettingsContext,
  type TabSender,
  withPolicy,
} from '../settings/settings-commands';
import type { LensDb } from '../store';
import {
  addCorrection,
  applyPageRead,
  deleteCase,
  deleteEverything,
  getCaseView,
  getSettings,
  markCaseOpened,
  purgeExpired,
  putSettings,
  undoCorrection,
} from '../store';
import { getSidebarData } from './get-sidebar-data';
import { CONTENT_SCRIPT_MESSAGES, MessageSchema, type PageReadStored } from './messages';
import type { PreparedSidebarData } from './prepared-sidebar-data';
import type { ReadsBeingStored } from './reads-being-stored';
import { fail, ok, type Result } from './result';
import { classifySender, type SenderInfo } from './sender';

/** Scripts the background injects into a case page's content script world on demand. */
export type InjectedScript = 'generic-reader';

export interface HandlerContext extends SettingsContext {
  db: LensDb;
  extensionId: string;
  extensionOrigin: string;
  now: () => Date;
  hostMatches?: readonly string[];
  /** Injects one of the extension's scripts into a frame of a tab (browser.scripting). */
  injectScript?: (tabId: number, frameId: number, script: InjectedScript) => Promise<void>;
  /** The page reads being stored now (reads-being-stored.ts): a sidebar may wait for them. */
  storing?: ReadsBeingStored;
  /** Sidebar answers read as soon as their case's page read is stored (prepared-sidebar-data.ts). */
  prepared?: PreparedSidebarData;
}

/** The worker's settings, the organisation's policy winning (docs/managed-configuration.md). */
async function settingsWithPolicy(ctx: HandlerContext) {
  const local = await getSettings(ctx.db);
  return local.ok && ctx.managed ? ok(await withPolicy(local.value, ctx)) : local;
}

const POLICY_WORDS: Record<ManageableSetting, string> = {
  regionOverride: 'the region',
  procedureId: 'the local procedure',
  retentionDays: 'how long cases are kept',
};

/**
 * The background's one entry point: check who sent it, validate what was sent, then act.
 * Nothing is kept in memory between calls — the MV3 worker may be stopped at any moment.
 */
export async function handleMessage(
  raw: unknown,
  sender: SenderInfo & TabSender & { frameId?: number },
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
      // Parsing what the page shows happens here, once, rather than in every host page; its
      // time goes back to the content script, which counts it as part of reading the page.
      const started = performance.now();
      const built = buildFromShownSafely(message.shown);
      const buildMs = performance.now() - started;
      if (built.kind !== 'case-page') return fail('not-a-case-page', built.reason);
      // Noted while under way, so a sidebar asking for this case meanwhile is answered after it.
      const storing = applyPageRead(ctx.db, built.read, { origin, now: ctx.now() });
      const stored = await (ctx.storing?.track(built.read.caseId, storing) ?? storing);
      // The sidebar mounted for this page asks for the case in a moment: read it now.
      if (stored.ok) {
        const caseId = built.read.caseId;
        ctx.prepared?.prepare(caseId, () =>
          getSidebarData({ db: ctx.db }, caseId, false, () => settingsWithPolicy(ctx)),
        );
      }
      return stored.ok ? ok({ ...stored.value, buildMs } satisfies PageReadStored) : stored;
    }
    case 'case-opened':
      return markCaseOpened(ctx.db, message.caseId, ctx.now());
    case 'get-case-view':
      return ok((await getCaseView(ctx.db, message.caseId)) ?? null);
    case 'get-sidebar-data':
      return getSidebarData(ctx, message.caseId, message.afterStoring === true, () =>
        settingsWithPolicy(ctx),
      );
    case 'load-generic-reader': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !ctx.injectScript) {
        return fail('unsupported', 'The generic reader can only be loaded into a case page.');
      }
      try {
        await ctx.injectScript(tabId, sender.frameId ?? 0, 'generic-reader');
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return fail('no-page', `The generic reader could not be loaded (${why}).`.slice(0, 300));
      }
      return ok(null);
    }
    case 'delete-case':
      return deleteCase(ctx.db, message.caseId, ctx.now());
    case 'delete-everything':
      return deleteEverything(ctx.db);
    case 'add-correction': {
      const { type: _, ...correction } = message;
      return addCorrection(ctx.db, correction, ctx.now());
    }
    case 'undo-correction': {
      // The case changed notice goes to the case named, so the correction must be that case's.
      const view = await getCaseView(ctx.db, message.caseId);
      if (!view?.corrections.some((c) => c.id === message.correctionId)) {
        return fail('not-found', `Case ${message.caseId} has no such correction to undo.`);
      }
      return undoCorrection(ctx.db, message.correctionId, ctx.now());
    }
    case 'get-settings':
      return settingsWithPolicy(ctx);
    case 'put-settings': {
      let patch = message.patch;
      if (ctx.managed) {
        const current = await getSettings(ctx.db);
        const effective = current.ok ? await withPolicy(current.value, ctx) : undefined;
        const taken = effective ? settingsSetByPolicy(patch, effective) : [];
        if (taken.length > 0) {
          return fail(
            'set-by-policy',
            `Your organisation sets ${taken.map((k) => POLICY_WORDS[k]).join(' and ')} for everyone, so it cannot be changed here. Nothing was changed.`,
          );
        }
        if (effective) patch = withoutManaged(patch, effective);
      }
      return putSettings(ctx.db, patch, ctx.now());
    }
    case 'data-imported':
      return ok(null);
    case 'purge-expired': {
      // Retention counts in UK calendar days, the days the deadlines and the worker run on.
      const now = ctx.now();
      const managedDays = ctx.managed ? (await readPolicy(ctx)).config.retentionDays : undefined;
      return purgeExpired(ctx.db, {
        today: todayInLondon(now),
        now,
        ...(managedDays !== undefined ? { retentionDays: managedDays } : {}),
      });
    }
    case 'teach-start':
    case 'teach-stop':
    case 'teach-picked':
    case 'teach-ended':
      return handleTeachMessage(message, sender, ctx);
    case 'save-taught-field':
    case 'get-site-profiles':
    case 'import-site-profiles':
    case 'delete-site-profile':
    case 'get-managed-config': {
      return handleProfileMessage(message, sender, ctx, ctx.now());
    }
  }
}

/** As the content script's reader did: a read that breaks the build is not a case page, with why. */
function buildFromShownSafely(shown: PageShownWire): PageReadResult {
  try {
    return buildFromShown(fromWire(shown));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: 'not-a-case-page', reason: `the page could not be read (${why})`.slice(0, 300) };
  }
}
