import type { DemoCase } from '../cases';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const KAI = 'P-300411';
const ISLA = 'P-300412';
const WORKER = 'Alex Brennan';

/**
 * Kai (10) is seen at every visit but never alone, with no decision that he need not be: the
 * gap the seen-alone check exists for. His sister Isla is a baby, pre-verbal, seen every time.
 */
export function dovecote(t: Timeline): DemoCase {
  const members = [
    `${WORKER} (social worker, Northmoor Council)`,
    'Chloe Dovecote (mother)',
    'Nadia Osei (health visitor)',
    'Ben Tarrant (SENCo, St Aidan’s Primary School)',
  ];
  const cg1 = t.ago(39);
  const cg2 = t.ago(15);
  const wording = {
    worker: WORKER,
    concern: 'neglect and the risk from an unassessed new partner',
    change: 'the new partner is assessed and the home is safe for a baby',
    visitsEvery: 'every 10 working days',
    coreGroupEvery: 'every 4 weeks',
  };
  return {
    scenario: 'A child seen at every visit but never alone; a pre-verbal baby',
    views: [{ system: 'gridcase', caseId: 'GC-2002' }],
    family: 'Dovecote',
    address: '21 Heron Close, Northmoor NM6 2LT',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 2',
    worker: WORKER,
    conferenceChair: 'Ruth Calloway (independent chair)',
    notes: ['Mother always present at visits; Kai says little in front of her.'],
    schools: { [KAI]: 'St Aidan’s Primary School' },
    minutes: {
      [cg1]: 'Plan agreed. Health visitor to increase visits for Isla.',
      [cg2]: 'Kai quiet at school. Worker to arrange to see him alone at school.',
    },
    record: {
      caseId: 'GC-2002',
      region: 'england-and-wales',
      children: [
        {
          id: KAI,
          name: 'Kai Dovecote',
          dateOfBirth: t.born(10, 15),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
        {
          id: ISLA,
          name: 'Isla Dovecote',
          dateOfBirth: t.born(0, 215),
          preVerbal: true,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: t.ago(45),
      reviewConferences: [{ date: t.ahead(33), status: 'scheduled' }],
      coreGroups: [
        heldCoreGroup(t, cg1, members, [], 4),
        heldCoreGroup(t, cg2, members.slice(0, 3), ['Ben Tarrant (SENCo)'], 3),
        scheduledCoreGroup(t.ahead(9)),
      ],
      visits: visitsEvery(
        t,
        [42, 33, 24, 15, 6],
        [
          { id: KAI, alone: false },
          { id: ISLA, alone: false },
        ],
      ),
      schoolMoves: [],
      plans: [
        plan(KAI, { ...wording, child: 'Kai', school: 'St Aidan’s Primary School' }, [
          {
            text: 'Social worker to see Kai alone at school before each core group.',
            owner: WORKER,
            due: t.ahead(9),
            measure: 'Kai’s own words recorded at each core group.',
            status: 'not-started',
          },
          {
            text: 'Police and children’s services checks on mother’s new partner.',
            owner: WORKER,
            due: t.ahead(14),
            measure: 'Checks completed and shared with the core group.',
            status: 'in-progress',
          },
        ]),
        plan(
          ISLA,
          {
            ...wording,
            child: 'Isla',
            school: 'the baby clinic',
            childViews:
              'Isla is a baby: the worker and health visitor observe how she responds to her mother at each visit.',
          },
          [
            {
              text: 'Health visitor to see Isla weekly and check weight and development.',
              owner: 'Nadia Osei (health visitor)',
              due: t.ahead(33),
              measure: 'Weight on or above her centile at each check.',
              status: 'in-progress',
            },
          ],
        ),
      ],
    },
  };
}
