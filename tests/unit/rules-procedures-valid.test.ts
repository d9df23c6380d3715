import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import { rulesSetupWith } from '../../lib/present/rules-setup';
import { type Procedure, ProcedureSchema, TIMESCALE_FIELDS } from '../../lib/rules/procedure';
import { mergeOverrides, withOverrides } from '../../lib/rules/procedure-overrides';
import { getProcedure, listProcedures, PROCEDURE_IDS } from '../../lib/rules/procedures';
import * as england from '../../lib/rules/procedures-england';
import * as nations from '../../lib/rules/procedures-nations';
import { effectiveSettings } from '../../lib/settings/effective-settings';
import { parseManagedConfig } from '../../lib/settings/managed-config';
import { SettingsSchema } from '../../lib/store/settings';

/*
 * The built-in procedures are our own constant data, so they are checked against the schema
 * here, once, instead of with zod every time a page that reads them (the sidebar) loads.
 */
describe('the built-in procedures', () => {
  const defined = { ...england, ...nations } as Record<string, Procedure>;

  it('are every procedure defined, each once', () => {
    expect(Object.keys(defined)).toHaveLength(listProcedures().length);
    expect(new Set(PROCEDURE_IDS).size).toBe(PROCEDURE_IDS.length);
    expect([...PROCEDURE_IDS].sort()).toEqual(
      Object.values(defined)
        .map((p) => p.id)
        .sort(),
    );
  });

  it.each(Object.keys(defined))(
    '%s is a valid procedure, exactly as the schema reads it',
    (name) => {
      const procedure = defined[name] as Procedure;
      const checked = ProcedureSchema.safeParse(procedure);
      expect(checked.error?.issues ?? []).toEqual([]);
      // Nothing the schema does not know (it would drop it) and nothing it would change.
      expect(checked.data).toStrictEqual(procedure);
      expect(getProcedure(procedure.id)).toStrictEqual(procedure);
    },
  );

  it('cannot be changed by one caller for everyone', () => {
    const built = getProcedure('england');
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.firstCoreGroup.source)).toBe(true);
    expect(() => {
      (built.firstCoreGroup as { amount: number }).amount = 99;
    }).toThrow(TypeError);
    expect(getProcedure('england').firstCoreGroup.amount).toBe(10);
  });
});

describe('mergeOverrides (unchecked) and withOverrides (checked)', () => {
  const base = getProcedure('england');

  it('make the same procedure from any overrides that make a valid one', () => {
    const field = fc.constantFrom(...TIMESCALE_FIELDS);
    const overrides = fc.record(
      {
        timescale: fc.tuple(field, fc.integer({ min: 0, max: 1000 })),
        policy: fc.constantFrom('every-visit', 'alternate-visits' as const),
        chair: fc.boolean(),
      },
      { requiredKeys: ['timescale'] },
    );
    fc.assert(
      fc.property(overrides, ({ timescale: [name, amount], policy, chair }) => {
        const patch = {
          [name]: { amount },
          ...(policy ? { seenAlone: { policy } } : {}),
          ...(chair === undefined ? {} : { practiceLeadChairsFirstCoreGroup: { applies: chair } }),
        };
        expect(mergeOverrides(base, patch)).toStrictEqual(withOverrides(base, patch));
      }),
    );
  });

  it('differ only in that the unchecked one does not refuse an invalid procedure', () => {
    expect(() => withOverrides(base, { dueSoon: { amount: -1 } })).toThrow(/Invalid/);
    expect(mergeOverrides(base, { dueSoon: { amount: -1 } }).dueSoon.amount).toBe(-1);
  });

  it('give the sidebar the procedure the background accepted from the policy', () => {
    const policy = {
      procedure: {
        id: 'england',
        overrides: {
          coreGroupInterval: { amount: 4, source: { title: 'Anytown procedures 4.2' } },
          minutesCirculated: { amount: 7 },
          seenAlone: { policy: 'alternate-visits' },
        },
      },
    };
    const { config, problems } = parseManagedConfig(policy);
    expect(problems).toEqual([]);
    const settings = effectiveSettings(SettingsSchema.parse({}), config);
    const sidebar = rulesSetupWith(settings, '2026-11-25', mergeOverrides);
    expect(sidebar.problems).toEqual([]);
    expect(sidebar.options.procedure).toStrictEqual(config.procedure?.procedure);
    expect(sidebar).toStrictEqual(rulesSetup(settings, '2026-11-25'));
  });

  it('leave out overrides the policy reader refused, so the sidebar never merges them', () => {
    const { config, problems } = parseManagedConfig({
      procedure: { id: 'england', overrides: { dueSoon: { amount: -1 } } },
    });
    expect(problems).toEqual([expect.stringMatching(/^procedure: /)]);
    expect(effectiveSettings(SettingsSchema.parse({}), config).procedureOverrides).toBeUndefined();
  });
});
