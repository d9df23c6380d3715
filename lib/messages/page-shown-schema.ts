import * as z from 'zod';
import { util } from 'zod/v4/core';
import { IsoDateTimeSchema } from '../domain/dates';
import { PageKindSchema } from '../domain/provenance';
import { badIndex, type FoundWire, type PageShownWire } from '../extract/page-shown-wire';

/*
 * What a content script sends after reading a case page (lib/extract/page-shown.ts): what the
 * page shows, before parsing, in its compact wire form (lib/extract/page-shown-wire.ts). The background builds the page read from it and the store checks
 * that against PageReadSchema as before, so these limits only bound what a message may carry.
 * They are far above the page read's own (a plan section of 20,000 characters, 5,000 visits):
 * a value or list beyond those still arrives, and the build reports it as too long or keeps
 * the first items and says so, as it did when it ran in the content script. Past these, the
 * whole read is refused, with the reason.
 */
export const TEXT_MOST = 100_000;
export const LINES_MOST = 10_000;
const ITEMS_MOST = 50_000;
const UNREAD_MOST = 200_000;
/** The longest machine-readable date a value may carry (a `datetime` attribute). */
export const MACHINE_DATE_MOST = 300;

const text = z.string().max(TEXT_MOST);
const words = z.array(z.string().max(300)).max(1000);

/** Each distinct label and options object travels once (lib/extract/page-shown-wire.ts). */
export const TABLE_MOST = 200_000;

const isIndex = (value: unknown) =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= TABLE_MOST;
const isText = (value: unknown) => typeof value === 'string' && value.length <= TEXT_MOST;

/**
 * Every index, holes too: `every` skips a hole, and an array sent by structured clone keeps one.
 */
function isLines(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > LINES_MOST) return false;
  for (let i = 0; i < value.length; i++) if (!isText(value[i])) return false;
  return true;
}

/**
 * A shown value (ShownValue) with its label and options referred to by index: `t` text, `l`
 * lines, `c` checked, `d` machine date, `n` label, `o` options, all but `t` optional. Checked by
 * hand, not by `z.object`: a page of 2,000 visit rows sends 9,000 of these, and zod's object
 * parse of them took half the worker's time on that page (about 100 ms of 200, profiled; issue
 * 8), against a few milliseconds here. It accepts exactly what the `z.object` of these fields
 * and limits accepts (tests/unit/page-shown-schema.test.ts holds the two together). Unlike it,
 * it leaves any other key on the object (stripping them cost as much again): fromWire reads
 * these six fields alone into new objects, so nothing else reaches the build or the store.
 * Says what is wrong, in words, or undefined when nothing is.
 */
export function foundWireProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'a value is not an object';
  }
  const { t, l, c, d, n, o } = value as Record<string, unknown>;
  if (!isText(t)) return `its text (t) is not text of at most ${TEXT_MOST} characters`;
  if (l !== undefined && !isLines(l)) {
    return `its lines (l) are not a list of at most ${LINES_MOST} texts`;
  }
  if (c !== undefined && typeof c !== 'boolean') return 'its checked (c) is not true or false';
  if (d !== undefined && !(typeof d === 'string' && d.length <= MACHINE_DATE_MOST)) {
    return `its date (d) is not text of at most ${MACHINE_DATE_MOST} characters`;
  }
  if (n !== undefined && !isIndex(n)) return 'its label (n) is not an index';
  if (o !== undefined && !isIndex(o)) return 'its options (o) are not an index';
  return undefined;
}

/** True when `value` is a shown value as a message may carry it (foundWireProblem). */
export function isFoundWire(value: unknown): value is FoundWire {
  return foundWireProblem(value) === undefined;
}

/** What a plain function found wrong, and under which key of the value, if one. */
export type Problem = { problem: string; key?: string } | undefined;

/** A schema whose check is a plain function's: its problem becomes the issue, at its key. */
function checkedBy<T>(problemOf: (value: unknown) => Problem) {
  return z.custom<T>().check((payload) => {
    const found = problemOf(payload.value);
    if (!found) return;
    payload.issues.push({
      code: 'custom',
      message: found.problem,
      input: payload.value,
      ...(found.key === undefined ? {} : { path: [found.key] }),
    });
  });
}

const FoundWireSchema = checkedBy<FoundWire>((value) => {
  const problem = foundWireProblem(value);
  return problem === undefined ? undefined : { problem };
});

const ValueOptionsSchema = z.object({
  blank: words.optional(),
  values: z.record(z.string().max(300), z.string().max(300)).optional(),
  yesNo: z.object({ yes: words, no: words }).optional(),
  emptyMeansNone: z.boolean().optional(),
});

/** The longest field name a list item's values may have. */
export const FIELD_NAME_MOST = 100;

/**
 * An item's values by field name, each a shown value: what `z.record(z.string().max(100), …)` of
 * them accepts, keys taken as it takes them (own enumerable keys, a plain object as zod's own
 * `isPlainObject` says), checked by hand for the same reason as the values (2,000 of these on a
 * long page). One difference: zod's record leaves out a `__proto__` key unchecked; the map is
 * passed on as it came, and the wire form keeps such a field (page-shown-wire.ts), so it is
 * checked like any other. Says what is wrong, and where, or undefined.
 */
export function valuesProblem(value: unknown): Problem {
  if (!util.isPlainObject(value)) return { problem: 'the values are not an object' };
  for (const key of Reflect.ownKeys(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key !== 'string' || key.length > FIELD_NAME_MOST) {
      return { problem: `a field name is not text of at most ${FIELD_NAME_MOST} characters` };
    }
    const problem = foundWireProblem(value[key]);
    if (problem) return { problem, key };
  }
  return undefined;
}

const values = checkedBy<Record<string, FoundWire>>(valuesProblem);
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
