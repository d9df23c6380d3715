import * as z from 'zod';
import type { FindingRule } from './finding';
import { RuleSourceSchema, TimescaleSchema } from './timescale';

export type { DayZero, Direction, RuleSource, Timescale, TimescaleUnit } from './timescale';
export {
  applyTimescale,
  DAY_ZERO_CONVENTIONS,
  describeTimescale,
  RuleSourceSchema,
  TIMESCALE_UNITS,
  TimescaleSchema,
} from './timescale';

/**
 * How often each child must be seen alone: at every visit (Working Together's expectation, as
 * local procedures restate it), or on at least alternate visits (some London procedures).
 */
export const SEEN_ALONE_POLICIES = ['every-visit', 'alternate-visits'] as const;
export type SeenAlonePolicy = (typeof SEEN_ALONE_POLICIES)[number];

/**
 * A local choice a procedure makes about core group meetings (not a timescale): whether a check
 * applies, and where the procedure says so.
 */
export const LocalOptionSchema = z.object({ applies: z.boolean(), source: RuleSourceSchema });
export type LocalOption = z.infer<typeof LocalOptionSchema>;

/** The meeting checks a local procedure turns on or off (see docs/meeting-checks.md). */
export const MEETING_OPTION_FIELDS = [
  'practiceLeadChairsFirstCoreGroup',
  'flagSameChairEveryMeeting',
] as const;
export type MeetingOptionField = (typeof MEETING_OPTION_FIELDS)[number];

/** What this procedure calls the meetings, so every reason reads in the worker's own terms. */
export const ProcedureTermsSchema = z.object({
  /** e.g. "ICPC" in England, "initial CPPM" in Scotland. */
  initialConference: z.string().min(1).max(100),
  /** e.g. "review conference", "review CPPM". */
  reviewConference: z.string().min(1).max(100),
});
export type ProcedureTerms = z.infer<typeof ProcedureTermsSchema>;

/**
 * A child protection procedure as data: every number the rules use, each with its unit, day-0
 * convention and source. Local authorities count differently, so nothing here is a constant in
 * code: a pilot can supply its own as JSON, validated by this schema.
 */
export const ProcedureSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be lower-case letters, digits and hyphens'),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  terms: ProcedureTermsSchema,
  /** First core group, counted from the initial conference. */
  firstCoreGroup: TimescaleSchema,
  /** Each later core group, counted from the last one held. */
  coreGroupInterval: TimescaleSchema,
  /** The window before each review in which the last core group must be held. */
  finalCoreGroupBeforeReview: TimescaleSchema,
  /** First review, counted from the initial conference. */
  firstReview: TimescaleSchema,
  /** Each later review, counted from the last review held. */
  laterReviews: TimescaleSchema,
  /** Core group minutes circulated, counted from the core group. */
  minutesCirculated: TimescaleSchema,
  /** The social worker's report shared with the family, counted back from the review. */
  reviewReportShared: TimescaleSchema,
  /** A core group after a child moves school, counted from the move. */
  schoolMoveCoreGroup: TimescaleSchema,
  /** Statutory visits: the next is due this long after the last visit at which the child was seen. */
  visitFrequency: TimescaleSchema,
  seenAlone: z.object({ policy: z.enum(SEEN_ALONE_POLICIES), source: RuleSourceSchema }),
  /** How far ahead a deadline counts as "due soon" rather than "upcoming". */
  dueSoon: TimescaleSchema,
  /** The first core group is chaired by a practice lead (or social work manager). Off if absent. */
  practiceLeadChairsFirstCoreGroup: LocalOptionSchema.optional(),
  /** Say so when one person has chaired every core group (sharing the chair is encouraged). */
  flagSameChairEveryMeeting: LocalOptionSchema.optional(),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

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
