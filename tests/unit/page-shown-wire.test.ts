import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from '../../lib/domain/constants';
import type { Found, FoundItem, ValueOptions } from '../../lib/extract/findings';
import type { PageShown } from '../../lib/extract/page-shown';
import { fromWire, toWire } from '../../lib/extract/page-shown-wire';
import { PageShownWireSchema } from '../../lib/messages/page-shown-schema';

/*
 * The content script sends PageShown in a compact form (lib/extract/page-shown-wire.ts): labels
 * and options once each, in tables, and `lines` only when it is not `[text]`. Whatever a page
 * shows must come out of the background's decoding exactly as the content script found it.
 */

// zod's record drops a "__proto__" key (as it did before the wire form): keys here avoid it.
const notProto = fc.string().filter((k) => k !== '__proto__');

/** Options as readers make them: one object shared by a source's values, or equal copies. */
const SHARED: ValueOptions = { blank: ['Not recorded'], yesNo: { yes: ['Y'], no: ['N'] } };
const optionsArb: fc.Arbitrary<ValueOptions> = fc.oneof(
  fc.constant(SHARED),
  fc.constant({}),
  fc.constant({ blank: ['Not recorded'], yesNo: { yes: ['Y'], no: ['N'] } }),
  fc.record(
    {
      blank: fc.array(fc.string(), { maxLength: 3 }),
      values: fc.dictionary(notProto, fc.string(), { maxKeys: 3, noNullPrototype: true }),
      yesNo: fc.record(
        { yes: fc.array(fc.string()), no: fc.array(fc.string()) },
        { noNullPrototype: true },
      ),
      emptyMeansNone: fc.boolean(),
    },
    { requiredKeys: [], noNullPrototype: true },
  ),
);

const textArb = fc.oneof(fc.constantFrom('', 'Y', 'Not recorded', '3 Nov'), fc.string());
const foundArb: fc.Arbitrary<Found> = fc
  .record(
    {
      text: textArb,
      lines: fc.oneof(fc.constant('one' as const), fc.array(textArb, { maxLength: 3 })),
      checked: fc.boolean(),
      machineDate: fc.string(),
      label: fc.oneof(fc.constantFrom('Visit date', 'Seen alone'), fc.string()),
      options: optionsArb,
    },
    { requiredKeys: ['text', 'lines'], noNullPrototype: true },
  )
  .map(({ text, lines, checked, machineDate, label, options }) => {
    const found: Found = { shown: { text, lines: lines === 'one' ? [text] : lines } };
    if (checked !== undefined) found.shown.checked = checked;
    if (machineDate !== undefined) found.shown.machineDate = machineDate;
    if (label !== undefined) found.label = label;
    if (options !== undefined) found.options = options;
    return found;
  });

// Field names come from ITEM_FIELDS; the wire form keeps a "__proto__" one (checked below).
const valuesArb = fc.dictionary(
  fc.oneof(fc.constantFrom('date', 'seen', 'seenAlone'), notProto),
  foundArb,
  { maxKeys: 4, noNullPrototype: true },
);
const innerArb: fc.Arbitrary<FoundItem> = valuesArb.map((values) => ({ values }));
const itemArb: fc.Arbitrary<FoundItem> = fc
  .record(
    {
      values: valuesArb,
      children: fc.array(innerArb, { maxLength: 3 }),
      actions: fc.array(innerArb, { maxLength: 3 }),
    },
    { requiredKeys: ['values'], noNullPrototype: true },
  )
  .map((item) => item);
const itemsArb = fc.array(itemArb, { maxLength: 4 });

const shownArb: fc.Arbitrary<PageShown> = fc
  .record(
    {
      pageKind: fc.constantFrom(...PAGE_KINDS),
      caseValues: fc.record(
        { caseId: foundArb, region: foundArb, icpcDate: foundArb, planEndDate: foundArb },
        { requiredKeys: [], noNullPrototype: true },
      ),
      pageChildId: fc.string(),
      lists: fc.record(
        {
          children: itemsArb,
          reviewConferences: itemsArb,
          coreGroups: itemsArb,
          visits: itemsArb,
          schoolMoves: itemsArb,
          plans: itemsArb,
        },
        { requiredKeys: [], noNullPrototype: true },
      ),
      unread: fc.array(
        fc.record(
          { field: fc.string(), label: fc.string(), raw: fc.string(), reason: fc.string() },
          { requiredKeys: ['field', 'reason'], noNullPrototype: true },
        ),
        { maxLength: 2 },
      ),
      profileId: fc.string(),
    },
    { requiredKeys: ['pageKind', 'caseValues', 'lists', 'unread'], noNullPrototype: true },
  )
  .map(({ profileId, ...findings }) => {
    const shown: PageShown = {
      findings,
      path: '/careflow/case/CF-1/visits',
      readAt: '2026-11-25T12:00:00.000Z',
    };
    if (profileId !== undefined) shown.profileId = profileId;
    return shown;
  });

describe('the wire form of what a page shows', () => {
  it('decodes to exactly what was encoded, after the message and the check (property)', () => {
    fc.assert(
      fc.property(shownArb, (shown) => {
        expect(fromWire(toWire(shown))).toStrictEqual(shown);
        const arrived = PageShownWireSchema.parse(JSON.parse(JSON.stringify(toWire(shown))));
        expect(fromWire(arrived)).toStrictEqual(shown);
      }),
      { numRuns: 1000 },
    );
  });

  it('sends each label and options object once, and lines only when they are not [text]', () => {
    const copy = { blank: ['Not recorded'], yesNo: { yes: ['Y'], no: ['N'] } };
    const cell = (text: string, options: ValueOptions): Found => ({
      shown: { text, lines: [text] },
      label: 'Seen alone',
      options,
    });
    const visits = Array.from({ length: 50 }, (_, i) => ({
      values: { seenAlone: cell('Y', i % 2 ? SHARED : copy), seen: cell('', {}) },
    }));
    visits.push({ values: { seenAlone: cell('Y', SHARED), seen: cell('', SHARED) } });
    const shown: PageShown = {
      findings: { pageKind: 'visit', caseValues: {}, lists: { visits }, unread: [] },
      path: '/v',
      readAt: '2026-11-25T12:00:00.000Z',
    };
    const wire = toWire(shown);
    expect(wire.labels).toEqual(['Seen alone']);
    expect(wire.options).toEqual([copy, {}]);
    expect(wire.findings.lists.visits?.[0]?.values).toEqual({
      seenAlone: { t: 'Y', n: 0, o: 0 },
      seen: { t: '', n: 0, o: 1 },
    });
    const twoLines: Found = { shown: { text: 'a\nb', lines: ['a', 'b'] } };
    const again = toWire({
      ...shown,
      findings: { ...shown.findings, caseValues: { region: twoLines } },
    });
    expect(again.findings.caseValues.region).toEqual({ t: 'a\nb', l: ['a', 'b'] });
    expect(fromWire(wire)).toStrictEqual(shown);
  });

  it('keeps a field named "__proto__" a field', () => {
    const values = JSON.parse('{"__proto__": {"shown": {"text": "x", "lines": ["x"]}}}');
    const shown: PageShown = {
      findings: { pageKind: 'visit', caseValues: {}, lists: { visits: [{ values }] }, unread: [] },
      path: '/v',
      readAt: '2026-11-25T12:00:00.000Z',
    };
    const decoded = fromWire(JSON.parse(JSON.stringify(toWire(shown))));
    expect(Object.keys(decoded.findings.lists.visits?.[0]?.values ?? {})).toEqual(['__proto__']);
    expect(decoded).toStrictEqual(shown);
  });

  it('sends only what a shown value is, not what else a reader kept with it', () => {
    const withElement = { text: 'CF-1', lines: ['CF-1'], source: 'text', element: {} };
    const shown: PageShown = {
      findings: {
        pageKind: 'case-summary',
        caseValues: { caseId: { shown: withElement } },
        lists: {},
        unread: [],
      },
      path: '/s',
      readAt: '2026-11-25T12:00:00.000Z',
    };
    expect(toWire(shown).findings.caseValues.caseId).toEqual({ t: 'CF-1' });
  });
});
