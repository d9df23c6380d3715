import type { DemoCase } from '../cases';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const MIA = 'P-300142';
const LEO = 'P-300143';
const WORKER = 'Sam Oakhurst';

/**
 * Everything on time, shown in both systems so readers of the two markups can be compared:
 * core groups every 24 days from 6 days after the ICPC, weekly visits with each child seen
 * alone, a review booked 78 days after the ICPC, complete plans with SMART actions.
 */
export function ambledown(t: Timeline): DemoCase {
  const icpc = t.ago(66);
  const members = [
    `${WORKER} (social worker, Northmoor Council)`,
    'Dana Ambledown (mother)',
    'Hazel Finch (class teacher, Larkspur Primary School)',
    'Tomasz Reed (school nurse)',
  ];
  const cg1 = t.ago(60);
  const cg2 = t.ago(36);
  const cg3 = t.ago(12);
  const wording = {
    worker: WORKER,
    concern: 'neglect of their basic care',
    change: 'the home is clean, warm and has food in every day',
    school: 'Larkspur Primary School',
    visitsEvery: 'every week',
    coreGroupEvery: 'every 4 weeks',
  };
  return {
    scenario: 'All on time (shown in both systems)',
    views: [
      { system: 'careflow', caseId: 'CF-1001' },
      { system: 'gridcase', caseId: 'GC-2004' },
    ],
    family: 'Ambledown',
    address: '14 Larkspur Row, Northmoor NM4 7QZ',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 2',
    worker: WORKER,
    conferenceChair: 'Priya Wendover (independent chair)',
    notes: [
      'Mother engaging well with the family support worker.',
      'Father not in the household; contact supervised at the family centre.',
    ],
    schools: { [MIA]: 'Larkspur Primary School', [LEO]: 'Larkspur Primary School' },
    minutes: {
      [cg1]: 'First core group. Plan agreed; chair and vice chair agreed. Risk stable.',
      [cg2]: 'Home conditions improving. Food bank referral made. Risk decreasing.',
      [cg3]: 'All actions on track. Children say home feels calmer.',
    },
    record: {
      caseId: 'CF-1001',
      region: 'england-and-wales',
      children: [
        {
          id: MIA,
          name: 'Mia Ambledown',
          dateOfBirth: t.born(9, 40),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
        {
          id: LEO,
          name: 'Leo Ambledown',
          dateOfBirth: t.born(6, 200),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: icpc,
      reviewConferences: [{ date: t.ahead(12), status: 'scheduled' }],
      coreGroups: [
        heldCoreGroup(t, cg1, members, [], 3),
        heldCoreGroup(t, cg2, members.slice(0, 3), ['Tomasz Reed (school nurse)'], 3),
        heldCoreGroup(t, cg3, members, [], 3),
        scheduledCoreGroup(t.ahead(5)),
      ],
      visits: visitsEvery(
        t,
        [62, 55, 48, 41, 34, 27, 20, 13, 6],
        [
          { id: MIA, alone: true },
          { id: LEO, alone: true },
        ],
      ),
      schoolMoves: [],
      plans: [
        plan(MIA, { ...wording, child: 'Mia' }, [
          {
            text: 'Mother to attend the six-week parenting course at the family centre.',
            owner: 'Dana Ambledown (mother)',
            due: t.ahead(30),
            measure: 'Course certificate; mother describes two changes she has made.',
            status: 'in-progress',
          },
          {
            text: 'Referral to the food bank and help to claim the correct benefits.',
            owner: WORKER,
            due: t.ago(40),
            measure: 'Food in the home at every visit; benefits claim decided.',
            status: 'done',
          },
        ]),
        plan(LEO, { ...wording, child: 'Leo' }, [
          {
            text: 'School nurse to complete a health check, including his hearing.',
            owner: 'Tomasz Reed (school nurse)',
            due: t.ahead(20),
            measure: 'Health check report shared with the core group.',
            status: 'not-started',
          },
        ]),
      ],
    },
  };
}
