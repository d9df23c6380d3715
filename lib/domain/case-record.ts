import * as z from 'zod';
import { MEETING_PERSON_KINDS, PLAN_SECTION_IDS, REGIONS, SCALAR_FIELDS } from './constants';
import { IsoDateSchema } from './dates';
import { ProvenanceSchema } from './provenance';

export {
  MEETING_PERSON_KINDS,
  type MeetingPersonKind,
  PLAN_SECTION_IDS,
  type PlanSectionId,
  REGIONS,
  type Region,
  SCALAR_FIELDS,
  type ScalarField,
} from './constants';

export const RegionSchema = z.enum(REGIONS);

export const PlanSectionIdSchema = z.enum(PLAN_SECTION_IDS);

const text = (max = 20_000) => z.string().max(max);
const source = ProvenanceSchema.optional();

export const ChildSchema = z.object({
  id: text(200).min(1),
  name: text(300).min(1),
  dateOfBirth: IsoDateSchema.optional(),
  preVerbal: z.boolean().optional(),
  /** The conference decided this child need not be seen alone (the reason lives in the case system). */
  seenAloneNotRequired: z.boolean().optional(),
  source,
});
export type Child = z.infer<typeof ChildSchema>;

export const MeetingStatusSchema = z.enum(['scheduled', 'held']);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const ReviewConferenceSchema = z.object({
  date: IsoDateSchema,
  status: MeetingStatusSchema,
  reportSharedDate: IsoDateSchema.optional(),
  source,
});
export type ReviewConference = z.infer<typeof ReviewConferenceSchema>;

export const ActionStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'drifted']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const MeetingPersonKindSchema = z.enum(MEETING_PERSON_KINDS);

export const MeetingPersonSchema = z.object({
  name: text(300).min(1),
  role: text(300).optional(),
  agency: text(300).optional(),
  kind: MeetingPersonKindSchema.optional(),
});
export type MeetingPerson = z.infer<typeof MeetingPersonSchema>;

export const MeetingApologySchema = MeetingPersonSchema.extend({
  /** Absent when the record does not say: "not recorded", never "no". */
  writtenUpdateSent: z.boolean().optional(),
});
export type MeetingApology = z.infer<typeof MeetingApologySchema>;

export const ActionProgressSchema = z.object({
  action: text(5000).min(1),
  status: ActionStatusSchema,
  due: IsoDateSchema.optional(),
  /** The record says the action was carried over from the last meeting. */
  carriedOver: z.boolean().optional(),
});
export type ActionProgress = z.infer<typeof ActionProgressSchema>;

export const MeetingActionSchema = z.object({
  text: text(5000).min(1),
  owner: text(300).optional(),
  due: IsoDateSchema.optional(),
});
export type MeetingAction = z.infer<typeof MeetingActionSchema>;

export const RiskTrendSchema = z.enum(['increasing', 'stable', 'decreasing']);
export type RiskTrend = z.infer<typeof RiskTrendSchema>;

export const NonCooperationLevelSchema = z.enum(['none', 'some', 'serious']);
export type NonCooperationLevel = z.infer<typeof NonCooperationLevelSchema>;

export const NonCooperationSchema = z.object({
  level: NonCooperationLevelSchema,
  notes: text(5000).optional(),
});
export type NonCooperation = z.infer<typeof NonCooperationSchema>;

export const HouseholdChangeSchema = z.object({
  name: text(300).min(1),
  /** To the child or the family, e.g. "mother's partner". */
  relationship: text(300).min(1),
  since: IsoDateSchema.optional(),
  /** Absent when the record does not say: "not recorded", never "not assessed". */
  assessed: z.boolean().optional(),
});
export type HouseholdChange = z.infer<typeof HouseholdChangeSchema>;

/*
 * The meeting record's sections are all optional, and each has three states the checks keep
 * apart: absent (not read: the page read did not show it, so "unknown"), `null` for one value
 * or `[]` for a list (the record shows the section and it is empty: "recorded as none"), or a
 * value.
 */
const shownEmpty = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const CoreGroupSchema = z.object({
  date: IsoDateSchema,
  status: MeetingStatusSchema,
  minutesCirculatedDate: IsoDateSchema.optional(),
  attendees: z.array(MeetingPersonSchema).max(200).optional(),
  apologies: z.array(MeetingApologySchema).max(200).optional(),
  chair: shownEmpty(MeetingPersonSchema),
  viceChair: shownEmpty(MeetingPersonSchema),
  childSituation: shownEmpty(text()),
  actionProgress: z.array(ActionProgressSchema).max(1000).optional(),
  riskTrend: shownEmpty(RiskTrendSchema),
  nonCooperation: shownEmpty(NonCooperationSchema),
  newActions: z.array(MeetingActionSchema).max(1000).optional(),
  parentsViews: shownEmpty(text()),
  childViews: shownEmpty(text()),
  /** Why no parent attended, when none did. */
  parentsAbsenceReason: shownEmpty(text(5000)),
  nextMeetingDate: shownEmpty(IsoDateSchema),
  futureDatesAgreed: z.array(IsoDateSchema).max(200).optional(),
  /** Adults who joined (or left) the household since the last core group. */
  householdChanges: z.array(HouseholdChangeSchema).max(200).optional(),
  source,
});
export type CoreGroup = z.infer<typeof CoreGroupSchema>;

export const VisitChildSchema = z.object({
  childId: text(200).min(1),
  seen: z.boolean(),
  /** Absent when the visit record does not say: that is "not recorded", never "no". */
  seenAlone: z.boolean().optional(),
});
export type VisitChild = z.infer<typeof VisitChildSchema>;

export const VisitSchema = z.object({
  date: IsoDateSchema,
  children: z.array(VisitChildSchema).max(50),
  source,
});
export type Visit = z.infer<typeof VisitSchema>;

export const SchoolMoveSchema = z.object({
  childId: text(200).min(1),
  date: IsoDateSchema,
  source,
});
export type SchoolMove = z.infer<typeof SchoolMoveSchema>;

export const PlanActionSchema = z.object({
  text: text(5000).min(1),
  owner: text(300).optional(),
  due: IsoDateSchema.optional(),
  measure: text(5000).optional(),
  status: ActionStatusSchema.optional(),
});
export type PlanAction = z.infer<typeof PlanActionSchema>;

export const ChildPlanSchema = z.object({
  childId: text(200).min(1),
  sections: z.partialRecord(PlanSectionIdSchema, text()),
  actions: z.array(PlanActionSchema).max(1000),
  source,
});
export type ChildPlan = z.infer<typeof ChildPlanSchema>;

export const CaseRecordSchema = z.object({
  caseId: text(200).min(1),
  region: RegionSchema.optional(),
  children: z.array(ChildSchema).max(50).default([]),
  icpcDate: IsoDateSchema.optional(),
  planEndDate: IsoDateSchema.optional(),
  reviewConferences: z.array(ReviewConferenceSchema).max(200).default([]),
  coreGroups: z.array(CoreGroupSchema).max(500).default([]),
  visits: z.array(VisitSchema).max(5000).default([]),
  schoolMoves: z.array(SchoolMoveSchema).max(200).default([]),
  plans: z.array(ChildPlanSchema).max(50).default([]),
  /** Provenance of the one-value fields (lists carry theirs per item, in `source`). */
  provenance: z.partialRecord(z.enum(SCALAR_FIELDS), ProvenanceSchema).optional(),
});
/** A case as the rules engine sees it: everything read or entered for one case. */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
/** The same, before defaults are applied (lists may be missing). */
export type CaseRecordInput = z.input<typeof CaseRecordSchema>;
