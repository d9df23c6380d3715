import * as z from 'zod';
import {
  ChildPlanSchema,
  ChildSchema,
  CoreGroupSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  type Provenance,
  ProvenanceSchema,
  RegionSchema,
  ReviewConferenceSchema,
  SchoolMoveSchema,
  VisitSchema,
} from '../domain';
import {
  isShownSectionValue,
  type MeetingSectionChange,
  MeetingSectionChangeSchema,
} from './meeting-entries';
import { isListField, isScalarField, naturalKey, type RecordField } from './record-fields';

export const PageProvenanceSchema = ProvenanceSchema.options[0];
export type PageProvenance = Extract<Provenance, { kind: 'page' }>;

/** The value one field or list item can hold, without provenance (the store adds that). */
export const SLOT_VALUE_SCHEMAS = {
  region: RegionSchema,
  icpcDate: IsoDateSchema,
  planEndDate: IsoDateSchema,
  children: ChildSchema.omit({ source: true }),
  reviewConferences: ReviewConferenceSchema.omit({ source: true }),
  coreGroups: CoreGroupSchema.omit({ source: true }),
  visits: VisitSchema.omit({ source: true }),
  schoolMoves: SchoolMoveSchema.omit({ source: true }),
  plans: ChildPlanSchema.omit({ source: true }),
} satisfies Record<RecordField, z.ZodType>;

const changeOf = <F extends RecordField, S extends z.ZodType>(field: F, value: S) =>
  z.object({
    field: z.literal(field),
    /** `''` for a one-value field; the item's natural key (see `naturalKey`) for a list item. */
    key: z.string().max(500),
    /** The right value; `null` says "there is none" (the page read something that is not there). */
    value: value.nullable(),
  });

/**
 * One value a user sets by hand: a one-value field (`region`, `icpcDate`, `planEndDate`), one
 * whole list item, known by its natural key, or one section of a core group's record
 * (`meetingSection`, see meeting-entries.ts). Changing an item's date is two changes: remove
 * the old key, add the new one.
 */
export const CorrectionChangeSchema = z
  .discriminatedUnion('field', [
    changeOf('region', SLOT_VALUE_SCHEMAS.region),
    changeOf('icpcDate', SLOT_VALUE_SCHEMAS.icpcDate),
    changeOf('planEndDate', SLOT_VALUE_SCHEMAS.planEndDate),
    changeOf('children', SLOT_VALUE_SCHEMAS.children),
    changeOf('reviewConferences', SLOT_VALUE_SCHEMAS.reviewConferences),
    changeOf('coreGroups', SLOT_VALUE_SCHEMAS.coreGroups),
    changeOf('visits', SLOT_VALUE_SCHEMAS.visits),
    changeOf('schoolMoves', SLOT_VALUE_SCHEMAS.schoolMoves),
    changeOf('plans', SLOT_VALUE_SCHEMAS.plans),
    MeetingSectionChangeSchema,
  ])
  .superRefine((change, ctx) => {
    if (isScalarField(change.field) && change.key !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['key'],
        message: 'must be empty for a one-value field',
      });
    }
    if (isListField(change.field)) {
      if (change.key === '') {
        ctx.addIssue({ code: 'custom', path: ['key'], message: 'must name the list item' });
      } else if (change.value !== null && naturalKey(change.field, change.value) !== change.key) {
        ctx.addIssue({
          code: 'custom',
          path: ['key'],
          message: "must match the item's own key (its date, id or child and date)",
        });
      }
    }
  });
export type CorrectionChange = z.infer<typeof CorrectionChangeSchema>;
/** A change of a record field or list item, as against one section of a meeting's record. */
export type FieldChange = Exclude<CorrectionChange, MeetingSectionChange>;

/** What the sidebar sends when a user corrects a value. */
export const CorrectionInputSchema = z.object({
  caseId: z.string().min(1).max(200),
  change: CorrectionChangeSchema,
  note: z.string().max(500).optional(),
});
export type CorrectionInput = z.input<typeof CorrectionInputSchema>;

/**
 * A stored correction. It keeps what the pages showed when it was made (`pageValue`), because
 * it wins over later reads only until the page shows something else: then the case system has
 * been changed, and the case system is the record.
 */
export const CorrectionSchema = z
  .object({
    id: z.int().positive(),
    caseId: z.string().min(1).max(200),
    change: CorrectionChangeSchema,
    note: z.string().max(500).optional(),
    enteredAt: IsoDateTimeSchema,
    /** The value the pages showed (without provenance) when the correction was made; null: none. */
    pageValue: z.unknown(),
    pageSource: PageProvenanceSchema.optional(),
    /** Set when a page later showed a different value, so this correction no longer applies. */
    supersededAt: IsoDateTimeSchema.optional(),
  })
  .superRefine((correction, ctx) => {
    const { change } = correction;
    const shown =
      change.field === 'meetingSection'
        ? isShownSectionValue(change.section, correction.pageValue)
        : (SLOT_VALUE_SCHEMAS[change.field] as z.ZodType).nullable().safeParse(correction.pageValue)
            .success;
    if (!shown) {
      ctx.addIssue({
        code: 'custom',
        path: ['pageValue'],
        message: `is not a value of ${change.field === 'meetingSection' ? `coreGroups.${change.section}` : change.field}`,
      });
    }
  });
export type Correction = z.infer<typeof CorrectionSchema>;

export function isActiveCorrection(correction: Correction): boolean {
  return correction.supersededAt === undefined;
}

/** Latest first wins, so corrections apply oldest first; ids break ties in entry order. */
export function correctionOrder(a: Correction, b: Correction): number {
  if (a.enteredAt !== b.enteredAt) return a.enteredAt < b.enteredAt ? -1 : 1;
  return a.id - b.id;
}

export function userProvenance(correction: Correction): Provenance {
  return correction.note === undefined
    ? { kind: 'user', enteredAt: correction.enteredAt }
    : { kind: 'user', enteredAt: correction.enteredAt, note: correction.note };
}
