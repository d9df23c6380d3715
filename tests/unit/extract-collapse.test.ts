import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from '../../lib/extract/shown-value';

/** What collapsing means: every run of white space one space, none at either end. */
const reference = (text: string) => text.replace(/\s+/g, ' ').trim();

// Every character JavaScript counts as white space or a line end, plus a few that are not.
const SPACE_LIKE = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const OTHER = ['a', 'Z', '1', '/', ':', '-', '\u200b', 'é'];

describe('collapse', () => {
  it('gives the same text as replacing each run of white space and trimming, for any text', () => {
    const text = fc
      .array(fc.constantFrom(...SPACE_LIKE, ...OTHER, ...OTHER), { maxLength: 24 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(collapse(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('hands back text that needs nothing unchanged, and mends each kind that does', () => {
    expect(collapse('Seen alone')).toBe('Seen alone');
    expect(collapse('')).toBe('');
    expect(collapse(' Seen')).toBe('Seen');
    expect(collapse('Seen ')).toBe('Seen');
    expect(collapse('Seen  alone')).toBe('Seen alone');
    expect(collapse('Seen\u00a0alone')).toBe('Seen alone');
    expect(collapse('Seen\nalone')).toBe('Seen alone');
    expect(collapse('\ufeffSeen')).toBe('Seen');
  });
});
