import * as z from 'zod';
import {
  ChildPlanSchema,
  ChildSchema,
  CoreGroupSchema,
  RegionSchema,
  ReviewConferenceSchema,
  SchoolMoveSchema,
  VisitSchema,
} from './case-record';
import { IsoDateSchema, IsoDateTimeSchema } from './dates';
import { PageKindSchema } from './provenance';

/** A value the page showed but the reader could not turn into data: said, never guessed. */
export const UnreadFieldSchema = z.object({
  /** The record field it was meant for, e.g. `icpcDate` or `visits.seenAlone`. */
  field: z.string().max(200),
  /** The label the page gave it, if any. */
  label: z.string().max(300).optional(),
  /** The text as shown on the page, truncated: enough for the worker to recognise it. */
  raw: z.string().max(300).optional(),
  reason: z.string().max(300),
});
export type UnreadField = z.infer<typeof UnreadFieldSchema>;

/**
 * What one read of one case page found. The lists present are the ones this page shows in
 * full; a list left out means "this page says nothing about it", never "there are none".
 * Items carry no provenance here: the store stamps each with this read's page and time.
 */
export const PageReadSchema = z.object({
  caseId: z.string().min(1).max(200),
  pageKind: PageKindSchema,
  /** Path and query of the page (no fragment), so the sidebar can link back to it. */
  path: z.string().max(2048),
  readAt: IsoDateTimeSchema,
  profileId: z.string().max(200).optional(),
  fields: z.object({
    region: RegionSchema.optional(),
    icpcDate: IsoDateSchema.optional(),
    planEndDate: IsoDateSchema.optional(),
    children: z
      .array(ChildSchema.omit({ source: true }))
      .max(50)
      .optional(),
    reviewConferences: z
      .array(ReviewConferenceSchema.omit({ source: true }))
      .max(200)
      .optional(),
    coreGroups: z
      .array(CoreGroupSchema.omit({ source: true }))
      .max(500)
      .optional(),
    visits: z
      .array(VisitSchema.omit({ source: true }))
      .max(5000)
      .optional(),
    schoolMoves: z
      .array(SchoolMoveSchema.omit({ source: true }))
      .max(200)
      .optional(),
    plans: z
      .array(ChildPlanSchema.omit({ source: true }))
      .max(50)
      .optional(),
  }),
  unread: z.array(UnreadFieldSchema).max(500).default([]),
});
export type PageRead = z.infer<typeof PageReadSchema>;
export type PageReadInput = z.input<typeof PageReadSchema>;
