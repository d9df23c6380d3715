import { afterEach, describe, expect, it } from 'vitest';
import type { CoreGroup, PageReadInput } from '../../lib/domain';
import {
  applyPageRead,
  exportCase,
  getCaseRecord,
  getCaseView,
  importData,
  type LensDb,
  openLensDb,
} from '../../lib/store';

// All names and identifiers are fictional.
const ORIGIN = 'http://127.0.0.1:5173';
const NOW = new Date('2026-03-01T12:00:00.000Z');
const CASE = 'C-2002';

const opened: LensDb[] = [];
function freshDb(): LensDb {
  const db = openLensDb(`meeting-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function read(path: string, readAt: string, coreGroups: CoreGroup[]): PageReadInput {
  return { caseId: CASE, pageKind: 'core-group', path, readAt, fields: { coreGroups } };
}

/** The grid of core groups: who attended. */
const GRID = '/gridcase/workspace?case=C-2002&tab=coregroups';
/** One meeting's own page: its record, with sections shown empty (`null`, `[]`). */
const RECORD = '/gridcase/workspace?case=C-2002&tab=coregroups&meeting=2026-02-20';

const attendance: CoreGroup = {
  date: '2026-02-20',
  status: 'held',
  attendees: [
    { name: 'Alex Brennan', role: 'lead social worker', agency: 'Northmoor Council' },
    { name: 'Chloe Dovecote', role: 'mother' },
  ],
  apologies: [{ name: 'Ben Tarrant', role: 'SENCo', writtenUpdateSent: false }],
};
const meetingRecord: CoreGroup = {
  date: '2026-02-20',
  status: 'held',
  chair: { name: 'Alex Brennan', role: 'lead social worker', kind: 'lead-social-worker' },
  viceChair: null,
  childSituation: 'Kai is quieter at school.',
  actionProgress: [
    { action: 'See Kai alone at school.', status: 'not-started', carriedOver: true },
    { action: 'Checks on the new partner.', status: 'in-progress', due: '2026-03-10' },
  ],
  riskTrend: 'increasing',
  nonCooperation: { level: 'some', notes: 'Partner details withheld.' },
  newActions: [{ text: 'Checks on the new partner.', owner: 'Alex Brennan', due: '2026-03-10' }],
  parentsViews: null,
  childViews: 'Kai would not talk about the new partner.',
  parentsAbsenceReason: null,
  nextMeetingDate: null,
  futureDatesAgreed: [],
  householdChanges: [
    { name: 'Craig Dunn', relationship: "mother's partner", since: '2026-01-30', assessed: false },
  ],
};

async function stored(db: LensDb) {
  const a = await applyPageRead(db, read(GRID, '2026-03-01T10:00:00.000Z', [attendance]), {
    origin: ORIGIN,
    now: NOW,
  });
  const b = await applyPageRead(db, read(RECORD, '2026-03-01T10:01:00.000Z', [meetingRecord]), {
    origin: ORIGIN,
    now: NOW,
  });
  expect(a.ok && b.ok).toBe(true);
}

describe('a core group meeting record in the store', () => {
  it('merges the grid row and the meeting page into one meeting, keeping "recorded as none"', async () => {
    const db = freshDb();
    await stored(db);
    const record = await getCaseRecord(db, CASE);
    const [group] = record?.coreGroups ?? [];
    const { source, ...merged } = group ?? ({} as CoreGroup);
    expect(merged).toEqual({ ...attendance, ...meetingRecord });
    // null and [] stay as they are: "the record shows this empty", not "not read".
    expect(merged.viceChair).toBeNull();
    expect(merged.nextMeetingDate).toBeNull();
    expect(merged.futureDatesAgreed).toEqual([]);
    expect(merged).not.toHaveProperty('minutesCirculatedDate');
    expect(source).toMatchObject({ kind: 'page', path: RECORD });
  });

  it('lists two pages that disagree on a nested value as a conflict', async () => {
    const db = freshDb();
    await stored(db);
    const changed = {
      ...attendance,
      apologies: [{ ...attendance.apologies?.[0], name: 'Ben Tarrant', writtenUpdateSent: true }],
    };
    await applyPageRead(
      db,
      read(RECORD, '2026-03-01T10:02:00.000Z', [{ ...meetingRecord, ...changed }]),
      {
        origin: ORIGIN,
        now: NOW,
      },
    );
    const view = await getCaseView(db, CASE);
    expect(view?.conflicts.map((c) => [c.field, c.key, c.at])).toEqual([
      ['coreGroups', '2026-02-20', ['apologies']],
    ]);
  });

  it('keeps every field of the meeting record through export and import', async () => {
    const db = freshDb();
    await stored(db);
    const exported = await exportCase(db, CASE, NOW);
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const target = freshDb();
    const imported = await importData(target, JSON.stringify(exported.value), NOW);
    expect(imported.ok).toBe(true);
    expect(await getCaseRecord(target, CASE)).toEqual(await getCaseRecord(db, CASE));
    const [group] = (await getCaseRecord(target, CASE))?.coreGroups ?? [];
    expect(group?.householdChanges?.[0]?.assessed).toBe(false);
    expect(group?.parentsAbsenceReason).toBeNull();
  });

  it('refuses a page read whose meeting record breaks the schema', async () => {
    const db = freshDb();
    const bad = read(GRID, '2026-03-01T10:00:00.000Z', [
      { ...attendance, riskTrend: 'worse' as CoreGroup['riskTrend'] },
    ]);
    const result = await applyPageRead(db, bad, { origin: ORIGIN, now: NOW });
    expect(result.ok).toBe(false);
    expect(await getCaseRecord(db, CASE)).toBeUndefined();
  });
});
