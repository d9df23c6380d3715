import * as z from 'zod';
import { IsoDateSchema } from './dates';
import { ProvenanceSchema } from './provenance';

export const RegionSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type Region = z.infer<typeof RegionSchema>;

/** The sections of a child protection plan (Working Together to Safeguard Children 2023, 2.4). */
export const PLAN_SECTION_IDS = [
  'child-seen',
  'needs',
  'objectives',
  'actions',
  'timescales',
  'responsibilities',
  'resources',
  'contact-frequency',
  'success-measures',
  'contingency',
  'contacts',
  'child-views',
] as const;
export const PlanSectionIdSchema = z.enum(PLAN_SECTION_IDS);
export type PlanSectionId = z.infer<typeof PlanSectionIdSchema>;

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

export const CoreGroupSchema = z.object({
  date: IsoDateSchema,
  status: MeetingStatusSchema,
  minutesCirculatedDate: IsoDateSchema.optional(),
  attendees: z.array(text(300)).max(200).optional(),
  apologies: z.array(text(300)).max(200).optional(),
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

export const ActionStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'drifted']);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

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

/** Fields of the record that hold one value, each of which can carry its own provenance. */
export const SCALAR_FIELDS = ['region', 'icpcDate', 'planEndDate'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

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
