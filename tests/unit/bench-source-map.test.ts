import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesBySource,
  decodeMappings,
  decodeVlqSegment,
  moduleOf,
  UNMAPPED,
} from '../../bench/source-map-bytes';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The Source Map v3 VLQ encoding, written out independently to check the decoder against. */
function encode(values: number[]): string {
  let out = '';
  for (const value of values) {
    let vlq = value < 0 ? -value * 2 + 1 : value * 2;
    do {
      let digit = vlq % 32;
      vlq = Math.floor(vlq / 32);
      if (vlq > 0) digit += 32;
      out += BASE64[digit];
    } while (vlq > 0);
  }
  return out;
}

describe('decodeVlqSegment', () => {
  it('reads the spec examples', () => {
    expect(decodeVlqSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlqSegment('AACA')).toEqual([0, 0, 1, 0]);
    expect(decodeVlqSegment('D')).toEqual([-1]);
    expect(decodeVlqSegment('gB')).toEqual([16]);
    expect(decodeVlqSegment('AAgBC')).toEqual([0, 0, 16, 1]);
    expect(decodeVlqSegment('2HwcrxB')).toEqual([123, 456, -789]);
  });

  it('decodes what the encoding writes, for any values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), { maxLength: 6 }),
        (xs) => {
          expect(decodeVlqSegment(encode(xs))).toEqual(xs);
        },
      ),
    );
  });

  it('refuses text that is not a VLQ segment', () => {
    expect(() => decodeVlqSegment('A!')).toThrow('not a base64 VLQ digit');
    expect(() => decodeVlqSegment('g')).toThrow('unfinished');
  });
});

describe('decodeMappings', () => {
  it('makes columns absolute per line and source indexes absolute across lines', () => {
    // Line 1: col 0 src 0, col 5 src 1. Line 2: col 2 src 1 (relative 0), col 4 with no source.
    const mappings = `${encode([0, 0, 0, 0])},${encode([5, 1, 0, 0])};${encode([2, 0, 0, 0])},${encode([2])}`;
    expect(decodeMappings(mappings)).toEqual([
      [
        [0, 0],
        [5, 1],
      ],
      [
        [2, 1],
        [4, -1],
      ],
    ]);
  });
});

describe('bytesBySource', () => {
  it('gives each segment the text up to the next one, and the rest to bundler glue', () => {
    const code = 'aaaaabbb\nxxccdd';
    const mappings = `${encode([0, 0, 0, 0])},${encode([5, 1, 0, 0])};${encode([2, 0, 0, 0])},${encode([2])}`;
    const totals = bytesBySource(code, { sources: ['a.ts', 'b.ts'], mappings });
    expect(Object.fromEntries(totals)).toEqual({
      'a.ts': 5,
      'b.ts': 3 + 2,
      [UNMAPPED]: 1 + 2 + 2,
    });
  });

  it('accounts for every character of the bundle exactly once', () => {
    const line = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -1, max: 3 })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        let previousSource = 0;
        const texts: string[] = [];
        const encoded = lines.map((segments) => {
          let column = 0;
          const parts: string[] = [];
          for (const [gap, source] of segments) {
            if (source < 0) parts.push(encode([gap]));
            else {
              parts.push(encode([gap, source - previousSource, 0, 0]));
              previousSource = source;
            }
            column += gap;
          }
          texts.push('x'.repeat(column + 3));
          return parts.join(',');
        });
        const code = texts.join('\n');
        const totals = bytesBySource(code, {
          sources: ['s0', 's1', 's2', 's3'],
          mappings: encoded.join(';'),
        });
        const sum = [...totals.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBe(code.length);
      }),
    );
  });
});

describe('moduleOf', () => {
  it('names a package by its name and the project’s files by their path', () => {
    expect(moduleOf('node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(moduleOf('../../node_modules/@wxt-dev/browser/src/index.mjs')).toBe('@wxt-dev/browser');
    expect(moduleOf('node_modules/a/node_modules/b/x.js')).toBe('b');
    expect(moduleOf('lib/extract/scan-page.ts')).toBe('lib/extract/scan-page.ts');
  });
});
