import type { DemoCase } from '../cases';
import { apology, member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const MIA = 'P-300142';
const LEO = 'P-300143';
const WORKER = 'Sam Oakhurst';

const PARENTING = 'Mother to attend the six-week parenting course at the family centre.';
const FOOD_BANK = 'Referral to the food bank and help to claim the correct benefits.';
const HEALTH_CHECK = 'School nurse to complete a health check, including his hearing.';

/**
 * Everything on time, shown in both systems so readers of the two markups can be compared:
 * core groups every 24 days from 6 days after the ICPC, weekly visits with each child seen
 * alone, a review booked 78 days after the ICPC, complete plans with SMART actions, and every
 * core group fully recorded (the exemplary meeting record: no gap).
 */
export function ambledown(t: Timeline): DemoCase {
  const icpc = t.ago(66);
  const sam = member(WORKER, 'lead social worker', 'Northmoor Council');
  const dana = member('Dana Ambledown', 'mother');
  const hazel = member('Hazel Finch', 'class teacher', 'Larkspur Primary School');
  const tomasz = member('Tomasz Reed', 'school nurse');
  const members = [sam, dana, hazel, tomasz];
  const cg1 = t.ago(60);
  const cg2 = t.ago(36);
  const cg3 = t.ago(12);
  const next = t.ahead(5);
  const recorded = {
    chair: sam,
    viceChair: hazel,
    nonCooperation: { level: 'none' as const },
    householdChanges: [],
  };
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
        heldCoreGroup(t, cg1, members, [], 3, {
          ...recorded,
          childSituation:
            'Mia and Leo are attending school every day; the home is cold and short of food.',
          actionProgress: [
            { action: PARENTING, status: 'not-started' },
            { action: FOOD_BANK, status: 'in-progress' },
          ],
          riskTrend: 'stable',
          newActions: [
            { text: PARENTING, owner: 'Dana Ambledown (mother)', due: t.ahead(30) },
            { text: FOOD_BANK, owner: WORKER, due: t.ago(40) },
          ],
          parentsViews: 'Dana agrees with the plan and wants help with money and meals.',
          childViews: 'Mia says she is hungry at school some days; Leo wants his room warmer.',
          nextMeetingDate: cg2,
          futureDatesAgreed: [cg2, cg3, next],
        }),
        heldCoreGroup(t, cg2, members.slice(0, 3), [apology(tomasz, true)], 3, {
          ...recorded,
          childSituation: 'Food in the home at every visit; the heating has been repaired.',
          actionProgress: [
            { action: PARENTING, status: 'in-progress' },
            { action: FOOD_BANK, status: 'done' },
          ],
          riskTrend: 'decreasing',
          newActions: [
            { text: HEALTH_CHECK, owner: 'Tomasz Reed (school nurse)', due: t.ahead(20) },
          ],
          parentsViews: 'Dana says the course is helping her plan the week.',
          childViews: 'Mia says there is always breakfast now.',
          nextMeetingDate: cg3,
          futureDatesAgreed: [cg3, next],
        }),
        heldCoreGroup(t, cg3, members, [], 3, {
          ...recorded,
          childSituation: 'Both children settled and well cared for; school reports no concerns.',
          actionProgress: [
            { action: PARENTING, status: 'in-progress' },
            { action: HEALTH_CHECK, status: 'not-started', due: t.ahead(20) },
          ],
          riskTrend: 'decreasing',
          newActions: [],
          parentsViews:
            'Dana feels the family no longer needs a plan and wants the review to say so.',
          childViews: 'Mia and Leo say home feels calmer.',
          nextMeetingDate: next,
          futureDatesAgreed: [next],
        }),
        scheduledCoreGroup(next),
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
            text: PARENTING,
            owner: 'Dana Ambledown (mother)',
            due: t.ahead(30),
            measure: 'Course certificate; mother describes two changes she has made.',
            status: 'in-progress',
          },
          {
            text: FOOD_BANK,
            owner: WORKER,
            due: t.ago(40),
            measure: 'Food in the home at every visit; benefits claim decided.',
            status: 'done',
          },
        ]),
        plan(LEO, { ...wording, child: 'Leo' }, [
          {
            text: HEALTH_CHECK,
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
