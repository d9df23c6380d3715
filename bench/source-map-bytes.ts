/**
 * Which source files the bytes of a built bundle came from, read from its source map: each
 * mapping segment owns the generated text up to the next segment. Decoded here (the VLQ format
 * of the Source Map v3 spec, https://tc39.es/ecma426/) so the bench needs no extra package.
 */

export interface SourceMapV3 {
  sources: (string | null)[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** One segment's fields, relative as written (the first is the generated column). */
export function decodeVlqSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`not a base64 VLQ digit: "${char}"`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error(`unfinished VLQ segment: "${segment}"`);
  return values;
}

/** Per generated line, the segments as [column, source index or -1], absolute. */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const raw of line.split(',')) {
      if (raw === '') continue;
      const fields = decodeVlqSegment(raw);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
      // Fields 2-4 (line, column, name) are relative across the whole map, but only the
      // source index is needed here; the rest need not be tracked.
    }
    lines.push(segments);
  }
  return lines;
}

export const UNMAPPED = '(no source: bundler glue)';

/** Generated characters per source (the bundles are ASCII, so characters are bytes). */
export function bytesBySource(code: string, map: SourceMapV3): Map<string, number> {
  const totals = new Map<string, number>();
  const add = (name: string, n: number) => {
    if (n > 0) totals.set(name, (totals.get(name) ?? 0) + n);
  };
  const lines = code.split('\n');
  const decoded = decodeMappings(map.mappings);
  lines.forEach((text, i) => {
    const segments = decoded[i] ?? [];
    add(UNMAPPED, (segments[0]?.[0] ?? text.length) + (i < lines.length - 1 ? 1 : 0));
    segments.forEach(([column, source], j) => {
      const end = Math.min(segments[j + 1]?.[0] ?? text.length, text.length);
      add(source < 0 ? UNMAPPED : (map.sources[source] ?? UNMAPPED), end - column);
    });
  });
  return totals;
}

/**
 * A source path grouped the way a reader thinks of it: a package under node_modules by its
 * name (`react-dom`, `@wxt-dev/browser`), the project's own files by their path.
 */
export function moduleOf(source: string): string {
  const parts = source.replace(/\\/g, '/').split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? source;
    return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
  }
  const own = parts.filter((p) => p !== '..' && p !== '.');
  return own.join('/');
}
