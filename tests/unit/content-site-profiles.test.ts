import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSiteProfiles } from '../../entrypoints/content/site-profiles';
import { MANAGED_KEYS } from '../../lib/settings/managed-config';
import { MANAGED_SITE_PROFILES_KEY, SITE_PROFILES_KEY } from '../../lib/settings/storage-keys';

const FROM_BACKGROUND = [{ id: 'from-the-background' }];

/** The background's answer to `get-site-profiles`, counted. */
function answerAsBackground() {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((async (message: unknown) =>
      (message as { type?: string }).type === 'get-site-profiles'
        ? { ok: true, value: { profiles: FROM_BACKGROUND } }
        : undefined) as never);
}

describe('the site profiles for the first read (content script)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('names the same managed key as the policy reader', () => {
    expect(MANAGED_KEYS).toContain(MANAGED_SITE_PROFILES_KEY);
  });

  it('does not ask the background when neither area holds a profile', async () => {
    const asked = answerAsBackground();
    await fakeBrowser.storage.local.set({ [SITE_PROFILES_KEY]: [] });
    expect(await startSiteProfiles()()).toEqual([]);
    expect(asked).not.toHaveBeenCalled();
  });

  it('asks the background (which validates them) when this browser holds profiles', async () => {
    const asked = answerAsBackground();
    await fakeBrowser.storage.local.set({ [SITE_PROFILES_KEY]: [{ id: 'taught' }] });
    expect(await startSiteProfiles()()).toEqual(FROM_BACKGROUND);
    expect(asked).toHaveBeenCalledOnce();
  });

  it('asks the background when the organisation pushes profiles', async () => {
    const asked = answerAsBackground();
    await fakeBrowser.storage.managed.set({ [MANAGED_SITE_PROFILES_KEY]: ['{"id":"it"}'] });
    expect(await startSiteProfiles()()).toEqual(FROM_BACKGROUND);
    expect(asked).toHaveBeenCalledOnce();
  });

  it('asks the background when the managed area cannot be read', async () => {
    const asked = answerAsBackground();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no policy'));
    expect(await startSiteProfiles()()).toEqual(FROM_BACKGROUND);
    expect(asked).toHaveBeenCalledOnce();
  });

  it('asks the background when profiles are saved after the script started', async () => {
    const asked = answerAsBackground();
    const profiles = startSiteProfiles();
    // Saved (say, taught in another tab) between the script's start and the first read.
    await fakeBrowser.storage.local.set({ [SITE_PROFILES_KEY]: [{ id: 'taught' }] });
    expect(await profiles()).toEqual(FROM_BACKGROUND);
    expect(asked).toHaveBeenCalledOnce();
  });
});
