import * as z from 'zod';
import { PageKindSchema } from '../domain/provenance';
import { FIELD_PATHS, type FieldPath, ITEM_FIELDS, type ListName } from './fields';
import type { ListSource, SiteProfile, ValueSource } from './site-profile';
import { parseUrlPattern } from './url-pattern';

/*
 * Validation of site profiles, for the background, the options page and managed policy: never
 * imported by the content script (zod is 27 KB), which trusts profiles that passed here.
 * Errors are for a pilot team editing JSON: "pages.0.fields.icpcDate.selector: expected a string".
 */

const text = z.string().min(1).max(2000);
const regexText = text.refine(isValidRegex, { message: 'not a valid regular expression' });
const labels = z.union([text, z.array(text).min(1).max(50)], {
  error: 'expected a string or a list of strings',
});
const words = z.array(z.string().max(300)).max(100);

const RowFilterSchema = z.strictObject({ column: labels, equals: z.array(text).min(1).max(50) });

/** Where one value is on a page (see ValueSource in site-profile.ts). */
export const ValueSourceSchema = z
  .strictObject({
    path: regexText.optional(),
    query: text.optional(),
    selector: text.optional(),
    label: labels.optional(),
    synonyms: z.literal(true).optional(),
    column: labels.optional(),
    table: text.optional(),
    row: RowFilterSchema.optional(),
    within: text.optional(),
    attribute: text.optional(),
    pattern: regexText.optional(),
    blank: words.optional(),
    values: z.record(z.string().max(300), z.string().max(300)).optional(),
    yes: words.optional(),
    no: words.optional(),
    emptyMeansNone: z.boolean().optional(),
    optional: z.boolean().optional(),
  })
  .superRefine((source, ctx) => {
    const places = WHERE_KEYS.filter((key) => source[key] !== undefined);
    if (places.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `give exactly one of ${WHERE_KEYS.join(', ')}${places.length ? ` (found ${places.join(', ')})` : ''}`,
      });
    }
    if (
      (source.table !== undefined || source.row !== undefined) &&
      (!source.table || !source.row || !source.column)
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'a cell of a table needs column, table and row together',
      });
    }
  });
const WHERE_KEYS = ['path', 'query', 'selector', 'label', 'synonyms', 'column'] as const;

/** How a list's items repeat (see ListSource in site-profile.ts). */
export const ListSourceSchema = z
  .strictObject({
    items: text.optional(),
    table: text.optional(),
    where: RowFilterSchema.optional(),
    fromPage: z.boolean().optional(),
    emptyWhen: text.optional(),
    optional: z.boolean().optional(),
    fields: z.record(z.string(), ValueSourceSchema),
    get children(): z.ZodOptional<typeof ListSourceSchema> {
      return ListSourceSchema.optional();
    },
    get actions(): z.ZodOptional<typeof ListSourceSchema> {
      return ListSourceSchema.optional();
    },
  })
  .superRefine((list, ctx) => {
    if ((list.items === undefined) === (list.table === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of items or table' });
    }
    if (list.where && list.table === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['where'],
        message: 'where filters the rows of a table: give table',
      });
    }
  });

const LIST_KEYS = [
  'children',
  'reviewConferences',
  'coreGroups',
  'visits',
  'schoolMoves',
  'plans',
] as const;

export const PageSpecSchema = z
  .strictObject({
    kind: PageKindSchema,
    path: regexText.optional(),
    query: z.record(z.string(), regexText).optional(),
    selector: text.optional(),
    heading: text.optional(),
    caseId: ValueSourceSchema,
    childId: ValueSourceSchema.optional(),
    fields: z
      .strictObject({
        region: ValueSourceSchema.optional(),
        icpcDate: ValueSourceSchema.optional(),
        planEndDate: ValueSourceSchema.optional(),
      })
      .optional(),
    lists: z
      .strictObject(
        Object.fromEntries(LIST_KEYS.map((k) => [k, ListSourceSchema.optional()])) as {
          [K in (typeof LIST_KEYS)[number]]: z.ZodOptional<typeof ListSourceSchema>;
        },
      )
      .optional(),
  })
  .superRefine((page, ctx) => {
    for (const list of LIST_KEYS) {
      const source = page.lists?.[list];
      if (source) checkFieldNames(list, source, ['lists', list], ctx);
    }
  });

export const ExamplePageSchema = z.strictObject({
  path: text,
  matches: z.record(text, z.number().int().min(0)),
});

export const SiteProfileSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(300),
  urls: z
    .array(
      text.superRefine((pattern, ctx) => {
        const parsed = parseUrlPattern(pattern);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
      }),
    )
    .min(1)
    .max(50),
  pages: z.array(PageSpecSchema).min(1).max(100),
  synonyms: z
    .partialRecord(z.enum(FIELD_PATHS as [FieldPath, ...FieldPath[]]), z.array(text).max(100))
    .optional(),
  blank: words.optional(),
  examples: z.array(ExamplePageSchema).max(200).optional(),
});

export type SiteProfileData = z.infer<typeof SiteProfileSchema>;

export type ProfileValidation =
  | { ok: true; profile: SiteProfile }
  | { ok: false; errors: string[] };

/** Checks a profile (from JSON, the options page or policy) and says what is wrong, plainly. */
export function validateSiteProfile(input: unknown): ProfileValidation {
  const result = SiteProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: describeIssues(result.error.issues) };
}

/** One line per problem: where it is (a dotted path), then what is wrong. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.flatMap((issue) => {
    const where = issue.path.map(String).join('.');
    return describe(issue).map((what) => (where ? `${where}: ${what}` : what));
  });
  return [...new Set(lines)];
}

function describe(issue: z.core.$ZodIssue): string[] {
  switch (issue.code) {
    case 'invalid_type':
      return [`expected ${withArticle(issue.expected)}`];
    case 'unrecognized_keys':
      return issue.keys.map((key) => `unknown key "${key}"`);
    case 'invalid_value':
      return [`expected one of: ${issue.values.map(String).join(', ')}`];
    case 'invalid_key':
      return ['not a field this knows'];
    case 'too_small':
      return [
        issue.origin === 'string'
          ? 'must not be empty'
          : issue.origin === 'array'
            ? `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`
            : `must be at least ${issue.minimum}`,
      ];
    case 'too_big':
      return [
        issue.origin === 'string'
          ? `longer than ${issue.maximum} characters`
          : issue.origin === 'array'
            ? `more than ${issue.maximum} entries`
            : `must be at most ${issue.maximum}`,
      ];
    case 'invalid_union':
      return [issue.message.startsWith('Invalid') ? 'not in any accepted form' : issue.message];
    default:
      return [issue.message];
  }
}

function withArticle(expected: string): string {
  if (expected === 'object') return 'an object';
  if (expected === 'array') return 'a list';
  if (expected === 'true' || expected === 'false') return expected;
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function checkFieldNames(
  list: ListName,
  source: z.infer<typeof ListSourceSchema>,
  at: (string | number)[],
  ctx: z.core.$RefinementCtx,
) {
  const known = Object.keys(ITEM_FIELDS[list]);
  for (const field of Object.keys(source.fields)) {
    if (!known.includes(field)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'fields', field],
        message: `not a field of ${list} (expected one of: ${known.join(', ')})`,
      });
    }
  }
  if (source.children) {
    if (list !== 'visits') {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'children'],
        message: 'only visits have children',
      });
    } else checkFieldNames('visits', source.children, [...at, 'children'], ctx);
  }
  if (source.actions) {
    if (list !== 'plans') {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'actions'],
        message: 'only plans have actions',
      });
    } else checkFieldNames('actions', source.actions, [...at, 'actions'], ctx);
  }
}

function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

// The schema describes exactly the plain types the content script reads with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _valueSourceAgrees: Same<z.infer<typeof ValueSourceSchema>, ValueSource> = true;
const _listSourceAgrees: Same<z.infer<typeof ListSourceSchema>, ListSource> = true;
const _profileAgrees: Same<SiteProfileData, SiteProfile> = true;
void _valueSourceAgrees;
void _listSourceAgrees;
void _profileAgrees;
