import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAREFLOW_PROFILE } from '../../lib/extract/profiles';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import type { TabCommand, TeachNotice, TeachPick } from '../../lib/messages/messages';
import { type KeyValueArea, SITE_PROFILES_KEY } from '../../lib/settings/site-profile-store';
import { type LensDb, openLensDb } from '../../lib/store';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const CASE_PAGE = 'http://127.0.0.1:4173/records/TC-2001/overview';
/** The sidebar: an extension page inside the case page's tab. */
const SIDEBAR = {
  id: ID,
  url: `${ORIGIN}/sidebar.html?case=TC-2001`,
  tab: { id: 7, url: CASE_PAGE },
};
/** The content script in that tab. */
const CONTENT = { id: ID, url: CASE_PAGE, tab: { id: 7, url: CASE_PAGE } };
const OPTIONS = { id: ID, url: `${ORIGIN}/options.html` };

const PICK: TeachPick = {
  field: 'icpcDate',
  source: { label: 'First conference held on' },
  how: 'label',
  label: 'First conference held on',
  pageKind: 'case-summary',
  preview: { ok: true, shown: '3 November 2026', value: '2026-11-03' },
};

let db: LensDb;
let ctx: HandlerContext;
let local: Record<string, unknown>;
let policy: Record<string, unknown> | Error;
let told: [number, TabCommand][];
let notices: TeachNotice[];
let n = 0;

beforeEach(() => {
  db = openLensDb(`settings-commands-${n++}`);
  local = {};
  policy = {};
  told = [];
  notices = [];
  const area: KeyValueArea = {
    get: async (key) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
    set: async (items) => {
      Object.assign(local, structuredClone(items));
    },
  };
  ctx = {
    db,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    now: () => new Date('2026-11-25T10:00:00Z'),
    siteProfiles: area,
    managed: {
      get: async () => {
        if (policy instanceof Error) throw policy;
        return structuredClone(policy);
      },
    },
    tellTab: async (tabId, command) => {
      told.push([tabId, command]);
    },
    notifyPages: (notice) => notices.push(notice),
  };
});
afterEach(async () => {
  await db.delete();
});

describe('teach a field, through the background', () => {
  it('the sidebar starts and stops teaching in its own tab', async () => {
    expect(await handleMessage({ type: 'teach-start', field: 'icpcDate' }, SIDEBAR, ctx)).toEqual({
      ok: true,
      value: { tabId: 7 },
    });
    await handleMessage({ type: 'teach-stop' }, SIDEBAR, ctx);
    expect(told).toEqual([
      [7, { type: 'teach-mode', field: 'icpcDate' }],
      [7, { type: 'teach-mode', field: null }],
    ]);
  });

  it('a page may not start teaching, nor save a field', async () => {
    const start = await handleMessage({ type: 'teach-start', field: 'icpcDate' }, CONTENT, ctx);
    expect(start).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const save = await handleMessage({ type: 'save-taught-field', pick: PICK }, CONTENT, ctx);
    expect(save).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('says so when the page does not answer', async () => {
    ctx.tellTab = async () => {
      throw new Error('Could not establish connection');
    };
    const start = await handleMessage({ type: 'teach-start', field: 'icpcDate' }, SIDEBAR, ctx);
    expect(start).toMatchObject({ ok: false, error: { code: 'no-page' } });
  });

  it('passes what was clicked to the pages, naming the tab', async () => {
    await handleMessage({ type: 'teach-picked', pick: PICK }, CONTENT, ctx);
    await handleMessage({ type: 'teach-ended' }, CONTENT, ctx);
    expect(notices).toEqual([
      { type: 'teach-picked', tabId: 7, pick: PICK },
      { type: 'teach-ended', tabId: 7 },
    ]);
  });

  it('refuses a pick that is not a place (a bad source never reaches the profile)', async () => {
    const bad = { ...PICK, source: { selector: 'a', label: 'b' } };
    const answer = await handleMessage({ type: 'teach-picked', pick: bad }, CONTENT, ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(notices).toEqual([]);
  });

  it('saves into the profile for the tab’s host, and the content script gets it', async () => {
    const { preview: _, how: __, ...pick } = PICK;
    const saved = await handleMessage({ type: 'save-taught-field', pick }, SIDEBAR, ctx);
    expect(saved).toEqual({
      ok: true,
      value: { profileId: 'taught-127.0.0.1', profileName: 'Taught on 127.0.0.1', replaced: false },
    });
    const got = await handleMessage({ type: 'get-site-profiles' }, CONTENT, ctx);
    expect(
      got.ok && (got.value as { profiles: { id: string }[] }).profiles.map((p) => p.id),
    ).toEqual(['taught-127.0.0.1']);
    const again = await handleMessage({ type: 'save-taught-field', pick }, SIDEBAR, ctx);
    expect(again).toMatchObject({ ok: true, value: { replaced: true } });
  });
});

describe('site profiles on the options page', () => {
  it('imports a file, lists, and deletes', async () => {
    const text = JSON.stringify([CAREFLOW_PROFILE]);
    expect(await handleMessage({ type: 'import-site-profiles', text }, OPTIONS, ctx)).toMatchObject(
      {
        ok: true,
        value: { added: ['careflow'], replaced: [] },
      },
    );
    expect((local[SITE_PROFILES_KEY] as { id: string }[]).map((p) => p.id)).toEqual(['careflow']);
    expect(
      await handleMessage({ type: 'delete-site-profile', id: 'careflow' }, OPTIONS, ctx),
    ).toEqual({ ok: true, value: { deleted: 'careflow' } });
    expect(
      await handleMessage({ type: 'delete-site-profile', id: 'careflow' }, OPTIONS, ctx),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a bad file whole, with the reason', async () => {
    const text = JSON.stringify([CAREFLOW_PROFILE, { id: 'x' }]);
    const answer = await handleMessage({ type: 'import-site-profiles', text }, OPTIONS, ctx);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-profile' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(/^Nothing was imported: profile 2 \(x\)/);
    expect(local[SITE_PROFILES_KEY]).toBeUndefined();
  });

  it('puts the organisation’s profiles first', async () => {
    local[SITE_PROFILES_KEY] = [{ ...CAREFLOW_PROFILE, name: 'mine' }];
    policy = { siteProfiles: [JSON.stringify(CAREFLOW_PROFILE)] };
    const got = await handleMessage({ type: 'get-site-profiles' }, CONTENT, ctx);
    const value = got.ok ? (got.value as { profiles: { name: string }[] }) : { profiles: [] };
    expect(value.profiles.map((p) => p.name)).toEqual([CAREFLOW_PROFILE.name]);
  });
});

describe('settings under a policy', () => {
  it('get-settings gives the policy’s values and says which are managed', async () => {
    policy = { retentionDays: 30, region: 'scotland' };
    const got = await handleMessage({ type: 'get-settings' }, OPTIONS, ctx);
    expect(got).toMatchObject({
      ok: true,
      value: {
        retentionDays: 30,
        regionOverride: 'scotland',
        managed: ['regionOverride', 'retentionDays'],
      },
    });
  });

  it('refuses to change a managed setting, saying why, and changes nothing', async () => {
    policy = { retentionDays: 30 };
    const put = await handleMessage(
      { type: 'put-settings', patch: { retentionDays: 10 } },
      OPTIONS,
      ctx,
    );
    expect(put).toMatchObject({ ok: false, error: { code: 'set-by-policy' } });
    expect(put.ok ? '' : put.error.message).toMatch(/how long cases are kept/);
    const other = await handleMessage(
      { type: 'put-settings', patch: { regionOverride: 'scotland', retentionDays: 30 } },
      OPTIONS,
      ctx,
    );
    expect(other).toMatchObject({ ok: true, value: { regionOverride: 'scotland' } });
    // The managed value is not copied into the user's own settings.
    policy = {};
    const after = await handleMessage({ type: 'get-settings' }, OPTIONS, ctx);
    expect(after).toMatchObject({ ok: true, value: { retentionDays: 90, managed: [] } });
  });

  it('a browser without managed storage behaves as if there were no policy', async () => {
    policy = new Error('Managed storage manifest not found');
    const got = await handleMessage({ type: 'get-settings' }, OPTIONS, ctx);
    expect(got).toMatchObject({ ok: true, value: { retentionDays: 90, managed: [] } });
    const managed = await handleMessage({ type: 'get-managed-config' }, OPTIONS, ctx);
    expect(managed).toMatchObject({ ok: true, value: { available: false, problems: [] } });
  });

  it('reports policy values it could not use', async () => {
    policy = { retentionDays: -1, region: 'england-and-wales' };
    const managed = await handleMessage({ type: 'get-managed-config' }, OPTIONS, ctx);
    expect(managed).toMatchObject({
      ok: true,
      value: {
        available: true,
        region: 'england-and-wales',
        problems: ['retentionDays: must be at least 1'],
      },
    });
  });
});
