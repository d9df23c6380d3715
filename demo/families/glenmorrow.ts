import type { DemoCase } from '../cases';
import { member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const CALLUM = 'P-400711';
const EILIDH = 'P-400712';
const WORKER = 'Fiona Baird';

/**
 * A Scottish case, on time under the National Guidance for Child Protection in Scotland (2021,
 * updated 2023): its pages say Child Protection Planning Meeting (CPPM), not conference; the
 * first core group 16 to 20 days after the CPPM (within 15 working days) and the next booked
 * within 4 weeks; Scottish bank holidays apply to its working days.
 */
export function glenmorrow(t: Timeline): DemoCase {
  const members = [
    member(WORKER, 'lead social worker', 'Glenbrae Council'),
    member('Morag Glenmorrow', 'mother'),
    member('Ewan Strachan', 'guidance teacher', 'Glenbrae High School'),
    member('Ailsa Kerr', 'health visitor'),
  ];
  const cg1 = t.ago(12);
  const wording = {
    worker: WORKER,
    concern: 'harm from parental drug use',
    change:
      'mother engages with the recovery service and the children are cared for by a sober adult',
    visitsEvery: 'every week',
    coreGroupEvery: 'every 4 weeks',
  };
  return {
    scenario: 'Scottish case (CPPM), on time',
    views: [{ system: 'gridcase', caseId: 'GC-2003' }],
    family: 'Glenmorrow',
    address: '5 Birchwood Crescent, Glenbrae GB7 1NS',
    localAuthority: 'Glenbrae Council',
    team: 'Glenbrae Children and Families East',
    worker: WORKER,
    conferenceChair: 'Duncan Moir (CPPM chair)',
    notes: ['Grandmother provides care at weekends; kinship assessment under way.'],
    schools: { [CALLUM]: 'Glenbrae High School', [EILIDH]: 'Rowan Nursery' },
    minutes: { [cg1]: 'First core group. Plan agreed; grandmother joined the meeting.' },
    record: {
      caseId: 'GC-2003',
      region: 'scotland',
      children: [
        {
          id: CALLUM,
          name: 'Callum Glenmorrow',
          dateOfBirth: t.born(14, 150),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
        {
          id: EILIDH,
          name: 'Eilidh Glenmorrow',
          dateOfBirth: t.born(3, 45),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: t.ago(30),
      reviewConferences: [{ date: t.ahead(50), status: 'scheduled' }],
      coreGroups: [heldCoreGroup(t, cg1, members, [], 3), scheduledCoreGroup(t.ahead(11))],
      visits: visitsEvery(
        t,
        [27, 20, 13, 6],
        [
          { id: CALLUM, alone: true },
          { id: EILIDH, alone: true },
        ],
      ),
      schoolMoves: [],
      plans: [
        plan(CALLUM, { ...wording, child: 'Callum', school: 'Glenbrae High School' }, [
          {
            text: 'Young carers’ group place for Callum.',
            owner: 'Ewan Strachan (guidance teacher)',
            due: t.ahead(21),
            measure: 'Callum attends and says he has time for himself.',
            status: 'in-progress',
          },
        ]),
        plan(EILIDH, { ...wording, child: 'Eilidh', school: 'Rowan Nursery' }, [
          {
            text: 'Nursery place increased to five days.',
            owner: WORKER,
            due: t.ahead(10),
            measure: 'Eilidh attends five days a week.',
            status: 'not-started',
          },
          {
            text: 'Mother to attend the recovery service weekly.',
            owner: 'Morag Glenmorrow (mother)',
            due: t.ahead(40),
            measure: 'Recovery worker confirms attendance and negative tests.',
            status: 'in-progress',
          },
        ]),
      ],
    },
  };
}
