import type { DemoCase } from '../cases';
import { apology, member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, scheduledCoreGroup, type Timeline, visitsEvery } from './timeline';

const EVIE = 'P-300305';
const ALFIE = 'P-300306';
const WORKER = 'Morgan Achterberg';

/**
 * A gap of at least 50 days (over 6 weeks) between the second and third core groups; the
 * meetings since are back on a 26-day cycle. Alfie's conference decided he need not be seen
 * alone (his communication needs), so his visits say "not alone" without a gap to flag.
 */
export function candlewick(t: Timeline): DemoCase {
  const members = [
    member(WORKER, 'lead social worker', 'Northmoor Council'),
    member('Lee Candlewick', 'father'),
    member('Amira Haddad', 'head of year', 'Brookfield Primary School'),
    member('Owen Marsh', 'health visitor'),
  ];
  const [cg1, cg2, cg3, cg4, cg5] = [144, 118, 66, 40, 14].map((d) => t.ago(d)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const review = t.ago(64);
  const wording = {
    worker: WORKER,
    concern: 'harm from their father’s drinking',
    change: 'father stays alcohol-free, tested monthly',
    school: 'Brookfield Primary School',
    visitsEvery: 'every 10 days',
    coreGroupEvery: 'at least every 6 weeks',
  };
  return {
    scenario: 'Gap over 6 weeks between core groups',
    views: [{ system: 'gridcase', caseId: 'GC-2001' }],
    family: 'Candlewick',
    address: 'Flat 2, 88 Mill Street, Northmoor NM1 3DE',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 3',
    worker: WORKER,
    conferenceChair: 'Priya Wendover (independent chair)',
    notes: ['Core group lapsed over the summer while the social worker post was vacant.'],
    schools: { [EVIE]: 'Brookfield Primary School', [ALFIE]: 'Brookfield Primary School' },
    minutes: {
      [cg1]: 'Plan agreed. Father agreed to alcohol testing.',
      [cg2]: 'Testing started. School reports Evie more settled.',
      [cg3]: 'First meeting after the gap. Actions reviewed and dates reset.',
      [cg4]: 'Two negative tests. Risk decreasing.',
      [cg5]: 'Progress maintained. Review conference outcome shared.',
    },
    record: {
      caseId: 'GC-2001',
      region: 'england-and-wales',
      children: [
        {
          id: EVIE,
          name: 'Evie Candlewick',
          dateOfBirth: t.born(8, 120),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
        {
          id: ALFIE,
          name: 'Alfie Candlewick',
          dateOfBirth: t.born(5, 30),
          preVerbal: false,
          seenAloneNotRequired: true,
        },
      ],
      icpcDate: t.ago(150),
      reviewConferences: [
        { date: review, status: 'held', reportSharedDate: t.before(review, 10) },
        { date: t.ahead(100), status: 'scheduled' },
      ],
      coreGroups: [
        heldCoreGroup(t, cg1, members, [], 2),
        heldCoreGroup(
          t,
          cg2,
          members.slice(0, 3),
          members.slice(3).map((m) => apology(m)),
          4,
        ),
        heldCoreGroup(t, cg3, members, [], 3),
        heldCoreGroup(t, cg4, members, [], 3),
        heldCoreGroup(
          t,
          cg5,
          members.slice(0, 2),
          members.slice(2).map((m) => apology(m)),
          3,
        ),
        scheduledCoreGroup(t.ahead(12)),
      ],
      visits: visitsEvery(
        t,
        [145, 135, 125, 115, 105, 95, 85, 75, 65, 55, 45, 35, 25, 15, 5],
        [
          { id: EVIE, alone: true },
          { id: ALFIE, alone: false },
        ],
      ),
      schoolMoves: [],
      plans: [
        plan(EVIE, { ...wording, child: 'Evie' }, [
          {
            text: 'Father to take part in monthly alcohol testing through the recovery service.',
            owner: 'Lee Candlewick (father)',
            due: t.ahead(45),
            measure: 'Six negative tests in a row.',
            status: 'in-progress',
          },
          {
            text: 'School to offer Evie weekly time with the learning mentor.',
            owner: 'Amira Haddad (head of year)',
            due: t.ago(100),
            measure: 'Evie tells the mentor how she is feeling each week.',
            status: 'done',
          },
        ]),
        plan(ALFIE, { ...wording, child: 'Alfie' }, [
          {
            text: 'Speech and language therapy referral, so Alfie can share his views.',
            owner: 'Owen Marsh (health visitor)',
            due: t.ahead(30),
            measure: 'Assessment completed and communication aids in place at home and school.',
            status: 'in-progress',
          },
        ]),
      ],
    },
  };
}
