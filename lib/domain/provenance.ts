import * as z from 'zod';
import { PAGE_KINDS } from './constants';
import { IsoDateTimeSchema } from './dates';

export { PAGE_KINDS, type PageKind } from './constants';

export const PageKindSchema = z.enum(PAGE_KINDS);

/**
 * Where a value came from. A practice lead must be able to check every date against the
 * case system, so a value read from a page keeps the page's path and query (some systems
 * name the case and tab only in the query) but never its fragment, and when it was read.
 */
export const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    pageKind: PageKindSchema,
    path: z.string().max(2048),
    readAt: IsoDateTimeSchema,
    profileId: z.string().max(200).optional(),
  }),
  z.object({
    kind: z.literal('user'),
    enteredAt: IsoDateTimeSchema,
    note: z.string().max(500).optional(),
  }),
]);
export type Provenance = z.infer<typeof ProvenanceSchema>;
