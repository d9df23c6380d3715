import { afterEach, expect } from 'vitest';
import type { CoreGroup, PageReadInput } from '../../lib/domain';
import { reviewMeetings } from '../../lib/rules/meeting-summary';
import { getProcedure } from '../../lib/rules/procedures';
import { applyPageRead, getCaseRecord, type LensDb, openLensDb } from '../../lib/store';

// All names and identifiers are fictional.
export const ORIGIN = 'http://127.0.0.1:5173';
/** When the meeting page is first read, and when entries and later reads are made. */
export const NOW = new Date('2026-03-01T12:00:00.000Z');
export const LATER = new Date('2026-03-02T09:00:00.000Z');
export const TODAY = '2026-03-02';
/** The date of the one meeting the case holds: the key of its entries. */
export const DATE = '2026-02-20';

export interface MeetingCase {
  caseId: string;
  /** The core group page the meeting is read from. */
  path: string;
  /** The meeting as the page first shows it. */
  meeting: CoreGroup;
}

/**
 * A store of one case whose core group page showed one meeting, and entries made over it: the
 * set-up of the meeting entry tests. Call it at the top of a test file: every database it opens
 * is closed after each test.
 */
export function meetingEntryStore({ caseId, path, meeting }: MeetingCase) {
  const opened: LensDb[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  function freshDb(): LensDb {
    const db = openLensDb(`meeting-entry-${caseId}-${crypto.randomUUID()}`);
    opened.push(db);
    return db;
  }

  function read(readAt: string, group: CoreGroup): PageReadInput {
    return { caseId, pageKind: 'core-group', path, readAt, fields: { coreGroups: [group] } };
  }

  async function stored(db: LensDb, group: CoreGroup = meeting) {
    const result = await applyPageRead(db, read('2026-03-01T10:00:00.000Z', group), {
      origin: ORIGIN,
      now: NOW,
    });
    expect(result.ok).toBe(true);
  }

  const entry = (section: string, value: unknown, key = DATE) => ({
    caseId,
    change: { field: 'meetingSection', key, section, value },
  });

  /** The meeting checks over the stored case, as the sidebar shows them today. */
  async function review(db: LensDb) {
    const record = await getCaseRecord(db, caseId);
    if (!record) throw new Error('case not stored');
    return reviewMeetings(record, getProcedure('england'), TODAY);
  }

  return { freshDb, read, stored, entry, review };
}
