import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CaseRecordSchema,
  type PageRead,
  type PageReadInput,
  PageReadSchema,
  SCALAR_FIELDS,
} from '../../lib/domain';
import { canonicalJson, hash53, sameValue } from '../../lib/store/canonical-json';
import { type Correction, CorrectionChangeSchema } from '../../lib/store/corrections';
import { type Conflict, type MergeResult, mergeCase, mergePageRead } from '../../lib/store/merge';
import {
  type AnyListItem,
  compareKeyParts,
  keyParts,
  LIST_FIELDS,
  naturalKey,
} from '../../lib/store/record-fields';

// All names and identifiers are fictional.
const CASE = 'C-1001';

function read(input: Partial<PageReadInput> & Pick<PageReadInput, 'path' | 'readAt'>): PageRead {
  return PageReadSchema.parse({ caseId: CASE, pageKind: 'other', fields: {}, ...input });
}

function correction(
  input: Partial<Correction> & Pick<Correction, 'change' | 'pageValue'>,
): Correction {
  return { id: 1, caseId: CASE, enteredAt: '2026-03-01T10:00:00.000Z', ...input };
}

/** Merges reads one after another, as the store does when they arrive. */
function fold(reads: readonly PageRead[], corrections: Correction[] = []): MergeResult {
  let result = mergeCase(CASE, [], corrections);
  for (const r of reads) result = mergePageRead(result.reads, r, corrections);
  return result;
}

const summary = '/cases/C-1001/summary';
const coreGroupsPage = '/cases/C-1001/core-groups';
const visitPage = '/cases/C-1001/visits/2026-01-20';

describe('mergePageRead: provenance', () => {
  it('stamps every value with the page, path, profile and time it was read', () => {
    const { record } = mergePageRead(
      undefined,
      read({
        path: summary,
        pageKind: 'case-summary',
        readAt: '2026-01-10T09:00:00.000Z',
        profileId: 'demo-classic',
        fields: {
          icpcDate: '2026-01-05',
          children: [{ id: 'c1', name: 'Ava Example' }],
        },
      }),
      [],
    );
    const source = {
      kind: 'page',
      pageKind: 'case-summary',
      path: summary,
      readAt: '2026-01-10T09:00:00.000Z',
      profileId: 'demo-classic',
    };
    expect(record.icpcDate).toBe('2026-01-05');
    expect(record.provenance?.icpcDate).toEqual(source);
    expect(record.children).toEqual([{ id: 'c1', name: 'Ava Example', source }]);
  });
});

describe('mergePageRead: lists', () => {
  const first = read({
    path: coreGroupsPage,
    readAt: '2026-02-01T09:00:00.000Z',
    fields: {
      coreGroups: [
        { date: '2026-01-15', status: 'held' },
        { date: '2026-02-20', status: 'scheduled' },
      ],
    },
  });

  it('replaces what the same page said before: an item gone from the page goes from the record', () => {
    const again = read({
      path: coreGroupsPage,
      readAt: '2026-02-02T09:00:00.000Z',
      fields: { coreGroups: [{ date: '2026-01-15', status: 'held' }] },
    });
    const { record } = fold([first, again]);
    expect(record.coreGroups.map((c) => c.date)).toEqual(['2026-01-15']);
    expect(record.coreGroups[0]?.source).toMatchObject({ readAt: '2026-02-02T09:00:00.000Z' });
  });

  it('keeps items another page still shows when this page drops them', () => {
    const summaryRead = read({
      path: summary,
      readAt: '2026-02-01T10:00:00.000Z',
      fields: { coreGroups: [{ date: '2026-02-20', status: 'scheduled' }] },
    });
    const again = read({
      path: coreGroupsPage,
      readAt: '2026-02-03T09:00:00.000Z',
      fields: { coreGroups: [] },
    });
    const { record, conflicts } = fold([first, summaryRead, again]);
    expect(record.coreGroups).toEqual([
      {
        date: '2026-02-20',
        status: 'scheduled',
        source: expect.objectContaining({ path: summary }),
      },
    ]);
    expect(conflicts).toEqual([]);
  });

  it('treats a list the page no longer shows as no longer said by that page', () => {
    const again = read({ path: coreGroupsPage, readAt: '2026-02-02T09:00:00.000Z', fields: {} });
    expect(fold([first, again]).record.coreGroups).toEqual([]);
  });

  it('ignores a read older than the one stored for the same page (a late retry)', () => {
    const late = read({
      path: coreGroupsPage,
      readAt: '2026-01-01T09:00:00.000Z',
      fields: { coreGroups: [] },
    });
    const result = fold([first, late]);
    expect(result.record.coreGroups).toHaveLength(2);
    expect(result.reads).toEqual([first]);
  });

  it('adds up what a list and a detail page each show about one visit, without a conflict', () => {
    const list = read({
      path: '/cases/C-1001/visits',
      readAt: '2026-01-21T09:00:00.000Z',
      fields: { visits: [{ date: '2026-01-20', children: [{ childId: 'c1', seen: true }] }] },
    });
    const detail = read({
      path: visitPage,
      readAt: '2026-01-21T09:05:00.000Z',
      fields: {
        visits: [
          {
            date: '2026-01-20',
            children: [
              { childId: 'c2', seen: true, seenAlone: false },
              { childId: 'c1', seen: true, seenAlone: true },
            ],
          },
        ],
      },
    });
    const { record, conflicts } = fold([list, detail]);
    expect(conflicts).toEqual([]);
    expect(record.visits).toEqual([
      {
        date: '2026-01-20',
        children: [
          { childId: 'c1', seen: true, seenAlone: true },
          { childId: 'c2', seen: true, seenAlone: false },
        ],
        source: expect.objectContaining({ path: visitPage }),
      },
    ]);
  });

  it('lists items in key order, school moves by child then date as IndexedDB orders them', () => {
    const { record } = mergePageRead(
      [],
      read({
        path: summary,
        readAt: '2026-01-21T09:00:00.000Z',
        fields: {
          schoolMoves: [
            { childId: 'c1a', date: '2026-01-01' },
            { childId: 'c1', date: '2026-03-01' },
            { childId: 'c1', date: '2026-02-01' },
          ],
        },
      }),
      [],
    );
    expect(record.schoolMoves.map((m) => `${m.childId} ${m.date}`)).toEqual([
      'c1 2026-02-01',
      'c1 2026-03-01',
      'c1a 2026-01-01',
    ]);
  });
});

describe('mergePageRead: conflicts', () => {
  const fromSummary = read({
    path: summary,
    pageKind: 'case-summary',
    readAt: '2026-01-10T09:00:00.000Z',
    fields: { icpcDate: '2026-01-05' },
  });
  const fromConference = read({
    path: '/cases/C-1001/conferences/1',
    pageKind: 'conference',
    readAt: '2026-01-11T09:00:00.000Z',
    fields: { icpcDate: '2026-01-06' },
  });

  it('shows the newer read, flags it and keeps both values with where they came from', () => {
    const { record, conflicts } = fold([fromSummary, fromConference]);
    expect(record.icpcDate).toBe('2026-01-06');
    expect(record.provenance?.icpcDate).toMatchObject({ path: '/cases/C-1001/conferences/1' });
    expect(conflicts).toEqual([
      {
        caseId: CASE,
        field: 'icpcDate',
        key: '',
        at: [],
        values: [
          { value: '2026-01-05', source: expect.objectContaining({ path: summary }) },
          {
            value: '2026-01-06',
            source: expect.objectContaining({ path: '/cases/C-1001/conferences/1' }),
          },
        ],
      },
    ]);
  });

  it('shows the newer read whichever order the reads arrive in', () => {
    expect(fold([fromConference, fromSummary]).record.icpcDate).toBe('2026-01-06');
  });

  it('clears the conflict once the pages agree again', () => {
    const fixed = read({
      ...fromSummary,
      readAt: '2026-01-12T09:00:00.000Z',
      fields: { icpcDate: '2026-01-06' },
    });
    expect(fold([fromSummary, fromConference, fixed]).conflicts).toEqual([]);
  });

  it('flags the one property two pages disagree on, inside a list item', () => {
    const a = read({
      path: coreGroupsPage,
      readAt: '2026-02-01T09:00:00.000Z',
      fields: { coreGroups: [{ date: '2026-01-15', status: 'scheduled' }] },
    });
    const b = read({
      path: '/cases/C-1001/core-groups/2026-01-15',
      readAt: '2026-02-01T09:10:00.000Z',
      fields: {
        coreGroups: [{ date: '2026-01-15', status: 'held', minutesCirculatedDate: '2026-01-19' }],
      },
    });
    const { record, conflicts } = fold([a, b]);
    expect(record.coreGroups).toMatchObject([
      { date: '2026-01-15', status: 'held', minutesCirculatedDate: '2026-01-19' },
    ]);
    expect(conflicts.map((c) => [c.field, c.key, c.at, c.values.map((v) => v.value)])).toEqual([
      ['coreGroups', '2026-01-15', ['status'], ['scheduled', 'held']],
    ]);
  });

  it('flags a child seen alone on one page and not on another, naming the child', () => {
    const a = read({
      path: '/cases/C-1001/visits',
      readAt: '2026-01-21T09:00:00.000Z',
      fields: {
        visits: [
          { date: '2026-01-20', children: [{ childId: 'c1', seen: true, seenAlone: false }] },
        ],
      },
    });
    const b = read({
      path: visitPage,
      readAt: '2026-01-21T09:01:00.000Z',
      fields: {
        visits: [
          { date: '2026-01-20', children: [{ childId: 'c1', seen: true, seenAlone: true }] },
        ],
      },
    });
    const [conflict] = fold([a, b]).conflicts;
    expect(conflict).toMatchObject({
      field: 'visits',
      key: '2026-01-20',
      at: ['children', 'c1', 'seenAlone'],
    });
  });

  it('flags one page listing the same meeting twice with different values', () => {
    const { conflicts } = mergePageRead(
      [],
      read({
        path: coreGroupsPage,
        readAt: '2026-02-01T09:00:00.000Z',
        fields: {
          coreGroups: [
            { date: '2026-01-15', status: 'held' },
            { date: '2026-01-15', status: 'scheduled' },
          ],
        },
      }),
      [],
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.values.map((v) => v.source.path)).toEqual([
      coreGroupsPage,
      coreGroupsPage,
    ]);
  });
});

describe('mergePageRead: corrections', () => {
  const page = read({
    path: summary,
    readAt: '2026-02-01T09:00:00.000Z',
    fields: {
      icpcDate: '2026-01-05',
      coreGroups: [{ date: '2026-01-15', status: 'scheduled' }],
    },
  });
  const icpcFix = correction({
    change: { field: 'icpcDate', key: '', value: '2026-01-06' },
    pageValue: '2026-01-05',
    note: 'The minutes give the 6th',
  });

  it('a correction wins over later reads while the page shows what it showed', () => {
    const later = read({ ...page, readAt: '2026-03-05T09:00:00.000Z' });
    const result = fold([page, later], [icpcFix]);
    expect(result.record.icpcDate).toBe('2026-01-06');
    expect(result.record.provenance?.icpcDate).toEqual({
      kind: 'user',
      enteredAt: '2026-03-01T10:00:00.000Z',
      note: 'The minutes give the 6th',
    });
    expect(result.superseded).toEqual([]);
  });

  it('lapses when the page shows something else: the case system was changed', () => {
    const changed = read({
      ...page,
      readAt: '2026-03-05T09:00:00.000Z',
      fields: { icpcDate: '2026-01-07' },
    });
    const result = fold([page, changed], [icpcFix]);
    expect(result.record.icpcDate).toBe('2026-01-07');
    expect(result.superseded).toEqual([1]);
  });

  it('an already superseded correction is not applied again', () => {
    const lapsed = { ...icpcFix, supersededAt: '2026-03-05T09:00:00.000Z' };
    expect(fold([page], [lapsed]).record.icpcDate).toBe('2026-01-05');
  });

  it('removes an item the page shows wrongly, and adds one it does not show', () => {
    const result = fold(
      [page],
      [
        correction({
          id: 1,
          change: { field: 'coreGroups', key: '2026-01-15', value: null },
          pageValue: { date: '2026-01-15', status: 'scheduled' },
        }),
        correction({
          id: 2,
          change: {
            field: 'coreGroups',
            key: '2026-01-16',
            value: { date: '2026-01-16', status: 'held' },
          },
          pageValue: null,
        }),
      ],
    );
    expect(result.record.coreGroups).toEqual([
      {
        date: '2026-01-16',
        status: 'held',
        source: { kind: 'user', enteredAt: '2026-03-01T10:00:00.000Z' },
      },
    ]);
  });

  it('a value added by hand lapses once a page shows one', () => {
    const added = correction({
      change: { field: 'planEndDate', key: '', value: '2026-09-01' },
      pageValue: null,
    });
    expect(fold([page], [added]).record.planEndDate).toBe('2026-09-01');
    const shown = read({
      ...page,
      readAt: '2026-03-05T09:00:00.000Z',
      fields: { ...page.fields, planEndDate: '2026-10-01' },
    });
    const result = fold([page, shown], [added]);
    expect(result.record.planEndDate).toBe('2026-10-01');
    expect(result.superseded).toEqual([1]);
  });

  it('the latest of two corrections of the same value wins', () => {
    const second = {
      ...icpcFix,
      id: 2,
      enteredAt: '2026-03-02T10:00:00.000Z',
      change: { ...icpcFix.change, value: '2026-01-04' },
    } as Correction;
    expect(fold([page], [second, icpcFix]).record.icpcDate).toBe('2026-01-04');
  });

  it('refuses a correction whose key does not match the item', () => {
    const result = CorrectionChangeSchema.safeParse({
      field: 'coreGroups',
      key: '2026-01-15',
      value: { date: '2026-01-16', status: 'held' },
    });
    expect(result.success).toBe(false);
    expect(
      CorrectionChangeSchema.safeParse({ field: 'icpcDate', key: 'x', value: '2026-01-01' })
        .success,
    ).toBe(false);
  });
});

describe('canonical values and hashes', () => {
  it('compares by content whatever the key order, ignoring undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('hashes text to a fixed-width hex string that changes with the text', () => {
    expect(hash53('abc')).toMatch(/^[0-9a-f]{14}$/);
    expect(hash53('abc')).toBe(hash53('abc'));
    expect(hash53('abc')).not.toBe(hash53('abd'));
  });

  it('splits a school move key back into its parts, even with | in the child id', () => {
    const item = { childId: 'a|b', date: '2026-01-01' };
    expect(keyParts('schoolMoves', naturalKey('schoolMoves', item))).toEqual(['a|b', '2026-01-01']);
    expect(compareKeyParts(['c1', 'z'], ['c1a', 'a'])).toBeLessThan(0);
  });
});

// ---- Properties ----------------------------------------------------------------------------

const date = fc.constantFrom('2026-01-05', '2026-01-12', '2026-02-02');
const childId = fc.constantFrom('c1', 'c2');
const status = fc.constantFrom('scheduled' as const, 'held' as const);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const list = <T>(arb: fc.Arbitrary<T>) => opt(fc.array(arb, { maxLength: 3 }));

const fieldsArb = fc.record(
  {
    region: fc.constantFrom('england-and-wales' as const, 'scotland' as const),
    icpcDate: date,
    planEndDate: date,
    children: list(
      fc.record(
        {
          id: childId,
          name: fc.constantFrom('Ava Example', 'Ava Exampel'),
          preVerbal: fc.boolean(),
        },
        { requiredKeys: ['id', 'name'] },
      ),
    ),
    reviewConferences: list(
      fc.record({ date, status, reportSharedDate: date }, { requiredKeys: ['date', 'status'] }),
    ),
    coreGroups: list(
      fc.record(
        {
          date,
          status,
          attendees: fc.array(
            fc.constantFrom({ name: 'SW' }, { name: 'School', role: 'teacher' }),
            {
              maxLength: 2,
            },
          ),
          riskTrend: fc.constantFrom('increasing', 'stable', null),
          householdChanges: fc.array(
            fc.record(
              {
                name: fc.constantFrom('Craig'),
                relationship: fc.constant('partner'),
                assessed: fc.boolean(),
              },
              { requiredKeys: ['name', 'relationship'] },
            ),
            { maxLength: 1 },
          ),
        },
        { requiredKeys: ['date', 'status'] },
      ),
    ),
    visits: list(
      fc.record({
        date,
        children: fc.array(
          fc.record(
            { childId, seen: fc.boolean(), seenAlone: fc.boolean() },
            { requiredKeys: ['childId', 'seen'] },
          ),
          { maxLength: 2 },
        ),
      }),
    ),
    schoolMoves: list(fc.record({ childId, date })),
    plans: list(
      fc.record({
        childId,
        sections: fc.dictionary(fc.constantFrom('needs', 'objectives'), fc.constantFrom('a', 'b')),
        actions: fc.array(fc.record({ text: fc.constantFrom('Attend', 'Refer') }), {
          maxLength: 2,
        }),
      }),
    ),
  },
  { requiredKeys: [] },
);

const readArb: fc.Arbitrary<PageRead> = fc
  .record({
    path: fc.constantFrom(summary, coreGroupsPage, visitPage),
    minute: fc.integer({ min: 0, max: 59 }),
    fields: fieldsArb,
  })
  .map(({ path, minute, fields }) =>
    read({ path, readAt: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`, fields }),
  );
const readsArb = fc.array(readArb, { maxLength: 5 });

/** Every single value a read gives, with where it sits, as the merge compares them. */
function leaves(
  value: unknown,
  shape: string,
  at: string[],
): Array<{ at: string[]; value: unknown }> {
  if (shape === 'visits.children' && Array.isArray(value)) {
    return value.flatMap((child) =>
      leaves(child, 'visits.children[]', [...at, String((child as { childId: string }).childId)]),
    );
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${shape}.${k}`, [...at, k]));
  }
  return [{ at, value }];
}

function valueAt(value: unknown, shape: string, at: readonly string[]): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [string, ...string[]];
  if (shape === 'visits.children' && Array.isArray(value)) {
    const child = value.find((c) => (c as { childId: string }).childId === head);
    return valueAt(child, 'visits.children[]', rest);
  }
  return valueAt((value as Record<string, unknown> | undefined)?.[head], `${shape}.${head}`, rest);
}

function hasConflictFor(
  conflicts: Conflict[],
  where: Omit<Conflict, 'caseId' | 'values'>,
  value: unknown,
  path: string,
) {
  return conflicts.some(
    (c) =>
      c.field === where.field &&
      c.key === where.key &&
      sameValue(c.at, where.at) &&
      c.values.some((v) => v.source.path === path && sameValue(v.value, value)),
  );
}

describe('merge properties', () => {
  it('merging the same read twice changes nothing', () => {
    fc.assert(
      fc.property(readsArb, readArb, (earlier, r) => {
        const once = mergePageRead(fold(earlier).reads, r, []);
        const twice = mergePageRead(once.reads, r, []);
        expect(twice).toEqual(once);
      }),
    );
  });

  it('never drops a value another page gives: it is shown, or kept in a conflict', () => {
    fc.assert(
      fc.property(readsArb, readArb, (earlier, r) => {
        const before = fold(earlier);
        const { record, conflicts } = mergePageRead(before.reads, r, []);
        for (const other of before.reads.filter((q) => q.path !== r.path)) {
          for (const field of SCALAR_FIELDS) {
            const value = other.fields[field];
            if (value === undefined) continue;
            const kept =
              record[field] === value ||
              hasConflictFor(conflicts, { field, key: '', at: [] }, value, other.path);
            expect(kept).toBe(true);
          }
          for (const field of LIST_FIELDS) {
            for (const item of (other.fields[field] ?? []) as AnyListItem[]) {
              const key = naturalKey(field, item);
              const merged = (record[field] as AnyListItem[]).find(
                (i) => naturalKey(field, i) === key,
              );
              expect(merged).toBeDefined();
              for (const leaf of leaves(item, field, [])) {
                const kept =
                  sameValue(valueAt(merged, field, leaf.at), leaf.value) ||
                  hasConflictFor(conflicts, { field, key, at: leaf.at }, leaf.value, other.path);
                expect(kept).toBe(true);
              }
            }
          }
        }
      }),
    );
  });

  it('always produces a record that passes CaseRecordSchema', () => {
    fc.assert(
      fc.property(readsArb, (reads) => {
        const { record } = fold(reads);
        expect(CaseRecordSchema.safeParse(record).success).toBe(true);
      }),
    );
  });

  it('gives the same record whatever order the pages were merged in', () => {
    fc.assert(
      fc.property(readsArb, fc.infiniteStream(fc.double({ noNaN: true })), (reads, noise) => {
        const latest = fold(reads).reads;
        const shuffled = latest
          .map((r) => ({ r, k: noise.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.r);
        const a = mergeCase(CASE, latest, []);
        const b = mergeCase(CASE, shuffled, []);
        expect(b.record).toEqual(a.record);
        expect(b.conflicts).toEqual(a.conflicts);
      }),
    );
  });

  it('shows every value only where some page or correction gave it', () => {
    fc.assert(
      fc.property(readsArb, (reads) => {
        const { record } = fold(reads);
        for (const field of LIST_FIELDS) {
          for (const item of record[field] as AnyListItem[]) {
            const key = naturalKey(field, item);
            const { source: _, ...withoutSource } = item as AnyListItem & { source?: unknown };
            for (const leaf of leaves(withoutSource, field, [])) {
              const someone = reads.some((r) =>
                ((r.fields[field] ?? []) as AnyListItem[]).some(
                  (i) =>
                    naturalKey(field, i) === key &&
                    leaves(i, field, []).some(
                      (l) => sameValue(l.at, leaf.at) && sameValue(l.value, leaf.value),
                    ),
                ),
              );
              expect(someone).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('a correction holds until its value changes on the pages, then lapses', () => {
    fc.assert(
      fc.property(readsArb, readArb, date, (earlier, r, value) => {
        const before = fold(earlier);
        const fix = correction({
          change: { field: 'icpcDate', key: '', value },
          pageValue: before.record.icpcDate ?? null,
        });
        const after = mergePageRead(before.reads, r, [fix]);
        const pageNow = mergeCase(CASE, after.reads, []).record.icpcDate ?? null;
        if (pageNow === (before.record.icpcDate ?? null)) {
          expect(after.record.icpcDate).toBe(value);
          expect(after.superseded).toEqual([]);
        } else {
          expect(after.record.icpcDate ?? null).toBe(pageNow);
          expect(after.superseded).toEqual([1]);
        }
      }),
    );
  });
});
