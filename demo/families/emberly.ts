import type { DemoCase } from '../cases';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const NOAH = 'P-300527';
const GRACE = 'P-300528';
const WORKER = 'Casey Lindqvist';

/**
 * Noah's plan misses four sections and has actions with no owner, no date or no measure, one
 * drifting past its date; he moved school six days ago. One visit did not record whether Grace
 * was seen alone: that is "not recorded", never "no".
 */
export function emberly(t: Timeline): DemoCase {
  const members = [
    `${WORKER} (social worker, Northmoor Council)`,
    'Jess Emberly (mother)',
    'Rob Emberly (father)',
    'Faye Dunmore (family support worker)',
    'Gita Sandhu (designated safeguarding lead, Fallowfield High School)',
  ];
  const [cg1, cg2, cg3, cg4, cg5] = [104, 80, 56, 32, 9].map((d) => t.ago(d)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const review = t.ago(28);
  const visits = visitsEvery(
    t,
    [106, 96, 86, 76, 66, 56, 46, 36, 24, 14, 4],
    [
      { id: NOAH, alone: true },
      { id: GRACE, alone: true },
    ],
  );
  const unrecorded = visits[8]?.children[1];
  if (unrecorded) delete unrecorded.seenAlone;
  const wording = {
    worker: WORKER,
    concern: 'emotional harm from conflict between their parents',
    change: 'the parents resolve disagreements without shouting or threats',
    visitsEvery: 'every 10 days',
    coreGroupEvery: 'every 4 weeks',
  };
  return {
    scenario: 'Plan missing sections and actions that are not SMART; a school move',
    views: [{ system: 'careflow', caseId: 'CF-1003' }],
    family: 'Emberly',
    address: '7 Orchard Terrace, Northmoor NM3 9BW',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 1',
    worker: WORKER,
    conferenceChair: 'Ruth Calloway (independent chair)',
    notes: [
      'Noah moved from Fallowfield High School to Northmoor Academy after a managed move.',
      'Plan sections to be completed at the next core group.',
    ],
    schools: { [NOAH]: 'Northmoor Academy', [GRACE]: 'Fallowfield Infant School' },
    minutes: {
      [cg1]: 'Plan partly agreed; several sections left to complete.',
      [cg2]: 'Parents attending couples support. Noah excluded for a day.',
      [cg3]: 'Managed move for Noah discussed with both schools.',
      [cg4]: 'Review conference outcome: plan continues. Sections still missing.',
      [cg5]: 'Noah’s move agreed. Family support sessions have lapsed.',
    },
    record: {
      caseId: 'CF-1003',
      region: 'england-and-wales',
      children: [
        {
          id: NOAH,
          name: 'Noah Emberly',
          dateOfBirth: t.born(13, 90),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
        {
          id: GRACE,
          name: 'Grace Emberly',
          dateOfBirth: t.born(7, 10),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: t.ago(110),
      reviewConferences: [
        { date: review, status: 'held', reportSharedDate: t.before(review, 10) },
        { date: t.ahead(140), status: 'scheduled' },
      ],
      coreGroups: [
        heldCoreGroup(t, cg1, members, [], 3),
        heldCoreGroup(t, cg2, members.slice(0, 4), [members[4] ?? ''], 6),
        heldCoreGroup(t, cg3, members, [], 3),
        heldCoreGroup(t, cg4, members.slice(0, 3), members.slice(3), 2),
        heldCoreGroup(t, cg5, members, []),
        scheduledCoreGroup(t.ahead(14)),
      ],
      visits,
      schoolMoves: [{ childId: NOAH, date: t.ago(6) }],
      plans: [
        plan(
          NOAH,
          { ...wording, child: 'Noah', school: 'Northmoor Academy' },
          [
            {
              text: 'Noah to be offered a mentor at his new school.',
              due: t.ahead(20),
              measure: 'Noah meets his mentor weekly and says it helps.',
              status: 'not-started',
            },
            {
              text: 'Father to complete anger management work.',
              owner: 'Rob Emberly (father)',
              status: 'in-progress',
            },
            {
              text: 'Weekly family support sessions at home.',
              owner: 'Faye Dunmore (family support worker)',
              due: t.ago(20),
              measure: 'Eight sessions completed; parents use the agreed calm-down plan.',
              status: 'drifted',
            },
            {
              text: 'Transition plan for the move to Northmoor Academy.',
              owner: WORKER,
              due: t.ago(10),
              measure: 'Noah attends every day of his first two weeks.',
              status: 'done',
            },
          ],
          ['resources', 'contingency', 'child-views', 'success-measures'],
        ),
        plan(
          GRACE,
          { ...wording, child: 'Grace', school: 'Fallowfield Infant School' },
          [
            {
              text: 'School to give Grace a daily check-in with her teaching assistant.',
              owner: 'Fallowfield Infant School',
              due: t.ago(5),
              measure: 'Check-ins logged and shared with the core group.',
              status: 'in-progress',
            },
            {
              text: 'Parents to agree a plan for arguments that keeps Grace out of them.',
              owner: 'Jess and Rob Emberly (parents)',
              due: t.ahead(25),
              measure: 'Grace says the shouting has stopped.',
            },
          ],
          ['contacts'],
        ),
      ],
    },
  };
}
