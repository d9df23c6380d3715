import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyPageRead,
  CURRENT_SCHEMA_VERSION,
  declareSchema,
  getCaseRecord,
  getCaseView,
  getSettings,
  type LensDb,
  listAudit,
  listCases,
  mergeCase,
  openLensDb,
  SCHEMA_HISTORY,
} from '../../lib/store';

/*
 * Upgrade harness. For every schema version ever released there is a fixture: raw rows exactly as
 * that version wrote them (literal objects, never built with today's code, so they stay what that
 * release really stored) and a check, through the public API, of what today's code must read back.
 * Each fixture is written with its own version's schema and opened with the current LensDb, so
 * every upgrade step from there to now runs. When version N + 1 is added, add its fixture here and
 * leave the older ones alone (see the procedure in lib/store/db.ts).
 */

interface VersionFixture {
  rows: Record<string, object[]>;
  check(db: LensDb): Promise<void>;
}

// All names and identifiers are fictional.
const SUMMARY = {
  kind: 'page',
  pageKind: 'case-summary',
  path: '/cases/C-7001',
  readAt: '2026-02-01T09:00:00.000Z',
  profileId: 'demo-classic',
} as const;
const MEETINGS = {
  kind: 'page',
  pageKind: 'core-group',
  path: '/cases/C-7001/meetings',
  readAt: '2026-02-01T09:05:00.000Z',
  profileId: 'demo-classic',
} as const;
const CORRECTED = { kind: 'user', enteredAt: '2026-02-01T09:10:00.000Z' } as const;

const FIXTURES: Record<number, VersionFixture> = {
  1: {
    rows: {
      cases: [
        {
          caseId: 'C-7001',
          origin: 'http://127.0.0.1:5173',
          profileId: 'demo-classic',
          region: 'england-and-wales',
          icpcDate: '2026-01-05',
          provenance: { region: SUMMARY, icpcDate: SUMMARY },
          firstReadAt: '2026-02-01T09:00:00.000Z',
          lastReadAt: '2026-02-01T09:05:00.000Z',
          lastOpenedAt: '2026-02-01T09:06:00.000Z',
          updatedAt: '2026-02-01T09:10:00.000Z',
          nextDueDate: '2026-02-26',
          childNames: ['Dee Example'],
          conflictCount: 0,
          unreadCount: 1,
        },
      ],
      children: [
        {
          caseId: 'C-7001',
          id: 'd1',
          name: 'Dee Example',
          dateOfBirth: '2018-05-05',
          source: SUMMARY,
        },
      ],
      conferences: [],
      coreGroups: [
        {
          caseId: 'C-7001',
          date: '2026-01-15',
          status: 'held',
          minutesCirculatedDate: '2026-01-19',
          source: CORRECTED,
        },
      ],
      visits: [
        {
          caseId: 'C-7001',
          date: '2026-01-20',
          children: [{ childId: 'd1', seen: true, seenAlone: true }],
          source: MEETINGS,
        },
      ],
      schoolMoves: [{ caseId: 'C-7001', childId: 'd1', date: '2026-01-10', source: SUMMARY }],
      plans: [],
      pageReads: [
        {
          caseId: 'C-7001',
          pageKind: 'case-summary',
          path: '/cases/C-7001',
          readAt: '2026-02-01T09:00:00.000Z',
          profileId: 'demo-classic',
          fields: {
            region: 'england-and-wales',
            icpcDate: '2026-01-05',
            children: [{ id: 'd1', name: 'Dee Example', dateOfBirth: '2018-05-05' }],
            schoolMoves: [{ childId: 'd1', date: '2026-01-10' }],
          },
          unread: [{ field: 'planEndDate', label: 'Plan end', raw: 'tbc', reason: 'not a date' }],
          hash: '0a1b2c3d4e5f60',
          checkedAt: '2026-02-01T09:00:00.000Z',
        },
        {
          caseId: 'C-7001',
          pageKind: 'core-group',
          path: '/cases/C-7001/meetings',
          readAt: '2026-02-01T09:05:00.000Z',
          profileId: 'demo-classic',
          fields: {
            coreGroups: [{ date: '2026-01-15', status: 'held' }],
            visits: [
              { date: '2026-01-20', children: [{ childId: 'd1', seen: true, seenAlone: true }] },
            ],
          },
          unread: [],
          hash: '1a1b2c3d4e5f60',
          checkedAt: '2026-02-01T09:05:00.000Z',
        },
      ],
      conflicts: [],
      corrections: [
        {
          id: 1,
          caseId: 'C-7001',
          change: {
            field: 'coreGroups',
            key: '2026-01-15',
            value: { date: '2026-01-15', status: 'held', minutesCirculatedDate: '2026-01-19' },
          },
          enteredAt: '2026-02-01T09:10:00.000Z',
          pageValue: { date: '2026-01-15', status: 'held' },
          pageSource: MEETINGS,
        },
      ],
      settings: [{ key: 'retentionDays', value: 45 }],
      audit: [
        {
          id: 1,
          at: '2026-02-01T09:00:00.000Z',
          action: 'read',
          caseId: 'C-7001',
          pageKind: 'case-summary',
          path: '/cases/C-7001',
          counts: { added: 2, unread: 1 },
        },
        {
          id: 2,
          at: '2026-02-01T09:10:00.000Z',
          action: 'correct',
          caseId: 'C-7001',
          field: 'coreGroups',
        },
      ],
    },
    async check(db) {
      const expected = {
        caseId: 'C-7001',
        region: 'england-and-wales',
        icpcDate: '2026-01-05',
        provenance: { region: SUMMARY, icpcDate: SUMMARY },
        children: [{ id: 'd1', name: 'Dee Example', dateOfBirth: '2018-05-05', source: SUMMARY }],
        reviewConferences: [],
        coreGroups: [
          {
            date: '2026-01-15',
            status: 'held',
            minutesCirculatedDate: '2026-01-19',
            source: CORRECTED,
          },
        ],
        visits: [
          {
            date: '2026-01-20',
            children: [{ childId: 'd1', seen: true, seenAlone: true }],
            source: MEETINGS,
          },
        ],
        schoolMoves: [{ childId: 'd1', date: '2026-01-10', source: SUMMARY }],
        plans: [],
      };
      expect(await getCaseRecord(db, 'C-7001')).toEqual(expected);

      const view = await getCaseView(db, 'C-7001');
      expect(view).toMatchObject({
        origin: 'http://127.0.0.1:5173',
        lastOpenedAt: '2026-02-01T09:06:00.000Z',
        nextDueDate: '2026-02-26',
        unread: [{ field: 'planEndDate', raw: 'tbc', path: '/cases/C-7001' }],
      });
      // Today's merge reads the old sources as that release did.
      const remerged = mergeCase(
        'C-7001',
        (await db.pageReads.toArray()) as never,
        view?.corrections ?? [],
      );
      expect(remerged.record).toEqual(expected);
      expect(remerged.superseded).toEqual([]);

      expect((await listCases(db)).map((c) => c.caseId)).toEqual(['C-7001']);
      const settings = await getSettings(db);
      expect(settings.ok && settings.value.retentionDays).toBe(45);
      expect(await listAudit(db)).toHaveLength(2);

      // And the old data keeps working: a new read merges with it, the correction still holds.
      const result = await applyPageRead(
        db,
        {
          caseId: 'C-7001',
          pageKind: 'visit',
          path: '/cases/C-7001/visits/2026-02-03',
          readAt: '2026-02-03T09:00:00.000Z',
          fields: { visits: [{ date: '2026-02-03', children: [{ childId: 'd1', seen: true }] }] },
        },
        { origin: 'http://127.0.0.1:5173', now: new Date('2026-02-03T09:00:01.000Z') },
      );
      expect(result.ok).toBe(true);
      const after = await getCaseRecord(db, 'C-7001');
      expect(after?.visits.map((v) => v.date)).toEqual(['2026-01-20', '2026-02-03']);
      expect(after?.coreGroups[0]?.source).toEqual(CORRECTED);
    },
  },
};

const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Writes a fixture's rows into a database declared only up to `version`. */
async function writeAtVersion(name: string, version: number, rows: VersionFixture['rows']) {
  const old = new Dexie(name);
  declareSchema(old, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, tableRows] of Object.entries(rows))
      await old.table(table).bulkAdd(tableRows);
  });
  old.close();
}

describe.each(SCHEMA_HISTORY.map((step) => step.version))(
  'a database written by schema version %i',
  (version) => {
    it('opens with the current code, upgraded, and keeps every record', async () => {
      const fixture = FIXTURES[version];
      if (!fixture) throw new Error(`Add a fixture for schema version ${version}.`);
      const name = `migrate-v${version}-${crypto.randomUUID()}`;
      await writeAtVersion(name, version, fixture.rows);
      const db = openLensDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      await fixture.check(db);
    });
  },
);

describe('schema history', () => {
  it('numbers versions 1, 2, 3… and gives every version after the first an upgrade step', () => {
    SCHEMA_HISTORY.forEach((step, i) => {
      expect(step.version).toBe(i + 1);
      if (i > 0) expect(step.upgrade, `version ${step.version}`).toBeTypeOf('function');
    });
    expect(CURRENT_SCHEMA_VERSION).toBe(SCHEMA_HISTORY.length);
  });

  it('has a fixture for every version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_HISTORY.map((s) => s.version));
  });

  it('never edits a released version (append a new one instead)', () => {
    expect(SCHEMA_HISTORY[0]?.stores).toEqual({
      cases: 'caseId, lastReadAt, planEndDate, nextDueDate, region',
      children: '[caseId+id]',
      conferences: '[caseId+date]',
      coreGroups: '[caseId+date]',
      visits: '[caseId+date]',
      schoolMoves: '[caseId+childId+date]',
      plans: '[caseId+childId]',
      pageReads: '[caseId+path]',
      conflicts: '[caseId+slot]',
      corrections: '++id, caseId',
      settings: 'key',
      audit: '++id, at, caseId',
    });
  });
});

describe('several contexts holding the database', () => {
  it('closes for another context upgrading, so the upgrade never hangs, and says so', async () => {
    const name = `versionchange-${crypto.randomUUID()}`;
    const onVersionChange = vi.fn();
    const sidebar = openLensDb(name, { onVersionChange });
    opened.push(sidebar);
    await sidebar.open();

    const newer = new Dexie(name);
    opened.push(newer);
    declareSchema(newer);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(sidebar.isOpen()).toBe(false);
  });

  it('tells its caller when its own upgrade waits on a connection that does not close', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    // An old connection that ignores version changes, as a stuck page might.
    const stuck = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const onBlocked = vi.fn();
    const db = openLensDb(name, { onBlocked });
    opened.push(db);
    const opening = db.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    stuck.close();
    await opening;
    expect(db.isOpen()).toBe(true);
  });
});
