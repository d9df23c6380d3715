import { PRACTICE_LEAD_CHAIRS_FIRST_OFF, SAME_CHAIR_EVERY_MEETING_OFF } from './meeting-sources';
import type { Procedure } from './procedure';
import type { RuleSource, Timescale } from './timescale';

const WORKING_TOGETHER: RuleSource = {
  title: 'Working Together to Safeguard Children 2023 (HM Government, statutory guidance)',
  paragraph: 'Child protection conferences and the child protection plan',
  url: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
};

const local = (title: string, note?: string): RuleSource => ({
  title,
  ...(note ? { note } : {}),
});

const workingDays = (amount: number, source: RuleSource): Timescale => ({
  amount,
  unit: 'working-days',
  dayZero: 'event',
  source,
});

/**
 * England's default: Working Together's national timescales, and for the numbers it leaves to
 * local partnerships, the common rule in published local procedures (see docs/rules.md).
 */
export const ENGLAND: Procedure = {
  id: 'england',
  name: 'England (Working Together 2023, common local rules)',
  description:
    'The default everywhere. National timescales from Working Together; core group, minutes, ' +
    'report and visit frequencies from the most common rule in published local procedures.',
  terms: { initialConference: 'ICPC', reviewConference: 'review conference' },
  firstCoreGroup: workingDays(10, WORKING_TOGETHER),
  coreGroupInterval: {
    amount: 6,
    unit: 'weeks',
    dayZero: 'event',
    source: local(
      'Local child protection procedures: Newham; Tees Safeguarding Children Partnerships',
      'Working Together sets no national core group interval; "at least every 6 weeks" (42 days) is the common local rule.',
    ),
  },
  finalCoreGroupBeforeReview: workingDays(
    15,
    local('Newham Safeguarding Children Partnership procedures'),
  ),
  firstReview: { amount: 3, unit: 'calendar-months', dayZero: 'event', source: WORKING_TOGETHER },
  laterReviews: { amount: 6, unit: 'calendar-months', dayZero: 'event', source: WORKING_TOGETHER },
  minutesCirculated: workingDays(
    5,
    local('St Helens Safeguarding Children Partnership procedures'),
  ),
  reviewReportShared: workingDays(
    2,
    local(
      'St Helens Safeguarding Children Partnership procedures',
      '"At least 48 hours before the conference", counted as 2 working days.',
    ),
  ),
  schoolMoveCoreGroup: workingDays(
    10,
    local('Newham Safeguarding Children Partnership procedures'),
  ),
  visitFrequency: workingDays(
    10,
    local('Local child protection procedures: Liverpool; Central Bedfordshire'),
  ),
  seenAlone: {
    policy: 'every-visit',
    source: {
      ...WORKING_TOGETHER,
      note: 'Each child seen and spoken to alone at each visit, or the reason recorded; pre-verbal children are seen (as local procedures restate Working Together).',
    },
  },
  dueSoon: workingDays(
    5,
    local(
      'Core Group Lens default',
      'A display choice, not a statutory timescale: deadlines within 5 working days show as due soon.',
    ),
  ),
  practiceLeadChairsFirstCoreGroup: PRACTICE_LEAD_CHAIRS_FIRST_OFF,
  flagSameChairEveryMeeting: SAME_CHAIR_EVERY_MEETING_OFF,
};

/** Core groups every 4 weeks, minutes within 7 days, last core group 10 working days before review. */
export const ENGLAND_4_WEEKLY: Procedure = {
  ...ENGLAND,
  id: 'england-4-weekly',
  name: 'England, 4-weekly core groups',
  description:
    'As England, with core groups every 4 weeks (Sefton, Newcastle, Blackpool), minutes within ' +
    '7 days (Newham) and the last core group within 10 working days of a review (Blackpool).',
  coreGroupInterval: {
    amount: 4,
    unit: 'weeks',
    dayZero: 'event',
    source: local('Local child protection procedures: Sefton; Newcastle; Blackpool'),
  },
  minutesCirculated: {
    amount: 7,
    unit: 'calendar-days',
    dayZero: 'event',
    source: local('Newham Safeguarding Children Partnership procedures'),
  },
  finalCoreGroupBeforeReview: workingDays(
    10,
    local('Blackpool Safeguarding Partnership procedures'),
  ),
};

/** Core groups every calendar month; the review report shared 5 working days ahead. */
export const ENGLAND_MONTHLY: Procedure = {
  ...ENGLAND,
  id: 'england-monthly',
  name: 'England, monthly core groups',
  description:
    'As England, with core groups every calendar month (Liverpool, St Helens) and the report for ' +
    'a review shared 5 working days before it (Liverpool, Swindon).',
  coreGroupInterval: {
    amount: 1,
    unit: 'calendar-months',
    dayZero: 'event',
    source: local('Local child protection procedures: Liverpool; St Helens'),
  },
  reviewReportShared: workingDays(
    5,
    local(
      'Local child protection procedures: Liverpool; Swindon',
      '2 working days before an initial conference, 5 before a review; this rule checks reviews.',
    ),
  ),
};

/** Visits counted in calendar days from the visit itself; seen alone on alternate visits. */
export const ENGLAND_10_DAY_VISITS: Procedure = {
  ...ENGLAND,
  id: 'england-10-day-visits',
  name: 'England, visits every 10 calendar days, seen alone at least alternately',
  description:
    'As England, with statutory visits every 10 days counted from the visit as day 0 regardless ' +
    'of bank holidays (Camden), and each child seen alone on at least alternate visits (London).',
  visitFrequency: {
    amount: 10,
    unit: 'calendar-days',
    countBankHolidays: true,
    dayZero: 'event',
    source: local('Camden Safeguarding Children Partnership procedures'),
  },
  seenAlone: {
    policy: 'alternate-visits',
    source: local(
      'London Safeguarding Children Procedures (as applied in Southwark)',
      'Alone on at least alternate visits, and the bedroom seen.',
    ),
  },
};
