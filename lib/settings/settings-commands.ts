import { isAllowedHostUrl } from '../hosts';
import type { Message, TabCommand, TeachNotice } from '../messages/messages';
import { fail, ok, type Result } from '../messages/result';
import type { Settings } from '../store/settings';
import {
  type EffectiveSettings,
  effectiveSettings,
  effectiveSiteProfiles,
} from './effective-settings';
import { type ManagedArea, type ManagedRead, readManagedConfig } from './managed-config';
import {
  type KeyValueArea,
  mergeProfiles,
  parseProfilesFile,
  readLocalProfiles,
  writeLocalProfiles,
} from './site-profile-store';
import { addTaughtField } from './taught-profile';

/**
 * What the background gives the message handler for settings that live outside the case
 * database: site profiles (browser.storage.local), policy (browser.storage.managed) and the
 * tabs. Each is optional so the handler still works, and says so, where one is missing.
 */
export interface SettingsContext {
  siteProfiles?: KeyValueArea;
  managed?: ManagedArea;
  /** Sends a command to the content script of the top frame of a tab. */
  tellTab?: (tabId: number, command: TabCommand) => Promise<unknown>;
  /** Tells the extension's pages (the sidebar of that tab listens). */
  notifyPages?: (notice: TeachNotice) => void;
  hostMatches?: readonly string[];
}

/** The sender facts these commands use: the tab the sidebar or content script is in. */
export interface TabSender {
  tab?: { id?: number; url?: string };
}

type TeachMessage = Extract<
  Message,
  { type: 'teach-start' | 'teach-stop' | 'teach-picked' | 'teach-ended' }
>;
type ProfileMessage = Extract<
  Message,
  {
    type:
      | 'save-taught-field'
      | 'get-site-profiles'
      | 'import-site-profiles'
      | 'delete-site-profile'
      | 'get-managed-config';
  }
>;

const NO_TAB = fail(
  'no-tab',
  'Teach a field works from the sidebar beside a case page: open the case page and try again.',
);

export async function handleTeachMessage(
  message: TeachMessage,
  sender: TabSender,
  ctx: SettingsContext,
): Promise<Result<unknown>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return NO_TAB;
  switch (message.type) {
    case 'teach-start':
    case 'teach-stop': {
      if (!ctx.tellTab) return fail('unsupported', 'Teaching is not available here.');
      try {
        await ctx.tellTab(tabId, {
          type: 'teach-mode',
          field: message.type === 'teach-start' ? message.field : null,
        });
      } catch {
        if (message.type === 'teach-stop') return ok(null);
        return fail(
          'no-page',
          'The case page did not answer. Reload it, then start teaching again from its sidebar.',
        );
      }
      return ok({ tabId });
    }
    case 'teach-picked':
      ctx.notifyPages?.({ type: 'teach-picked', tabId, pick: message.pick });
      return ok(null);
    case 'teach-ended':
      ctx.notifyPages?.({ type: 'teach-ended', tabId });
      return ok(null);
  }
}

/** The organisation's policy as checked now (policy can change while the browser runs). */
export function readPolicy(ctx: SettingsContext): Promise<ManagedRead> {
  return readManagedConfig(ctx.managed);
}

export async function handleProfileMessage(
  message: ProfileMessage,
  sender: TabSender,
  ctx: SettingsContext,
  now: Date,
): Promise<Result<unknown>> {
  const area = ctx.siteProfiles;
  if (!area) return fail('unsupported', 'Site profiles cannot be kept here.');
  switch (message.type) {
    case 'get-site-profiles': {
      const [local, policy] = await Promise.all([readLocalProfiles(area), readPolicy(ctx)]);
      return ok({
        profiles: effectiveSiteProfiles(local.profiles, policy.config),
        local: local.profiles,
        managed: policy.config.siteProfiles ?? [],
        problems: [
          ...local.problems,
          ...policy.problems.filter((p) => p.startsWith('siteProfiles:')),
        ],
      });
    }
    case 'save-taught-field': {
      const pageUrl = sender.tab?.url;
      if (
        !pageUrl ||
        !isAllowedHostUrl(pageUrl, ctx.hostMatches ? [...ctx.hostMatches] : undefined)
      ) {
        return NO_TAB;
      }
      const local = await readLocalProfiles(area);
      const { label, ...pick } = message.pick;
      const outcome = addTaughtField(local.profiles, {
        ...pick,
        ...(label ? { label } : {}),
        pageUrl: new URL(pageUrl),
      });
      if (!outcome.ok) return fail('invalid-profile', outcome.errors.join(' '));
      await writeLocalProfiles(area, outcome.profiles);
      return ok({
        profileId: outcome.profile.id,
        profileName: outcome.profile.name,
        replaced: outcome.replaced,
      });
    }
    case 'import-site-profiles': {
      const parsed = parseProfilesFile(message.text);
      if (!parsed.ok) {
        return fail(
          'invalid-profile',
          `Nothing was imported: ${parsed.errors.slice(0, 10).join('; ')}`,
        );
      }
      const local = await readLocalProfiles(area);
      const merged = mergeProfiles(local.profiles, parsed.profiles);
      try {
        await writeLocalProfiles(area, merged.profiles);
      } catch (error) {
        return fail('invalid-profile', error instanceof Error ? error.message : String(error));
      }
      return ok({ added: merged.added, replaced: merged.replaced, at: now.toISOString() });
    }
    case 'delete-site-profile': {
      const local = await readLocalProfiles(area);
      const kept = local.profiles.filter((p) => p.id !== message.id);
      if (kept.length === local.profiles.length) {
        return fail('not-found', `No site profile of this browser has the id "${message.id}".`);
      }
      await writeLocalProfiles(area, kept);
      return ok({ deleted: message.id });
    }
    case 'get-managed-config': {
      const policy = await readPolicy(ctx);
      const { config } = policy;
      return ok({
        available: policy.available,
        problems: policy.problems,
        region: config.region,
        retentionDays: config.retentionDays,
        procedureId: config.procedure?.id,
        procedureName: config.procedure?.procedure.name,
        hosts: config.hosts,
        siteProfiles: config.siteProfiles?.map((p) => ({ id: p.id, name: p.name })),
      });
    }
  }
}

/** The user's settings with policy on top, when there is a policy to read. */
export async function withPolicy(
  local: Settings,
  ctx: SettingsContext,
): Promise<EffectiveSettings> {
  return effectiveSettings(local, (await readPolicy(ctx)).config);
}
