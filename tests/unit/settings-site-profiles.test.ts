import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAREFLOW_PROFILE, GRIDCASE_PROFILE } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import {
  type KeyValueArea,
  MOST_LOCAL_PROFILES,
  mergeProfiles,
  parseProfilesFile,
  profilesFile,
  readLocalProfiles,
  SITE_PROFILES_KEY,
  writeLocalProfiles,
} from '../../lib/settings/site-profile-store';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = structuredClone(initial);
  const area: KeyValueArea = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
    },
  };
  return { area, data };
}

const NOW = new Date('2026-11-25T12:00:00Z');

describe('stored site profiles', () => {
  it('nothing stored means no profiles and no problems', async () => {
    expect(await readLocalProfiles(memoryArea().area)).toEqual({ profiles: [], problems: [] });
  });

  it('round-trips what was written', async () => {
    const { area } = memoryArea();
    await writeLocalProfiles(area, [CAREFLOW_PROFILE]);
    expect(await readLocalProfiles(area)).toEqual({ profiles: [CAREFLOW_PROFILE], problems: [] });
  });

  it('a stored profile that no longer validates is left out and said', async () => {
    const { area } = memoryArea({
      [SITE_PROFILES_KEY]: [
        GRIDCASE_PROFILE,
        { id: 'old', name: 'Old', urls: ['nope'], pages: [] },
      ],
    });
    const read = await readLocalProfiles(area);
    expect(read.profiles).toEqual([GRIDCASE_PROFILE]);
    expect(read.problems).toEqual([
      'stored profile 2 (old): urls.0: expected scheme://host/path, e.g. https://cases.example.gov.uk/*',
      'stored profile 2 (old): pages: needs at least 1 entry',
    ]);
  });

  it('refuses to keep more than the limit', async () => {
    const many = Array.from({ length: MOST_LOCAL_PROFILES + 1 }, (_, i) => ({
      ...CAREFLOW_PROFILE,
      id: `p${i}`,
    }));
    await expect(writeLocalProfiles(memoryArea().area, many)).rejects.toThrow(/At most/);
  });
});

describe('profiles files: export and import', () => {
  it('an export reads back as the same profiles', () => {
    const file = JSON.stringify(profilesFile([CAREFLOW_PROFILE, GRIDCASE_PROFILE], NOW));
    expect(parseProfilesFile(file)).toEqual({
      ok: true,
      profiles: [CAREFLOW_PROFILE, GRIDCASE_PROFILE],
    });
  });

  it('also takes a list of profiles, or one profile written by hand', () => {
    expect(parseProfilesFile(JSON.stringify([GRIDCASE_PROFILE]))).toEqual({
      ok: true,
      profiles: [GRIDCASE_PROFILE],
    });
    expect(parseProfilesFile(JSON.stringify(CAREFLOW_PROFILE))).toEqual({
      ok: true,
      profiles: [CAREFLOW_PROFILE],
    });
  });

  it('refuses the whole file when one profile is wrong, saying where', () => {
    const broken = { ...GRIDCASE_PROFILE, pages: [{ kind: 'visit', caseId: {} }] };
    const result = parseProfilesFile(JSON.stringify([CAREFLOW_PROFILE, broken]));
    expect(result).toEqual({
      ok: false,
      errors: [
        'profile 2 (gridcase): pages.0.caseId: give exactly one of path, query, selector, label, synonyms, column',
      ],
    });
  });

  it('refuses files that are not profiles', () => {
    expect(parseProfilesFile('not json')).toEqual({ ok: false, errors: ['The file is not JSON.'] });
    expect(
      parseProfilesFile('{"format":"core-group-lens-export","siteProfiles":[]}'),
    ).toMatchObject({
      ok: false,
    });
    expect(parseProfilesFile('[]')).toEqual({
      ok: false,
      errors: ['The file holds no site profiles.'],
    });
    const twice = JSON.stringify([CAREFLOW_PROFILE, CAREFLOW_PROFILE]);
    expect(parseProfilesFile(twice)).toEqual({
      ok: false,
      errors: ['profile 2 (careflow): another profile has the same id'],
    });
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseProfilesFile(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('an import replaces profiles with the same id and keeps the rest', () => {
    const renamed: SiteProfile = { ...CAREFLOW_PROFILE, name: 'CareFlow (our build)' };
    const extra: SiteProfile = { ...GRIDCASE_PROFILE, id: 'taught-cases.example' };
    expect(mergeProfiles([CAREFLOW_PROFILE, GRIDCASE_PROFILE], [renamed, extra])).toEqual({
      profiles: [renamed, GRIDCASE_PROFILE, extra],
      added: ['taught-cases.example'],
      replaced: ['careflow'],
    });
  });
});
