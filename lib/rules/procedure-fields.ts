/*
 * The names of a procedure's fields, without zod: the rules and the sidebar use them, and
 * importing them must not load the schemas (./procedure.ts re-exports them with the schema).
 */
import type { FindingRule } from './finding';
import type { Procedure } from './procedure';

/**
 * How often each child must be seen alone: at every visit (Working Together's expectation, as
 * local procedures restate it), or on at least alternate visits (some London procedures).
 */
export const SEEN_ALONE_POLICIES = ['every-visit', 'alternate-visits'] as const;
export type SeenAlonePolicy = (typeof SEEN_ALONE_POLICIES)[number];

/** The meeting checks a local procedure turns on or off (see docs/meeting-checks.md). */
export const MEETING_OPTION_FIELDS = [
  'practiceLeadChairsFirstCoreGroup',
  'flagSameChairEveryMeeting',
] as const;
export type MeetingOptionField = (typeof MEETING_OPTION_FIELDS)[number];

/** The fields of a procedure that are timescales (each one rule's deadline). */
export const TIMESCALE_FIELDS = [
  'firstCoreGroup',
  'coreGroupInterval',
  'finalCoreGroupBeforeReview',
  'firstReview',
  'laterReviews',
  'minutesCirculated',
  'reviewReportShared',
  'schoolMoveCoreGroup',
  'visitFrequency',
  'dueSoon',
] as const satisfies readonly (keyof Procedure)[];
export type TimescaleField = (typeof TIMESCALE_FIELDS)[number];

/**
 * The procedure fields that date each rule, so a screen can show the numbers behind a finding.
 * Seen-alone is decided by its policy; under alternate visits it borrows the visit frequency.
 */
export const RULE_TIMESCALE_FIELDS: Record<FindingRule, readonly TimescaleField[]> = {
  'first-core-group': ['firstCoreGroup'],
  'core-group-interval': ['coreGroupInterval'],
  'final-core-group-before-review': ['finalCoreGroupBeforeReview', 'firstReview', 'laterReviews'],
  'review-conference': ['firstReview', 'laterReviews'],
  'minutes-circulated': ['minutesCirculated'],
  'review-report-shared': ['reviewReportShared', 'firstReview', 'laterReviews'],
  'school-move-core-group': ['schoolMoveCoreGroup'],
  'visit-frequency': ['visitFrequency'],
  'seen-alone': [],
};
