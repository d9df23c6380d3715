import { normaliseLabel } from './normalise-label';

export type YesNoRead = { ok: true; value: boolean } | { ok: false; raw: string; reason: string };

/** Extra whole answers a field accepts, e.g. "Not seen alone" for seen alone (see synonyms.ts). */
export interface YesNoWords {
  readonly yes?: readonly string[];
  readonly no?: readonly string[];
}

const YES = new Set(['y', 'yes', 'true', 'ticked', 'checked', 'on']);
const NO = new Set(['n', 'no', 'false', 'unticked', 'unchecked', 'off']);
const YES_GLYPHS = new Set(['✓', '✔', '☑', '🗹']);
const NO_GLYPHS = new Set(['✗', '✘', '☐']);
/** A cross is "ticked" on a paper form and "no" on a screen: either reading would be a guess. */
const CROSSES = new Set(['x', '×', '✕', '✖', '☒', '❌']);
const NOT_APPLICABLE = new Set(['n a', 'na', 'not applicable']);
const NOT_SAID = new Set(['unknown', 'not known', 'not recorded', 'not stated', 'tbc', 'blank']);
/** "No - parent refused", "Yes (at school)": a plain answer first, then an explanation. */
const ANSWER_THEN_REASON = /^(yes|y|no|n)\s*[-–—:,.;(]/i;

/**
 * Reads a yes/no answer: words, ticks, or a checkbox's state (pass the boolean). Whole-answer
 * matching only, so "Not seen alone" can never be read as "seen alone"; "N/A", crosses and
 * anything else come back not ok with the reason.
 */
export function parseYesNo(raw: string | boolean, words: YesNoWords = {}): YesNoRead {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw !== 'string') return fail('', 'not text');
  const trimmed = raw.trim();
  if (trimmed === '') return fail(raw, 'blank');
  if (YES_GLYPHS.has(trimmed)) return { ok: true, value: true };
  if (NO_GLYPHS.has(trimmed)) return { ok: true, value: false };
  if (CROSSES.has(trimmed.toLowerCase())) {
    return fail(raw, 'a cross can mean ticked or no');
  }
  const said = normaliseLabel(trimmed);
  if (words.no?.some((w) => normaliseLabel(w) === said)) return { ok: true, value: false };
  if (words.yes?.some((w) => normaliseLabel(w) === said)) return { ok: true, value: true };
  if (YES.has(said)) return { ok: true, value: true };
  if (NO.has(said)) return { ok: true, value: false };
  if (NOT_APPLICABLE.has(said)) return fail(raw, `says "${clip(trimmed)}": neither yes nor no`);
  if (NOT_SAID.has(said)) return fail(raw, `says "${clip(trimmed)}": not recorded`);
  const lead = ANSWER_THEN_REASON.exec(trimmed);
  if (lead) return { ok: true, value: (lead[1] as string).toLowerCase().startsWith('y') };
  return fail(raw, 'not a yes or no answer');
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const fail = (raw: string, reason: string): YesNoRead => ({ ok: false, raw, reason });
