import { DEFAULT_DB_NAME, openLensDb } from '../../lib/store';

let deletionExpected = false;

/**
 * The options page is a top-level extension page, so it may read the database itself (and see
 * changes live). It writes only to export and import, which run here because a caseload's file
 * is larger than a runtime message may be (the store logs both in the same transaction); every
 * other change goes through the background, which checks and logs it. When another context
 * upgrades or deletes the database, Dexie closes this connection and the page reloads to run
 * against what is there now, except while this page is itself waiting for "delete everything":
 * then it waits for the answer, to say what happened.
 */
export const optionsDb = openLensDb(DEFAULT_DB_NAME, {
  onVersionChange: () => {
    if (!deletionExpected) location.reload();
  },
});

export function expectDeletion(expected: boolean): void {
  deletionExpected = expected;
}
