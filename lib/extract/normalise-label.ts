/** Labels already normalised: a page repeats a few labels and values thousands of times. */
const cache = new Map<string, string>();
/** Bounded so a page of unique long texts cannot grow it without end. */
const MOST_CACHED = 20_000;
const LONGEST_CACHED = 200;

/**
 * A label as the synonym list compares it: case, accents, punctuation and spacing ignored, "&"
 * read as "and", and a hint in brackets dropped ("Date of birth (dd/mm/yyyy)" → "date of
 * birth"), and a leading "The" dropped, so "Seen alone?", "SEEN ALONE" and "Seen  alone:" are
 * the same label, and so are "The child's needs" and "Child's needs".
 */
export function normaliseLabel(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const normal = normalise(text);
  if (text.length <= LONGEST_CACHED) {
    if (cache.size >= MOST_CACHED) cache.clear();
    cache.set(text, normal);
  }
  return normal;
}

function normalise(text: string): string {
  const lower = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const withoutHints = lower.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  const base = /[\p{L}\p{N}]/u.test(withoutHints) ? withoutHints : lower;
  return base
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the (?=\S)/, '');
}
