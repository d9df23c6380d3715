import type { Procedure } from './procedure';
import { ENGLAND } from './procedures-england';
import type { RuleSource, Timescale } from './timescale';

const WALES_PROCEDURES: RuleSource = {
  title: 'Wales Safeguarding Procedures (children at risk)',
  paragraph: 'Part 2, the initial child protection conference: core group and review timescales',
  url: 'https://safeguarding.wales/en/chi-i/chi-i-c3pt2/c3pt2-p13',
};

const SCOTTISH_GUIDANCE: RuleSource = {
  title: 'National Guidance for Child Protection in Scotland 2021, updated 2023',
  paragraph: 'Appendix D: Timescales for stages in child protection processes',
  url: 'https://www.gov.scot/publications/national-guidance-child-protection-scotland-2021-updated-2023/pages/12/',
};

/** A number the national guidance does not set: England's default, marked as such. */
function keptFromEngland(timescale: Timescale, guidance: string): Timescale {
  return {
    ...timescale,
    source: {
      ...timescale.source,
      note: `${guidance} sets no number for this; England's default is kept. Confirm it locally.`,
    },
  };
}

const keptInWales = (t: Timescale) => keptFromEngland(t, 'The Wales Safeguarding Procedures');
const keptInScotland = (t: Timescale) => keptFromEngland(t, 'The Scottish national guidance');

export const WALES: Procedure = {
  id: 'wales',
  name: 'Wales (Wales Safeguarding Procedures)',
  description:
    'Core group within 10 working days of the conference, then monthly (never more than ' +
    '6-weekly); first review within 3 months, then at least every 6 months.',
  terms: { initialConference: 'initial conference', reviewConference: 'review conference' },
  firstCoreGroup: { amount: 10, unit: 'working-days', dayZero: 'event', source: WALES_PROCEDURES },
  coreGroupInterval: {
    amount: 1,
    unit: 'calendar-months',
    dayZero: 'event',
    source: {
      ...WALES_PROCEDURES,
      note: '"Monthly but no more than at 6 weekly intervals": the monthly expectation is checked; a pilot may override to 6 weeks.',
    },
  },
  finalCoreGroupBeforeReview: keptInWales(ENGLAND.finalCoreGroupBeforeReview),
  firstReview: {
    amount: 3,
    unit: 'calendar-months',
    dayZero: 'event',
    source: WALES_PROCEDURES,
  },
  laterReviews: {
    amount: 6,
    unit: 'calendar-months',
    dayZero: 'event',
    source: WALES_PROCEDURES,
  },
  minutesCirculated: keptInWales(ENGLAND.minutesCirculated),
  reviewReportShared: keptInWales(ENGLAND.reviewReportShared),
  schoolMoveCoreGroup: keptInWales(ENGLAND.schoolMoveCoreGroup),
  visitFrequency: keptInWales(ENGLAND.visitFrequency),
  seenAlone: ENGLAND.seenAlone,
  dueSoon: ENGLAND.dueSoon,
  practiceLeadChairsFirstCoreGroup: ENGLAND.practiceLeadChairsFirstCoreGroup,
  flagSameChairEveryMeeting: ENGLAND.flagSameChairEveryMeeting,
};

export const SCOTLAND: Procedure = {
  id: 'scotland',
  name: 'Scotland (National Guidance for Child Protection 2021, updated 2023)',
  description:
    'Child protection planning meetings (CPPM): core group within 15 working days of the CPPM, ' +
    'then every 4 weeks; review CPPM within 6 months, then every 6 months.',
  terms: { initialConference: 'initial CPPM', reviewConference: 'review CPPM' },
  firstCoreGroup: {
    amount: 15,
    unit: 'working-days',
    dayZero: 'event',
    source: { ...SCOTTISH_GUIDANCE, note: 'See also paragraph 3.137 (2021 numbering).' },
  },
  coreGroupInterval: {
    amount: 4,
    unit: 'weeks',
    dayZero: 'event',
    source: {
      ...SCOTTISH_GUIDANCE,
      paragraph: 'Paragraph 3.137 (2021 numbering): the core group meets "on a regular basis"',
      note: 'The guidance sets no interval; 4-weekly is the usual Scottish local practice. Confirm it locally.',
    },
  },
  finalCoreGroupBeforeReview: keptInScotland(ENGLAND.finalCoreGroupBeforeReview),
  firstReview: {
    amount: 6,
    unit: 'calendar-months',
    dayZero: 'event',
    source: {
      ...SCOTTISH_GUIDANCE,
      note: 'Review CPPM within 6 months of the CPPM; after a pre-birth CPPM, within 3 months (override for unborn babies).',
    },
  },
  laterReviews: {
    amount: 6,
    unit: 'calendar-months',
    dayZero: 'event',
    source: SCOTTISH_GUIDANCE,
  },
  minutesCirculated: keptInScotland(ENGLAND.minutesCirculated),
  reviewReportShared: keptInScotland(ENGLAND.reviewReportShared),
  schoolMoveCoreGroup: keptInScotland(ENGLAND.schoolMoveCoreGroup),
  visitFrequency: keptInScotland(ENGLAND.visitFrequency),
  seenAlone: ENGLAND.seenAlone,
  dueSoon: ENGLAND.dueSoon,
  practiceLeadChairsFirstCoreGroup: ENGLAND.practiceLeadChairsFirstCoreGroup,
  flagSameChairEveryMeeting: ENGLAND.flagSameChairEveryMeeting,
};
