import * as z from 'zod';
import { SEEN_ALONE_POLICIES } from './procedure-fields';
import { RuleSourceSchema, TimescaleSchema } from './timescale-schema';

export {
  MEETING_OPTION_FIELDS,
  type MeetingOptionField,
  RULE_TIMESCALE_FIELDS,
  SEEN_ALONE_POLICIES,
  type SeenAlonePolicy,
  TIMESCALE_FIELDS,
  type TimescaleField,
} from './procedure-fields';
export type { DayZero, Direction, RuleSource, Timescale, TimescaleUnit } from './timescale';
export {
  applyTimescale,
  DAY_ZERO_CONVENTIONS,
  describeTimescale,
  TIMESCALE_UNITS,
} from './timescale';
export { RuleSourceSchema, TimescaleSchema } from './timescale-schema';

/**
 * A local choice a procedure makes about core group meetings (not a timescale): whether a check
 * applies, and where the procedure says so.
 */
export const LocalOptionSchema = z.object({ applies: z.boolean(), source: RuleSourceSchema });
export type LocalOption = z.infer<typeof LocalOptionSchema>;

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
