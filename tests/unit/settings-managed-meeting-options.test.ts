import { describe, expect, it } from 'vitest';
import { checkMeeting } from '../../lib/rules/meeting-rules';
import { getProcedure } from '../../lib/rules/procedures';
import { effectiveProcedure, effectiveSettings } from '../../lib/settings/effective-settings';
import { parseManagedConfig } from '../../lib/settings/managed-config';
import { SettingsSchema } from '../../lib/store/settings';
import { completeMeeting, meetingCase, SW } from './meeting-fixtures';

const SOURCE = {
  title: 'Example Borough Safeguarding Children Partnership procedures',
  paragraph: '4.3 Core groups',
};

describe('the meeting options of the local procedure, set by policy', () => {
  it('sets both options, citing the source given, or marked as a local override without one', () => {
    const { config, problems } = parseManagedConfig({
      procedure: {
        id: 'england',
        overrides: {
          practiceLeadChairsFirstCoreGroup: { applies: true, source: SOURCE },
          flagSameChairEveryMeeting: { applies: true },
        },
      },
    });
    expect(problems).toEqual([]);
    const procedure = config.procedure?.procedure;
    expect(getProcedure('england').practiceLeadChairsFirstCoreGroup?.applies).toBe(false);
    expect(procedure?.practiceLeadChairsFirstCoreGroup).toEqual({ applies: true, source: SOURCE });
    expect(procedure?.flagSameChairEveryMeeting?.applies).toBe(true);
    expect(procedure?.flagSameChairEveryMeeting?.source.title).toBe(
      'Local override (no source given)',
    );
  });

  it('reaches the checks: the first core group chaired by the social worker becomes a gap', () => {
    const { config } = parseManagedConfig({
      procedure: {
        id: 'england',
        overrides: { practiceLeadChairsFirstCoreGroup: { applies: true, source: SOURCE } },
      },
    });
    const settings = effectiveSettings(SettingsSchema.parse({}), config);
    const first = completeMeeting('2026-12-10', { chair: SW });
    const record = meetingCase([first]);
    const check = (procedure: ReturnType<typeof effectiveProcedure>) =>
      checkMeeting(first, record, procedure).find(
        (f) => f.check === 'first-meeting-chaired-by-practice-lead',
      );
    expect(check(getProcedure('england'))).toBeUndefined();
    const finding = check(effectiveProcedure(settings));
    expect(finding?.outcome).toBe('gap');
    expect(finding?.source).toEqual(SOURCE);
  });

  it('refuses an invalid value with the reason, and leaves the procedure unmanaged', () => {
    const cases: [unknown, RegExp][] = [
      [
        { practiceLeadChairsFirstCoreGroup: { applies: 'yes' } },
        /practiceLeadChairsFirstCoreGroup\.applies: expected a boolean/,
      ],
      [
        { flagSameChairEveryMeeting: { applies: true, on: true } },
        /flagSameChairEveryMeeting: unknown key "on"/,
      ],
      [
        { flagSameChairEveryMeeting: { source: { title: 'x', page: 3 } } },
        /flagSameChairEveryMeeting\.source: unknown key "page"/,
      ],
      [{ flagSameChairEveryMeeting: true }, /flagSameChairEveryMeeting: expected an object/],
    ];
    for (const [overrides, reason] of cases) {
      const { config, problems } = parseManagedConfig({ procedure: { id: 'england', overrides } });
      expect(config.procedure, JSON.stringify(overrides)).toBeUndefined();
      expect(problems, JSON.stringify(overrides)).toHaveLength(1);
      expect(problems[0]).toMatch(/^procedure: overrides\./);
      expect(problems[0]).toMatch(reason);
    }
  });
});
