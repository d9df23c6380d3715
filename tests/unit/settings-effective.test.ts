import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAREFLOW_PROFILE, GRIDCASE_PROFILE } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { getProcedure, PROCEDURE_IDS } from '../../lib/rules/procedures';
import {
  effectiveProcedure,
  effectiveSettings,
  effectiveSiteProfiles,
  settingsSetByPolicy,
  withoutManaged,
} from '../../lib/settings/effective-settings';
import {
  type ManagedConfig,
  parseManagedConfig,
  readManagedConfig,
} from '../../lib/settings/managed-config';
import { type Settings, SettingsSchema } from '../../lib/store/settings';

const LOCAL: Settings = SettingsSchema.parse({
  regionOverride: 'scotland',
  procedureId: 'wales',
  retentionDays: 30,
});

describe('parseManagedConfig checks each policy value on its own', () => {
  it('accepts a full, valid policy', () => {
    const { config, problems } = parseManagedConfig({
      siteProfiles: [JSON.stringify(CAREFLOW_PROFILE), GRIDCASE_PROFILE],
      hosts: ['https://cases.example.gov.uk/*'],
      procedure: { id: 'england', overrides: { firstCoreGroup: { amount: 15 } } },
      region: 'england-and-wales',
      retentionDays: 60,
    });
    expect(problems).toEqual([]);
    expect(config.siteProfiles?.map((p) => p.id)).toEqual(['careflow', 'gridcase']);
    expect(config.hosts).toEqual(['https://cases.example.gov.uk/*']);
    expect(config.region).toBe('england-and-wales');
    expect(config.retentionDays).toBe(60);
    expect(config.procedure?.procedure.firstCoreGroup.amount).toBe(15);
    // A changed number without its own source is marked as a local override, never left
    // citing guidance that does not say it.
    expect(config.procedure?.procedure.firstCoreGroup.source.title).toMatch(/Local override/);
  });

  it('reports a bad value and keeps the good ones', () => {
    const { config, problems } = parseManagedConfig({
      region: 'wales',
      retentionDays: 0,
      hosts: ['not a pattern', 'https://ok.example/*'],
      siteProfiles: ['{not json', JSON.stringify({ id: 'x' })],
      procedure: { id: 'england', overrides: { firstCoreGroupp: { amount: 1 } } },
      colour: 'blue',
    });
    expect(config.region).toBeUndefined();
    expect(config.retentionDays).toBeUndefined();
    expect(config.hosts).toEqual(['https://ok.example/*']);
    expect(config.siteProfiles).toEqual([]);
    expect(config.procedure).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^region: expected one of/),
        expect.stringMatching(/^retentionDays: must be at least 1/),
        expect.stringMatching(/^hosts: "not a pattern": expected scheme/),
        'siteProfiles: profile 1 is not valid JSON',
        expect.stringMatching(/^siteProfiles: profile 2: name: /),
        'procedure: overrides: unknown key "firstCoreGroupp"',
        'colour: not a setting Core Group Lens knows (ignored)',
      ]),
    );
  });

  it('refuses an unknown procedure and an override the procedure schema rejects', () => {
    expect(parseManagedConfig({ procedure: { id: 'atlantis' } }).problems[0]).toMatch(
      /^procedure: id: expected one of: england/,
    );
    const bad = parseManagedConfig({
      procedure: { id: 'england', overrides: { firstCoreGroup: { unit: 'fortnights' } } },
    });
    expect(bad.config.procedure).toBeUndefined();
    expect(bad.problems[0]).toMatch(/^procedure: Invalid procedure override/);
    expect(
      parseManagedConfig({ procedure: { id: 'england', overrides: { id: 'mine' } } }).problems,
    ).toEqual(['procedure: overrides: unknown key "id"']);
  });

  it('never throws, whatever the policy holds (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { config, problems } = parseManagedConfig(raw);
        expect(Array.isArray(problems)).toBe(true);
        if (config.retentionDays !== undefined) {
          expect(Number.isInteger(config.retentionDays)).toBe(true);
        }
      }),
    );
  });
});

describe('readManagedConfig copes with browsers without managed storage', () => {
  it('a browser that throws (Firefox without a policy) means nothing is managed', async () => {
    const read = await readManagedConfig({
      get: () => Promise.reject(new Error('Managed storage manifest not found')),
    });
    expect(read).toEqual({ config: {}, problems: [], available: false });
  });

  it('an empty answer, or no area at all, means nothing is managed', async () => {
    expect(await readManagedConfig({ get: () => Promise.resolve({}) })).toEqual({
      config: {},
      problems: [],
      available: true,
    });
    expect((await readManagedConfig(undefined)).available).toBe(false);
  });

  it('reads what the policy sets', async () => {
    const read = await readManagedConfig({ get: () => Promise.resolve({ retentionDays: 14 }) });
    expect(read.config).toEqual({ retentionDays: 14 });
  });
});

describe('effectiveSettings: the organisation wins', () => {
  it('without a policy the user’s settings stand, and nothing is marked managed', () => {
    expect(effectiveSettings(LOCAL, {})).toEqual({ ...LOCAL, managed: [] });
  });

  it('each managed value replaces the user’s and is marked managed', () => {
    const managed: ManagedConfig = {
      region: 'england-and-wales',
      retentionDays: 365,
      procedure: {
        id: 'england',
        overrides: { dueSoon: { amount: 5 } },
        procedure: getProcedure('england'),
      },
    };
    const out = effectiveSettings(LOCAL, managed);
    expect(out.regionOverride).toBe('england-and-wales');
    expect(out.procedureId).toBe('england');
    expect(out.procedureOverrides).toEqual({ dueSoon: { amount: 5 } });
    expect(out.retentionDays).toBe(365);
    expect(out.reminders).toEqual(LOCAL.reminders);
    expect(out.managed).toEqual(['regionOverride', 'procedureId', 'retentionDays']);
    expect(effectiveProcedure(out).dueSoon.amount).toBe(5);
  });

  it('for any policy, a managed value always wins and an unmanaged one never changes (property)', () => {
    const managedArb = fc.record(
      {
        region: fc.constantFrom(
          'england-and-wales',
          'scotland',
          'northern-ireland',
        ) as fc.Arbitrary<ManagedConfig['region']>,
        retentionDays: fc.integer({ min: 1, max: 3650 }),
        procedureId: fc.constantFrom(...PROCEDURE_IDS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(managedArb, (m) => {
        const managed: ManagedConfig = {};
        if (m.region) managed.region = m.region;
        if (m.retentionDays) managed.retentionDays = m.retentionDays;
        if (m.procedureId) {
          managed.procedure = { id: m.procedureId, procedure: getProcedure(m.procedureId) };
        }
        const out = effectiveSettings(LOCAL, managed);
        expect(out.regionOverride).toBe(m.region ?? LOCAL.regionOverride);
        expect(out.retentionDays).toBe(m.retentionDays ?? LOCAL.retentionDays);
        expect(out.procedureId).toBe(m.procedureId ?? LOCAL.procedureId);
        expect(effectiveProcedure(out).id).toBe(out.procedureId);
      }),
    );
  });

  it('names the settings a change would alter that policy sets', () => {
    const out = effectiveSettings(LOCAL, { retentionDays: 10 });
    expect(settingsSetByPolicy({ retentionDays: 20, regionOverride: null }, out)).toEqual([
      'retentionDays',
    ]);
    expect(settingsSetByPolicy({ regionOverride: 'scotland' }, out)).toEqual([]);
    // A form sending every setting, the managed one as it is, is not refused for it.
    expect(settingsSetByPolicy({ retentionDays: 10, regionOverride: 'scotland' }, out)).toEqual([]);
    expect(withoutManaged({ retentionDays: 10, regionOverride: 'scotland' }, out)).toEqual({
      regionOverride: 'scotland',
    });
  });
});

describe('effectiveSiteProfiles', () => {
  const mine: SiteProfile = { ...CAREFLOW_PROFILE, name: 'My own CareFlow' };
  const taught: SiteProfile = { ...GRIDCASE_PROFILE, id: 'taught-cases.example' };

  it('puts the organisation’s profiles first and drops a local one with a managed id', () => {
    const out = effectiveSiteProfiles([mine, taught], { siteProfiles: [CAREFLOW_PROFILE] });
    expect(out.map((p) => [p.id, p.name])).toEqual([
      ['careflow', CAREFLOW_PROFILE.name],
      ['taught-cases.example', GRIDCASE_PROFILE.name],
    ]);
  });

  it('without a policy, the local profiles as they are', () => {
    expect(effectiveSiteProfiles([mine, taught], {})).toEqual([mine, taught]);
  });
});
