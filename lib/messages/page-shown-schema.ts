import * as z from 'zod';
import { IsoDateTimeSchema } from '../domain/dates';
import { PageKindSchema } from '../domain/provenance';
import { badIndex, type PageShownWire } from '../extract/page-shown-wire';

/*
 * What a content script sends after reading a case page (lib/extract/page-shown.ts): what the
 * page shows, before parsing, in its compact wire form (lib/extract/page-shown-wire.ts). The background builds the page read from it and the store checks
 * that against PageReadSchema as before, so these limits only bound what a message may carry.
 * They are far above the page read's own (a plan section of 20,000 characters, 5,000 visits):
 * a value or list beyond those still arrives, and the build reports it as too long or keeps
 * the first items and says so, as it did when it ran in the content script. Past these, the
 * whole read is refused, with the reason.
 */
const TEXT_MOST = 100_000;
const LINES_MOST = 10_000;
const ITEMS_MOST = 50_000;
const UNREAD_MOST = 200_000;

const text = z.string().max(TEXT_MOST);
const words = z.array(z.string().max(300)).max(1000);

/** Each distinct label and options object travels once (lib/extract/page-shown-wire.ts). */
const TABLE_MOST = 200_000;
const index = z.number().int().min(0).max(TABLE_MOST);

/** A shown value (ShownValue) with its label and options referred to by index. */
const FoundWireSchema = z.object({
  t: text,
  l: z.array(text).max(LINES_MOST).optional(),
  c: z.boolean().optional(),
  d: z.string().max(300).optional(),
  n: index.optional(),
  o: index.optional(),
});

const ValueOptionsSchema = z.object({
  blank: words.optional(),
  values: z.record(z.string().max(300), z.string().max(300)).optional(),
  yesNo: z.object({ yes: words, no: words }).optional(),
  emptyMeansNone: z.boolean().optional(),
});

const values = z.record(z.string().max(100), FoundWireSchema);
/** A visit's rows per child and a plan's actions; nothing is read below them. */
const InnerItemSchema = z.object({ values });
const FoundItemSchema = z.object({
  values,
  children: z.array(InnerItemSchema).max(ITEMS_MOST).optional(),
  actions: z.array(InnerItemSchema).max(ITEMS_MOST).optional(),
});
const items = z.array(FoundItemSchema).max(ITEMS_MOST).optional();

const UnreadFoundSchema = z.object({
  field: z.string().max(300),
  label: z.string().max(300).optional(),
  raw: z.string().max(300).optional(),
  reason: z.string().max(300),
});

export const FindingsSchema = z.object({
  pageKind: PageKindSchema,
  caseValues: z.object({
    caseId: FoundWireSchema.optional(),
    region: FoundWireSchema.optional(),
    icpcDate: FoundWireSchema.optional(),
    planEndDate: FoundWireSchema.optional(),
  }),
  pageChildId: z.string().max(TEXT_MOST).optional(),
  lists: z.object({
    children: items,
    reviewConferences: items,
    coreGroups: items,
    visits: items,
    schoolMoves: items,
    plans: items,
  }),
  unread: z.array(UnreadFoundSchema).max(UNREAD_MOST),
});

export const PageShownWireSchema = z
  .object({
    labels: z.array(text).max(TABLE_MOST),
    options: z.array(ValueOptionsSchema).max(TABLE_MOST),
    findings: FindingsSchema,
    path: z.string().max(2048),
    readAt: IsoDateTimeSchema,
    profileId: z.string().max(200).optional(),
  })
  .superRefine((wire, ctx) => {
    const bad = badIndex(wire);
    if (bad) ctx.addIssue({ code: 'custom', message: bad });
  }) satisfies z.ZodType<PageShownWire>;
