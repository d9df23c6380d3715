import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChildPlan, PLAN_SECTION_IDS, type PlanSectionId } from '../../lib/domain';
import { checkPlan, PLAN_SECTION_LABELS } from '../../lib/rules';

const fullSections = Object.fromEntries(
  PLAN_SECTION_IDS.map((id) => [id, `What the plan says about ${id}.`]),
) as Record<PlanSectionId, string>;

const smart = {
  text: 'Mum to attend the parenting course every Tuesday',
  owner: 'Family support worker',
  due: '2027-03-01',
  measure: 'Attendance register shows 8 of 10 sessions',
  status: 'in-progress',
} as const;

const plan = (overrides: Partial<ChildPlan> = {}): ChildPlan => ({
  childId: 'amy',
  sections: fullSections,
  actions: [smart],
  ...overrides,
});

describe('checkPlan', () => {
  it('finds nothing in a complete plan of SMART actions', () => {
    expect(checkPlan(plan(), { today: '2027-02-01' })).toEqual([]);
  });

  it('names each missing or empty section in plain words', () => {
    const { contingency: _c, 'child-views': _v, ...rest } = fullSections;
    const findings = checkPlan(plan({ sections: { ...rest, resources: '   ' } }));
    expect(findings.map((f) => [f.kind, f.section])).toEqual([
      ['section-empty', 'resources'],
      ['section-missing', 'contingency'],
      ['section-missing', 'child-views'],
    ]);
    expect(findings[1]?.reason).toBe(
      'The plan has no section for: Contingency plan if the plan is not working.',
    );
    expect(findings[0]?.source.title).toMatch(/Working Together/);
    expect(findings.every((f) => f.childId === 'amy')).toBe(true);
  });

  it('takes a list of actions as the actions section, but not an empty list', () => {
    const { actions: _a, ...noActionsText } = fullSections;
    expect(checkPlan(plan({ sections: noActionsText }))).toEqual([]);
    expect(checkPlan(plan({ sections: noActionsText, actions: [] })).map((f) => f.section)).toEqual(
      ['actions'],
    );
  });

  it('flags an action with no owner, no due date or no measure', () => {
    const vague = { text: 'Improve home conditions', owner: ' ', status: 'not-started' } as const;
    const findings = checkPlan(plan({ actions: [smart, vague] }), { today: '2027-02-01' });
    expect(findings.map((f) => [f.kind, f.actionIndex])).toEqual([
      ['action-no-owner', 1],
      ['action-no-due-date', 1],
      ['action-no-measure', 1],
    ]);
    expect(findings[0]?.reason).toBe(
      'The action "Improve home conditions" names no one responsible for it.',
    );
    expect(findings[0]?.actionText).toBe('Improve home conditions');
  });

  it('flags an action past its due date and not done', () => {
    const overdue = checkPlan(plan(), { today: '2027-03-02' });
    expect(overdue).toMatchObject([{ kind: 'action-overdue', actionIndex: 0, due: '2027-03-01' }]);
    expect(overdue[0]?.reason).toMatch(
      /due by Mon 1 Mar 2027 and is not done: its status is "in-progress"/,
    );
    const noStatus = checkPlan(plan({ actions: [{ ...smart, status: undefined }] }), {
      today: '2027-03-02',
    });
    expect(noStatus[0]?.reason).toMatch(/no status is recorded, so it is not taken as done/);
  });

  it('does not flag an action done, due today, or when no date is given to judge by', () => {
    expect(
      checkPlan(plan({ actions: [{ ...smart, status: 'done' }] }), { today: '2027-04-01' }),
    ).toEqual([]);
    expect(checkPlan(plan(), { today: '2027-03-01' })).toEqual([]);
    expect(checkPlan(plan())).toEqual([]);
  });

  it('rejects a today that is not a real date', () => {
    expect(() => checkPlan(plan(), { today: '01/03/2027' })).toThrow(/real date/);
  });

  it('finds exactly the blank sections, for any mix of sections', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...PLAN_SECTION_IDS), fc.constantFrom('', ' ', 'text')),
        (sections) => {
          const findings = checkPlan({ childId: 'amy', sections, actions: [] });
          const blank = PLAN_SECTION_IDS.filter((id) => (sections[id] ?? '').trim() === '');
          expect(findings.map((f) => f.section)).toEqual(blank);
        },
      ),
    );
  });
});

describe('PLAN_SECTION_LABELS', () => {
  it('has a plain label for every section', () => {
    for (const id of PLAN_SECTION_IDS) expect(PLAN_SECTION_LABELS[id].length).toBeGreaterThan(5);
    expect(Object.keys(PLAN_SECTION_LABELS).sort()).toEqual([...PLAN_SECTION_IDS].sort());
  });
});
