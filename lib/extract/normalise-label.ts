/**
 * A label as the synonym list compares it: case, accents, punctuation and spacing ignored, "&"
 * read as "and", and a hint in brackets dropped ("Date of birth (dd/mm/yyyy)" → "date of
 * birth"), and a leading "The" dropped, so "Seen alone?", "SEEN ALONE" and "Seen  alone:" are
 * the same label, and so are "The child's needs" and "Child's needs".
 */
export function normaliseLabel(text: string): string {
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
