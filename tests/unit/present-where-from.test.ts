import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../lib/present/date-input';
import { formatUkDate } from '../../lib/present/format-date';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import { pageLink, ukDateOf, whereFrom } from '../../lib/present/where-from';

const ORIGIN = 'http://127.0.0.1:4173';

describe('links back to the case system', () => {
  it('joins the case system’s origin and the page’s path and query', () => {
    expect(pageLink(ORIGIN, '/careflow/case/CF-1/summary')).toBe(
      'http://127.0.0.1:4173/careflow/case/CF-1/summary',
    );
    expect(pageLink(ORIGIN, '/gridcase/workspace?case=GC-1&tab=plan&child=P-1')).toBe(
      'http://127.0.0.1:4173/gridcase/workspace?case=GC-1&tab=plan&child=P-1',
    );
  });

  it('never makes a link off the case system, or to a script', () => {
    expect(pageLink(ORIGIN, '//evil.example/x')).toBeUndefined();
    expect(pageLink(ORIGIN, 'javascript:alert(1)')).toBeUndefined();
    expect(pageLink(ORIGIN, 'https://evil.example/')).toBeUndefined();
    expect(pageLink('javascript:alert(1)', '/x')).toBeUndefined();
    expect(pageLink(`${ORIGIN}/careflow`, '/x')).toBeUndefined();
    expect(pageLink(undefined, '/x')).toBeUndefined();
  });

  it('keeps every link it makes on the given origin, whatever the path', () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        const href = pageLink(ORIGIN, path);
        if (href !== undefined) expect(new URL(href).origin).toBe(ORIGIN);
      }),
    );
  });
});

describe('where a value came from', () => {
  it('names the page and the UK day it was read, with a link', () => {
    const from = whereFrom(
      {
        kind: 'page',
        pageKind: 'core-group',
        path: '/careflow/case/CF-1/core-groups',
        readAt: '2026-11-24T23:30:00.000Z',
      },
      ORIGIN,
    );
    // 23:30 UTC on 24 November is still 24 November in London (GMT).
    expect(from).toEqual({
      kind: 'page',
      text: 'Read from the core groups page on 24/11/2026',
      href: 'http://127.0.0.1:4173/careflow/case/CF-1/core-groups',
    });
    // In summer, 23:30 UTC is already the next day in London.
    expect(ukDateOf('2026-07-01T23:30:00.000Z')).toBe('02/07/2026');
  });

  it('says when a value was entered by the user, and when nothing says where it came from', () => {
    expect(
      whereFrom({
        kind: 'user',
        enteredAt: '2026-11-25T10:00:00.000Z',
        note: 'Confirmed as shown',
      }),
    ).toEqual({ kind: 'user', text: 'Entered by you on 25/11/2026 (Confirmed as shown)' });
    expect(whereFrom(undefined).kind).toBe('unknown');
  });
});

describe('dates a worker types', () => {
  it('reads the UK form and the ISO form, and refuses what does not exist', () => {
    expect(parseDateInput('17/12/2026')).toBe('2026-12-17');
    expect(parseDateInput(' 5/3/2027 ')).toBe('2027-03-05');
    expect(parseDateInput('05.03.2027')).toBe('2027-03-05');
    expect(parseDateInput('2027-03-05')).toBe('2027-03-05');
    expect(parseDateInput('31/02/2027')).toBeUndefined();
    expect(parseDateInput('05/03/27')).toBeUndefined();
    expect(parseDateInput('03/05')).toBeUndefined();
    expect(parseDateInput('5 March 2027')).toBeUndefined();
  });

  it('reads back every date it writes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDateInput(formatUkDate(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('list keys', () => {
  it('makes repeats unique without losing or reordering anything', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'a#2', 'c')), (items) => {
        const keyed = withUniqueKeys(items, (x) => x);
        expect(keyed.map((k) => k.item)).toEqual(items);
        expect(new Set(keyed.map((k) => k.key)).size).toBe(items.length);
      }),
    );
  });
});
