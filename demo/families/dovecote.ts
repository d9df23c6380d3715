import type { DemoCase } from '../cases';
import { apology, member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const KAI = 'P-300411';
const ISLA = 'P-300412';
const WORKER = 'Alex Brennan';

const SEE_KAI = 'Social worker to see Kai alone at school before each core group.';
const PARTNER_CHECKS = 'Police and children’s services checks on mother’s new partner.';
const WEIGH_ISLA = 'Health visitor to see Isla weekly and check weight and development.';

/**
 * Kai (10) is seen at every visit but never alone, with no decision that he need not be: the
 * gap the seen-alone check exists for. His sister Isla is a baby, pre-verbal, seen every time.
 * Both core groups recorded risk as increasing; the second recorded the mother's new partner
 * in the household, not yet assessed, and carried over, not started, the plan to see Kai alone.
 */
export function dovecote(t: Timeline): DemoCase {
  const alex = member(WORKER, 'lead social worker', 'Northmoor Council');
  const chloe = member('Chloe Dovecote', 'mother');
  const nadia = member('Nadia Osei', 'health visitor');
  const ben = member('Ben Tarrant', 'SENCo', 'St Aidan’s Primary School');
  const members = [alex, chloe, nadia, ben];
  const cg1 = t.ago(39);
  const cg2 = t.ago(15);
  const next = t.ahead(9);
  const later = t.ahead(27);
  const wording = {
    worker: WORKER,
    concern: 'neglect and the risk from an unassessed new partner',
    change: 'the new partner is assessed and the home is safe for a baby',
    visitsEvery: 'every 10 working days',
    coreGroupEvery: 'every 4 weeks',
  };
  return {
    scenario:
      'A child seen at every visit but never alone; a pre-verbal baby; risk rising at two core groups and a new partner not assessed',
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
        heldCoreGroup(t, cg1, members, [], 4, {
          chair: alex,
          viceChair: nadia,
          childSituation: 'Kai is withdrawn at school; Isla is under her weight centile.',
          actionProgress: [
            { action: SEE_KAI, status: 'not-started' },
            { action: WEIGH_ISLA, status: 'in-progress' },
          ],
          riskTrend: 'increasing',
          nonCooperation: { level: 'none' },
          newActions: [
            { text: SEE_KAI, owner: WORKER, due: next },
            { text: WEIGH_ISLA, owner: 'Nadia Osei (health visitor)', due: t.ahead(33) },
          ],
          parentsViews: 'Chloe says the family is coping and does not need visits.',
          childViews: 'Kai said little with his mother in the room.',
          nextMeetingDate: cg2,
          futureDatesAgreed: [cg2, next, later],
          householdChanges: [],
        }),
        heldCoreGroup(t, cg2, members.slice(0, 3), [apology(ben, true)], 3, {
          chair: alex,
          viceChair: nadia,
          childSituation:
            'Mother’s new partner has moved in; Kai is quieter still and Isla’s weight has dropped.',
          actionProgress: [
            { action: SEE_KAI, status: 'not-started' },
            { action: PARTNER_CHECKS, status: 'in-progress' },
            { action: WEIGH_ISLA, status: 'in-progress' },
          ],
          riskTrend: 'increasing',
          nonCooperation: {
            level: 'some',
            notes: 'Mother reluctant to give the partner’s full name and date of birth.',
          },
          newActions: [{ text: PARTNER_CHECKS, owner: WORKER, due: t.ahead(14) }],
          parentsViews: 'Chloe says her partner is good with the children.',
          childViews: 'Kai would not talk about the new partner.',
          nextMeetingDate: next,
          futureDatesAgreed: [next, later],
          householdChanges: [
            {
              name: 'Craig Dunn',
              relationship: 'mother’s partner',
              since: t.ago(30),
              assessed: false,
            },
          ],
        }),
        scheduledCoreGroup(next),
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
            text: SEE_KAI,
            owner: WORKER,
            due: t.ahead(9),
            measure: 'Kai’s own words recorded at each core group.',
            status: 'not-started',
          },
          {
            text: PARTNER_CHECKS,
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
              text: WEIGH_ISLA,
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
