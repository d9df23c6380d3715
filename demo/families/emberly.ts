import type { DemoCase } from '../cases';
import { apology, member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const NOAH = 'P-300527';
const GRACE = 'P-300528';
const WORKER = 'Casey Lindqvist';

const MENTOR = 'Noah to be offered a mentor at his new school.';
const ANGER = 'Father to complete anger management work.';
const FAMILY_SUPPORT = 'Weekly family support sessions at home.';
const TRANSITION = 'Transition plan for the move to Northmoor Academy.';
const CHECK_IN = 'School to give Grace a daily check-in with her teaching assistant.';
const ARGUMENTS = 'Parents to agree a plan for arguments that keeps Grace out of them.';

/**
 * Noah's plan misses four sections and has actions with no owner, no date or no measure, one
 * drifting past its date; he moved school six days ago. One visit did not record whether Grace
 * was seen alone: that is "not recorded", never "no". The latest core group has gaps: neither
 * the lead social worker nor a parent attended (no reason recorded), the GP sent apologies with
 * no written update, no next date or future dates were set, and the family support sessions
 * were carried over as drifted from the meeting before.
 */
export function emberly(t: Timeline): DemoCase {
  const casey = member(WORKER, 'lead social worker', 'Northmoor Council');
  const jess = member('Jess Emberly', 'mother');
  const rob = member('Rob Emberly', 'father');
  const faye = member('Faye Dunmore', 'family support worker');
  const gita = member('Gita Sandhu', 'designated safeguarding lead', 'Fallowfield High School');
  const gp = member('Dr Imran Shah', 'GP', 'Orchard Medical Centre');
  const members = [casey, jess, rob, faye, gita];
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
    scenario:
      'Plan missing sections and actions that are not SMART; a school move; the latest core group with gaps',
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
        heldCoreGroup(t, cg2, members.slice(0, 4), [apology(gita)], 6),
        heldCoreGroup(t, cg3, members, [], 3),
        heldCoreGroup(t, cg4, [casey, jess, rob], [apology(faye, true), apology(gita, true)], 2, {
          chair: casey,
          actionProgress: [
            { action: ANGER, status: 'in-progress' },
            { action: FAMILY_SUPPORT, status: 'drifted' },
            { action: TRANSITION, status: 'in-progress' },
            { action: CHECK_IN, status: 'in-progress' },
          ],
          riskTrend: 'stable',
          householdChanges: [],
        }),
        heldCoreGroup(t, cg5, [faye, gita], [apology(casey, true), apology(gp, false)], undefined, {
          chair: gita,
          childSituation:
            'Noah has started at Northmoor Academy after a managed move; Grace is quiet at school.',
          actionProgress: [
            { action: MENTOR, status: 'not-started' },
            { action: ANGER, status: 'in-progress' },
            { action: FAMILY_SUPPORT, status: 'drifted', carriedOver: true },
            { action: TRANSITION, status: 'done' },
            { action: CHECK_IN, status: 'in-progress' },
            { action: ARGUMENTS, status: 'not-started' },
          ],
          riskTrend: 'stable',
          nonCooperation: {
            level: 'some',
            notes: 'Parents cancelled three family support sessions.',
          },
          newActions: [{ text: MENTOR, due: t.ahead(20) }],
          parentsViews: null,
          childViews: 'Noah says the new school is better and he wants a mentor.',
          parentsAbsenceReason: null,
          nextMeetingDate: null,
          futureDatesAgreed: [],
          householdChanges: [],
        }),
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
              text: MENTOR,
              due: t.ahead(20),
              measure: 'Noah meets his mentor weekly and says it helps.',
              status: 'not-started',
            },
            {
              text: ANGER,
              owner: 'Rob Emberly (father)',
              status: 'in-progress',
            },
            {
              text: FAMILY_SUPPORT,
              owner: 'Faye Dunmore (family support worker)',
              due: t.ago(20),
              measure: 'Eight sessions completed; parents use the agreed calm-down plan.',
              status: 'drifted',
            },
            {
              text: TRANSITION,
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
              text: CHECK_IN,
              owner: 'Fallowfield Infant School',
              due: t.ago(5),
              measure: 'Check-ins logged and shared with the core group.',
              status: 'in-progress',
            },
            {
              text: ARGUMENTS,
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
