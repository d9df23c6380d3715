import { ITEM_FIELDS } from '../fields';
import type { ValueSource } from '../site-profile';

/**
 * A core group's record beyond attendance, as both demo systems label it: with the built-in
 * synonyms (lib/extract/synonyms.ts, whose first label for each field is the demo's). Each is
 * left off the page when the record does not show it (optional), and shown empty when it is
 * recorded as none.
 */
export function meetingRecordFields(): Record<string, ValueSource> {
  return Object.fromEntries(
    Object.keys(ITEM_FIELDS.coreGroups)
      .slice(5)
      .map((field) => [field, { synonyms: true, emptyMeansNone: true, optional: true }]),
  );
}
