import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSectionIdSchema, RegionSchema } from '../../lib/domain/case-record';
import {
  isPageKind,
  isRegion,
  PAGE_KINDS,
  PLAN_SECTION_IDS,
  REGIONS,
} from '../../lib/domain/constants';
import { IsoDateSchema } from '../../lib/domain/dates';
import { isIsoDate } from '../../lib/domain/iso-date';
import { PageKindSchema } from '../../lib/domain/provenance';

/*
 * The sidebar checks with these plain guards what the background checks with zod (the page kind
 * in its own address can be anything: any page can open it), so each must accept exactly what
 * its schema accepts.
 */
const HOSTILE: unknown[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'plan ',
  ' plan',
  'PLAN',
  'plan\u0000',
  'scotland,plan',
  '',
  null,
  undefined,
  0,
  {},
  ['plan'],
  ['scotland'],
  { toString: () => 'plan' },
  new String('plan'),
];

describe.each([
  ['isPageKind', isPageKind, PageKindSchema, PAGE_KINDS],
  ['isRegion', isRegion, RegionSchema, REGIONS],
] as const)('%s', (_name, guard, schema, list) => {
  it('accepts each value of the list, as the schema does', () => {
    expect([...list]).toEqual(schema.options);
    for (const value of list) expect(guard(value)).toBe(true);
  });

  it('refuses what the schema refuses, hostile or not', () => {
    for (const value of HOSTILE) {
      expect(guard(value), String(value)).toBe(schema.safeParse(value).success);
      expect(guard(value), String(value)).toBe(false);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...list), fc.anything()), (value) => {
        expect(guard(value)).toBe(schema.safeParse(value).success);
      }),
    );
  });
});

describe('the zod-free constants', () => {
  it('are the lists the schemas are built from', () => {
    expect([...PLAN_SECTION_IDS]).toEqual(PlanSectionIdSchema.options);
  });

  it('isIsoDate accepts exactly what IsoDateSchema accepts', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) =>
        [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(
          '-',
        ),
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string()), (value) => {
        expect(isIsoDate(value)).toBe(IsoDateSchema.safeParse(value).success);
      }),
    );
  });
});
