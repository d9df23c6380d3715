import type { Findings, Found } from './findings';
import { normaliseLabel } from './normalise-label';

/**
 * What the content script and the background must agree on before a page read is built: which
 * case a page is about. The content script decides from this alone whether to show the sidebar
 * and for which case; the background builds the record (build-page-read.ts) with the same
 * function, so the case the sidebar shows and the case the read is stored under cannot differ.
 */

/** Texts that mean "nothing entered" in any system: absent, never a read failure. */
const ALWAYS_BLANK = new Set(
  ['not recorded', 'not set', 'not entered', 'none recorded', 'please select', 'select'].map(
    normaliseLabel,
  ),
);

/** The longest case id PageReadSchema (lib/domain/page-read.ts) takes. */
export const CASE_ID_MOST = 200;

/** True when the value shown means "nothing entered". */
export function isBlank(found: Found): boolean {
  const { shown } = found;
  if (shown.checked !== undefined) return false;
  if (shown.text.trim() === '') return !shown.machineDate;
  const said = normaliseLabel(shown.text);
  return (
    ALWAYS_BLANK.has(said) ||
    (found.options?.blank?.some((b) => normaliseLabel(b) === said) ?? false)
  );
}

/** The text shown, with the profile's own words for values replaced ("Booked" → "scheduled"). */
export function inOwnWords(found: Found): string {
  let text = found.shown.text;
  const values = found.options?.values;
  if (values) {
    const said = normaliseLabel(text);
    for (const [from, to] of Object.entries(values)) {
      if (normaliseLabel(from) === said) text = to;
    }
  }
  return text;
}

/** The case id the page shows, read as a text field; undefined when none can be stored. */
export function caseIdOf(findings: Findings): string | undefined {
  const found = findings.caseValues.caseId;
  if (!found || isBlank(found)) return undefined;
  const id = inOwnWords(found).trim();
  return id.length > CASE_ID_MOST ? undefined : id;
}
