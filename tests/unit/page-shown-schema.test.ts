import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fromWire } from '../../lib/extract/page-shown-wire';
import {
  FIELD_NAME_MOST,
  isFoundWire,
  LINES_MOST,
  MACHINE_DATE_MOST,
  PageShownWireSchema,
  TABLE_MOST,
  TEXT_MOST,
  valuesProblem,
} from '../../lib/messages/page-shown-schema';

/** A shown value as a `z.object` says it: what the hand-written check must agree with. */
const text = z.string().max(TEXT_MOST);
const index = z.number().int().min(0).max(TABLE_MOST);
const FoundWireObject = z.object({
  t: text,
  l: z.array(text).max(LINES_MOST).optional(),
  c: z.boolean().optional(),
  d: z.string().max(MACHINE_DATE_MOST).optional(),
  n: index.optional(),
  o: index.optional(),
});

/** Values near every limit and of every wrong kind, for each field. */
const anyValue = fc.anything({
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBigInt: true,
});
const nearLimit = (most: number) =>
  fc.oneof(fc.constantFrom(most - 1, most, most + 1, 0), fc.integer({ min: 0, max: most + 2 }));
const textOf = (most: number) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    nearLimit(most).map((n) => 'x'.repeat(Math.max(0, n))),
  );
const indexLike = fc.oneof(
  nearLimit(TABLE_MOST),
  fc.constantFrom(-1, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53),
  anyValue,
);
const linesLike = fc.oneof(
  fc.array(textOf(TEXT_MOST), { maxLength: 4 }),
  fc.sparseArray(fc.string(), { maxLength: 4 }),
  fc.constantFrom(LINES_MOST, LINES_MOST + 1).map((n) => Array(n).fill('a')),
  anyValue,
);
const field = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const cellLike = fc.oneof(
  fc.record(
    {
      t: fc.oneof(textOf(TEXT_MOST), anyValue),
      l: field(linesLike),
      c: field(fc.oneof(fc.boolean(), anyValue)),
      d: field(fc.oneof(textOf(MACHINE_DATE_MOST), anyValue)),
      n: field(indexLike),
      o: field(indexLike),
      extra: field(anyValue),
    },
    { requiredKeys: [] },
  ),
  // Objects of other kinds that have the fields all the same.
  fc.constantFrom(Object.assign(['x'], { t: 'x' }), Object.assign(new Date(0), { t: 'x' })),
  anyValue,
);

/** An item's values as a `z.record` says them. */
const ValuesRecord = z.record(z.string().max(FIELD_NAME_MOST), FoundWireObject);
const fieldName = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '0', '12'),
  nearLimit(FIELD_NAME_MOST).map((n) => 'k'.repeat(Math.max(1, n))),
);
const jsonCell = fc.oneof(fc.record({ t: fc.string({ maxLength: 5 }) }), fc.jsonValue());
const valuesLike = fc.oneof(
  fc.dictionary(fieldName, cellLike, { maxKeys: 4 }),
  // JSON's own way of making a `__proto__` key an ordinary field.
  fc
    .tuple(jsonCell, jsonCell)
    .map(([a, b]) =>
      JSON.parse(`{"__proto__": ${JSON.stringify(a)}, "date": ${JSON.stringify(b)}}`),
    ),
  fc.constantFrom(
    { ['k'.repeat(FIELD_NAME_MOST)]: { t: 'x' } },
    { ['k'.repeat(FIELD_NAME_MOST + 1)]: { t: 'x' } },
    { [Symbol('s')]: { t: 'x' } },
    Object.defineProperty({ date: { t: 'x' } }, 'hidden', { value: 5, enumerable: false }),
    Object.create({ inherited: 5 }),
    Object.assign(Object.create(null), { date: { t: 'x' } }),
    new Map([['date', { t: 'x' }]]),
  ),
  anyValue,
);

describe('a shown value in a page-read message', () => {
  it('is accepted by the hand-written check exactly when the z.object of its fields accepts it', () => {
    fc.assert(
      fc.property(cellLike, (cell) => {
        expect(isFoundWire(cell)).toBe(FoundWireObject.safeParse(cell).success);
      }),
      { numRuns: 3000 },
    );
  });

  it("and an item's values are accepted by hand exactly when the z.record of them accepts them (and a __proto__ field is a shown value)", () => {
    fc.assert(
      fc.property(valuesLike, (values) => {
        // zod's record leaves a `__proto__` field unchecked; here it is checked like the rest.
        const proto =
          typeof values === 'object' && values !== null && Object.hasOwn(values, '__proto__')
            ? FoundWireObject.safeParse((values as Record<string, unknown>).__proto__).success
            : true;
        expect(valuesProblem(values) === undefined).toBe(
          ValuesRecord.safeParse(values).success && proto,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('checks a field named "__proto__" like any other, and passes it on as a field', () => {
    const message = (cell: string) => ({
      labels: [],
      options: [],
      findings: {
        pageKind: 'visit',
        caseValues: {},
        lists: { visits: [{ values: JSON.parse(`{"__proto__": ${cell}}`) }] },
        unread: [],
      },
      path: '/v',
      readAt: '2026-11-26T12:00:00.000Z',
    });
    expect(PageShownWireSchema.safeParse(message('{"t": 5}')).success).toBe(false);
    const arrived = PageShownWireSchema.parse(message('{"t": "x"}'));
    const values = fromWire(arrived).findings.lists.visits?.[0]?.values ?? {};
    expect(Object.keys(values)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });

  it('refuses the whole message when one value in a list is wrong, naming the problem', () => {
    const message = (t: unknown) => ({
      labels: ['Date'],
      options: [],
      findings: {
        pageKind: 'visit',
        caseValues: { caseId: { t: 'CF-1001' } },
        lists: {
          visits: [{ values: { date: { t: '1 May 2026', n: 0 } } }, { values: { date: { t } } }],
        },
        unread: [],
      },
      path: '/careflow/case/CF-1001/visits',
      readAt: '2026-11-26T12:00:00.000Z',
    });
    expect(PageShownWireSchema.safeParse(message('2 May 2026')).success).toBe(true);
    const refused = PageShownWireSchema.safeParse(message(42));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/its text \(t\) is not text/);
    expect(refused.error?.issues[0]?.path).toEqual([
      'findings',
      'lists',
      'visits',
      1,
      'values',
      'date',
    ]);
  });
});
