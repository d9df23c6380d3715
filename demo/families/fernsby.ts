import type { DemoCase } from '../cases';
import { member } from './meeting-record';
import { plan } from './plan-text';
import { heldCoreGroup, type Timeline, visitsEvery } from './timeline';

const POPPY = 'P-300744';
const WORKER = 'Robin Castellane';

/**
 * A plan that has ended: the second review conference, about six weeks ago, ended it. Nothing
 * is due any more; the history stays on the pages as a real system keeps it.
 */
export function fernsby(t: Timeline): DemoCase {
  const members = [
    member(WORKER, 'lead social worker', 'Northmoor Council'),
    member('Marie Fernsby', 'mother'),
    member('Dev Patel', 'youth worker'),
    member('Sian Holt', 'designated safeguarding lead', 'Northmoor Academy'),
  ];
  const coreGroupDays = [292, 262, 232, 202, 172, 142, 112, 82, 52];
  const coreGroupDates = coreGroupDays.map((d) => t.ago(d));
  const firstReview = t.ago(215);
  const ended = t.ago(40);
  const visitDays = Array.from({ length: 22 }, (_, i) => 296 - 12 * i);
  return {
    scenario: 'Plan ended at the last review conference',
    views: [{ system: 'careflow', caseId: 'CF-1004' }],
    family: 'Fernsby',
    address: '40 Gorse Hill Road, Northmoor NM5 8RA',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 3',
    worker: WORKER,
    conferenceChair: 'Priya Wendover (independent chair)',
    notes: ['Child protection plan ended; stepped down to a child in need plan.'],
    schools: { [POPPY]: 'Northmoor Academy' },
    minutes: Object.fromEntries(
      coreGroupDates.map((date, i) => [date, `Meeting ${i + 1}: actions reviewed, risk stable.`]),
    ),
    record: {
      caseId: 'CF-1004',
      region: 'england-and-wales',
      children: [
        {
          id: POPPY,
          name: 'Poppy Fernsby',
          dateOfBirth: t.born(15, 60),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: t.ago(300),
      planEndDate: ended,
      reviewConferences: [
        { date: firstReview, status: 'held', reportSharedDate: t.before(firstReview, 7) },
        { date: ended, status: 'held', reportSharedDate: t.before(ended, 7) },
      ],
      coreGroups: coreGroupDates.map((date, i) =>
        heldCoreGroup(t, date, i % 3 === 1 ? members.slice(0, 3) : members, [], 3),
      ),
      visits: visitsEvery(t, visitDays, [{ id: POPPY, alone: true }]),
      schoolMoves: [],
      plans: [
        plan(
          POPPY,
          {
            child: 'Poppy',
            worker: WORKER,
            concern: 'criminal exploitation outside the home',
            change:
              'Poppy is home by the agreed time and no longer in contact with the adults exploiting her',
            school: 'Northmoor Academy',
            visitsEvery: 'every 10 working days',
            coreGroupEvery: 'every 4 weeks',
          },
          [
            {
              text: 'Youth worker to meet Poppy weekly.',
              owner: 'Dev Patel (youth worker)',
              due: t.ago(60),
              measure: 'Poppy attends and sets her own goals.',
              status: 'done',
            },
          ],
        ),
      ],
    },
  };
}
