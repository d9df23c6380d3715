import type { DemoCase } from '../cases';
import { plan, planSections } from './plan-text';
import type { Timeline } from './timeline';
import { visitsEvery } from './timeline';

const AVA = 'P-300218';
const WORKER = 'Jordan Pike';

/** Markup a case system's users can type into free-text fields: the demo must show it as text. */
export const HOSTILE_IMG = '<img src=x onerror="alert(1)">';
export const HOSTILE_SCRIPT = '<script>alert(2)</script>';
export const HOSTILE_TEXTAREA = '</textarea><script>alert(3)</script>';

/**
 * First core group overdue: the ICPC was about three and a half weeks ago (at least 24 days,
 * more than 10 working days even over Christmas) and no core group has been held or booked.
 * Its free-text fields also carry markup, which every page must escape.
 */
export function brightwater(t: Timeline): DemoCase {
  const wording = {
    child: 'Ava',
    worker: WORKER,
    concern: 'domestic abuse between the adults',
    change: 'there are no incidents of domestic abuse in the home',
    school: 'Harrowgate Academy',
    visitsEvery: 'every 10 working days',
    coreGroupEvery: 'every 6 weeks',
  };
  const avaPlan = plan(AVA, wording, [
    {
      text: `Mother to attend the Freedom Programme ${HOSTILE_SCRIPT}`,
      owner: 'Kelly Brightwater (mother)',
      due: t.ahead(60),
      measure: 'Attendance record from the programme; mother can name warning signs.',
      status: 'not-started',
    },
    {
      text: 'Safety plan agreed with Ava and her mother, copy held by school.',
      owner: WORKER,
      due: t.ahead(7),
      measure: 'Ava can say who she would call and where she would go.',
      status: 'in-progress',
    },
  ]);
  avaPlan.sections['child-views'] =
    `${planSections(wording)['child-views']} She wrote: ${HOSTILE_TEXTAREA}`;
  return {
    scenario: 'First core group overdue; free text containing markup',
    views: [{ system: 'careflow', caseId: 'CF-1002' }],
    family: `Brightwater ${HOSTILE_IMG}`,
    address: '3 Quarry Lane, Northmoor NM2 5HX',
    localAuthority: 'Northmoor Council',
    team: 'Northmoor Safeguarding Team 1',
    worker: WORKER,
    conferenceChair: 'Ruth Calloway (independent chair)',
    notes: [
      `Text pasted from an email by mistake: ${HOSTILE_SCRIPT}`,
      'Core group not yet booked: the school could not offer a room.',
    ],
    schools: { [AVA]: 'Harrowgate Academy' },
    minutes: {},
    record: {
      caseId: 'CF-1002',
      region: 'england-and-wales',
      children: [
        {
          id: AVA,
          name: 'Ava Brightwater',
          dateOfBirth: t.born(11, 75),
          preVerbal: false,
          seenAloneNotRequired: false,
        },
      ],
      icpcDate: t.ago(24),
      reviewConferences: [],
      coreGroups: [],
      visits: visitsEvery(t, [22, 12, 5], [{ id: AVA, alone: true }]),
      schoolMoves: [],
      plans: [avaPlan],
    },
  };
}
