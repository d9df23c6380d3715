import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PageReadInput, PageReadSchema } from '../../lib/domain';
import {
  addCorrection,
  applyPageRead,
  deleteCase,
  getCaseRecord,
  getCaseView,
  type LensDb,
  listAudit,
  listCaseRecords,
  listCases,
  markCaseOpened,
  mergeCase,
  openLensDb,
  setNextDue,
  undoCorrection,
} from '../../lib/store';

// All names and identifiers are fictional.
const ORIGIN = 'http://127.0.0.1:5173';
const NOW = new Date('2026-03-01T12:00:00.000Z');
const CASE = 'C-1001';

const opened: LensDb[] = [];
function freshDb(name = `repo-${crypto.randomUUID()}`): LensDb {
  const db = openLensDb(name);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

function pageRead(input: Partial<PageReadInput> & Pick<PageReadInput, 'path'>): PageReadInput {
  return {
    caseId: CASE,
    pageKind: 'other',
    readAt: '2026-03-01T10:00:00.000Z',
    fields: {},
    ...input,
  };
}

const summary = pageRead({
  path: '/cases/C-1001/summary',
  pageKind: 'case-summary',
  profileId: 'demo-classic',
  fields: {
    region: 'england-and-wales',
    icpcDate: '2026-01-05',
    planEndDate: '2026-07-05',
    children: [
      { id: 'c1', name: 'Ava Example', dateOfBirth: '2019-04-02' },
      { id: 'c2', name: 'Ben Example', preVerbal: true },
    ],
  },
  unread: [
    { field: 'reviewConferences', label: 'Next review', raw: 'next week', reason: 'not a date' },
  ],
});
const coreGroups = pageRead({
  path: '/cases/C-1001/core-groups',
  pageKind: 'core-group',
  readAt: '2026-03-01T10:05:00.000Z',
  fields: {
    coreGroups: [
      { date: '2026-01-15', status: 'held', minutesCirculatedDate: '2026-01-19' },
      { date: '2026-02-26', status: 'held' },
    ],
  },
});
const visits = pageRead({
  path: '/cases/C-1001/visits',
  pageKind: 'visit',
  readAt: '2026-03-01T10:06:00.000Z',
  fields: {
    visits: [
      { date: '2026-02-10', children: [{ childId: 'c1', seen: true, seenAlone: true }] },
      { date: '2026-02-20', children: [{ childId: 'c1', seen: true }] },
    ],
    schoolMoves: [{ childId: 'c1', date: '2026-02-01' }],
  },
});
const plan = pageRead({
  path: '/cases/C-1001/plan',
  pageKind: 'plan',
  readAt: '2026-03-01T10:07:00.000Z',
  fields: {
    plans: [
      {
        childId: 'c1',
        sections: { needs: 'Safe sleep', contingency: 'Strategy meeting' },
        actions: [{ text: 'Attend parenting course', owner: 'Parent', due: '2026-04-01' }],
      },
    ],
    reviewConferences: [{ date: '2026-04-05', status: 'scheduled' }],
  },
});

async function applyAll(db: LensDb, reads: PageReadInput[]) {
  for (const read of reads) {
    const result = await applyPageRead(db, read, { origin: ORIGIN, now: NOW });
    expect(result.ok).toBe(true);
  }
}

/** Every row of every table: what "nothing changed" is checked against. */
async function snapshot(db: LensDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

describe('applyPageRead', () => {
  it('stores a read in every table and reads back the merged record', async () => {
    const db = freshDb();
    const result = await applyPageRead(db, summary, { origin: ORIGIN, now: NOW });
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'applied',
        caseId: CASE,
        path: '/cases/C-1001/summary',
        added: 2,
        changed: 0,
        removed: 0,
        conflicts: 0,
        unread: 1,
        supersededCorrections: 0,
      },
    });
    await applyAll(db, [coreGroups, visits, plan]);
    const expected = mergeCase(
      CASE,
      [summary, coreGroups, visits, plan].map((r) => PageReadSchema.parse(r)),
      [],
    ).record;
    expect(await getCaseRecord(db, CASE)).toEqual(expected);
    expect(await db.children.count()).toBe(2);
    expect(await db.coreGroups.count()).toBe(2);
    expect(await db.visits.count()).toBe(2);
    expect(await db.schoolMoves.count()).toBe(1);
    expect(await db.plans.count()).toBe(1);
    expect(await db.conferences.count()).toBe(1);
    expect(await db.pageReads.count()).toBe(4);
  });

  it('refuses an invalid read with the reason and writes nothing', async () => {
    const db = freshDb();
    const result = await applyPageRead(
      db,
      { ...summary, fields: { icpcDate: '2026-02-30' } },
      { origin: ORIGIN, now: NOW },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues?.[0]).toMatch(/^fields\.icpcDate: must be a real date/);
    expect(await db.cases.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a read that does not say which site it came from', async () => {
    const db = freshDb();
    for (const origin of ['', 'not a url', 'http://127.0.0.1:5173/cases', 'file:///tmp/x']) {
      const result = await applyPageRead(db, summary, { origin, now: NOW });
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-input');
    }
    expect(await db.cases.count()).toBe(0);
  });

  it('skips a page whose content has not changed, moving only the time it was last read', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const before = await getCaseRecord(db, CASE);
    const again = { ...summary, readAt: '2026-03-01T11:00:00.000Z' };
    const result = await applyPageRead(db, again, { origin: ORIGIN, now: NOW });
    expect(result.ok && result.value.status).toBe('unchanged');
    expect(await getCaseRecord(db, CASE)).toEqual(before);
    const view = await getCaseView(db, CASE);
    expect(view?.lastReadAt).toBe('2026-03-01T11:00:00.000Z');
    expect(view?.pages[0]).toMatchObject({
      readAt: '2026-03-01T10:00:00.000Z',
      checkedAt: '2026-03-01T11:00:00.000Z',
    });
    expect((await listAudit(db)).filter((e) => e.action === 'read')).toHaveLength(1);
  });

  it('re-applies a page whose content changed, and stores its hash', async () => {
    const db = freshDb();
    await applyAll(db, [coreGroups]);
    const first = await db.pageReads.get([CASE, '/cases/C-1001/core-groups']);
    const changed = pageRead({
      ...coreGroups,
      readAt: '2026-03-02T10:00:00.000Z',
      fields: { coreGroups: [{ date: '2026-01-15', status: 'held' }] },
    });
    const result = await applyPageRead(db, changed, { origin: ORIGIN, now: NOW });
    expect(result.ok && result.value).toMatchObject({ status: 'applied', changed: 1, removed: 1 });
    const second = await db.pageReads.get([CASE, '/cases/C-1001/core-groups']);
    expect(second?.hash).toMatch(/^[0-9a-f]{14}$/);
    expect(second?.hash).not.toBe(first?.hash);
  });

  it('ignores a read older than the one stored for that page (a late retry)', async () => {
    const db = freshDb();
    await applyAll(db, [coreGroups]);
    const before = await snapshot(db);
    const late = { ...coreGroups, readAt: '2026-02-01T10:00:00.000Z', fields: { coreGroups: [] } };
    const result = await applyPageRead(db, late, { origin: ORIGIN, now: NOW });
    expect(result.ok && result.value.status).toBe('stale');
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores times in UTC so they sort as text', async () => {
    const db = freshDb();
    await applyAll(db, [{ ...summary, readAt: '2026-03-01T11:00:00+01:00' }]);
    expect((await db.cases.get(CASE))?.lastReadAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('refuses to mix a case from another site into one already held, changing nothing', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const before = await snapshot(db);
    const result = await applyPageRead(db, coreGroups, {
      origin: 'https://other-system.example',
      now: NOW,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('origin-mismatch');
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing when a write fails half-way', async () => {
    const db = freshDb();
    await applyAll(db, [summary, visits]);
    const before = await snapshot(db);
    // The page row is written after the record's tables: failing it must undo those too.
    vi.spyOn(db.pageReads, 'put').mockImplementation(() => {
      throw new Error('disk went away');
    });
    const changed = pageRead({
      ...summary,
      readAt: '2026-03-02T10:00:00.000Z',
      fields: {
        ...summary.fields,
        icpcDate: '2026-01-06',
        children: [{ id: 'c3', name: 'Cal Example' }],
      },
    });
    const result = await applyPageRead(db, changed, { origin: ORIGIN, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('storage-failed');
    expect(result.error.message).toMatch(/disk went away/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('turns a full disk into a clear error and keeps what was stored', async () => {
    const db = freshDb();
    await applyAll(db, [summary, visits]);
    const before = await snapshot(db);
    vi.spyOn(db.table('visits'), 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const changed = pageRead({
      ...visits,
      readAt: '2026-03-02T10:00:00.000Z',
      fields: { visits: [{ date: '2026-02-27', children: [{ childId: 'c1', seen: true }] }] },
    });
    const result = await applyPageRead(db, changed, { origin: ORIGIN, now: NOW });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'storage-full',
        message: expect.stringMatching(/Everything saved before is kept/),
      },
    });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a read that would make the case larger than the store keeps, changing nothing', async () => {
    const db = freshDb();
    const children = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => ({ id: `${prefix}${i}`, name: `Child ${prefix}${i}` }));
    await applyAll(db, [pageRead({ path: '/a', fields: { children: children('a') } })]);
    const before = await snapshot(db);
    const result = await applyPageRead(
      db,
      pageRead({ path: '/b', fields: { children: children('b') } }),
      {
        origin: ORIGIN,
        now: NOW,
      },
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('record-too-large');
    expect(await snapshot(db)).toEqual(before);
  });

  it('loses nothing when two tabs write pages of the same case at once', async () => {
    const db = freshDb();
    const results = await Promise.all(
      [summary, coreGroups, visits, plan].map((read) =>
        applyPageRead(db, read, { origin: ORIGIN, now: NOW }),
      ),
    );
    expect(results.every((r) => r.ok && r.value.status === 'applied')).toBe(true);
    const record = await getCaseRecord(db, CASE);
    expect(record?.children).toHaveLength(2);
    expect(record?.coreGroups).toHaveLength(2);
    expect(record?.visits).toHaveLength(2);
    expect(record?.plans).toHaveLength(1);
    expect(record?.icpcDate).toBe('2026-01-05');
  });

  it('loses nothing when two connections (two extension contexts) write at once', async () => {
    const name = `repo-${crypto.randomUUID()}`;
    const one = freshDb(name);
    const two = freshDb(name);
    await Promise.all([
      applyPageRead(one, coreGroups, { origin: ORIGIN, now: NOW }),
      applyPageRead(two, visits, { origin: ORIGIN, now: NOW }),
      applyPageRead(one, summary, { origin: ORIGIN, now: NOW }),
    ]);
    const record = await getCaseRecord(two, CASE);
    expect(record?.coreGroups).toHaveLength(2);
    expect(record?.visits).toHaveLength(2);
    expect(record?.children).toHaveLength(2);
  });

  it('keeps everything when the worker stops and a new one opens the database', async () => {
    const name = `repo-${crypto.randomUUID()}`;
    const before = freshDb(name);
    await applyAll(before, [summary, coreGroups]);
    const view = await getCaseView(before, CASE);
    before.close();
    const after = freshDb(name);
    expect(await getCaseView(after, CASE)).toEqual(view);
  });

  it('logs each read by case, page and counts, never by what the page showed', async () => {
    const db = freshDb();
    await applyAll(db, [summary, visits]);
    const audit = await listAudit(db);
    expect(audit.map((e) => [e.action, e.caseId, e.pageKind, e.path])).toEqual([
      ['read', CASE, 'visit', '/cases/C-1001/visits'],
      ['read', CASE, 'case-summary', '/cases/C-1001/summary'],
    ]);
    expect(audit[1]?.counts).toEqual({ added: 2, unread: 1 });
    const logged = JSON.stringify(audit);
    for (const content of ['Ava Example', '2026-01-05', '2019-04-02', 'next week', 'england']) {
      expect(logged).not.toContain(content);
    }
  });
});

describe('getCaseView', () => {
  it('gives the sidebar the record, what could not be read, conflicts and pages', async () => {
    const db = freshDb();
    const conference = pageRead({
      path: '/cases/C-1001/conferences/1',
      pageKind: 'conference',
      readAt: '2026-03-01T10:10:00.000Z',
      fields: { icpcDate: '2026-01-06' },
    });
    await applyAll(db, [summary, conference]);
    const view = await getCaseView(db, CASE);
    expect(view).toMatchObject({
      caseId: CASE,
      origin: ORIGIN,
      profileId: 'demo-classic',
      lastReadAt: '2026-03-01T10:10:00.000Z',
      unread: [
        {
          field: 'reviewConferences',
          raw: 'next week',
          reason: 'not a date',
          path: '/cases/C-1001/summary',
          pageKind: 'case-summary',
          readAt: '2026-03-01T10:00:00.000Z',
        },
      ],
      pages: [
        { path: '/cases/C-1001/summary', unread: 1 },
        { path: '/cases/C-1001/conferences/1', unread: 0 },
      ],
      corrections: [],
    });
    expect(view?.record.icpcDate).toBe('2026-01-06');
    expect(view?.conflicts).toHaveLength(1);
    expect(view?.conflicts[0]).toMatchObject({ field: 'icpcDate', key: '', at: [] });
    expect(view?.conflicts[0]).not.toHaveProperty('slot');
    expect(await getCaseView(db, 'C-none')).toBeUndefined();
    expect(await getCaseRecord(db, 'C-none')).toBeUndefined();
  });
});

describe('listCases and setNextDue', () => {
  async function threeCases(db: LensDb) {
    await applyAll(db, [
      pageRead({
        caseId: 'C-1',
        path: '/c/1',
        readAt: '2026-03-01T09:00:00.000Z',
        fields: { region: 'scotland' },
      }),
      pageRead({
        caseId: 'C-2',
        path: '/c/2',
        readAt: '2026-03-01T10:00:00.000Z',
        fields: { region: 'england-and-wales' },
      }),
      pageRead({ caseId: 'C-3', path: '/c/3', readAt: '2026-03-01T11:00:00.000Z' }),
    ]);
  }
  const due = async (db: LensDb, caseId: string, date: string) => {
    const view = await getCaseView(db, caseId);
    return setNextDue(db, caseId, date, view?.updatedAt ?? '');
  };

  it('sorts by next deadline, the cases not yet worked out first', async () => {
    const db = freshDb();
    await threeCases(db);
    await due(db, 'C-1', '2026-03-10');
    await due(db, 'C-2', '2026-03-05');
    expect((await listCases(db)).map((c) => [c.caseId, c.nextDueDate])).toEqual([
      ['C-3', undefined],
      ['C-2', '2026-03-05'],
      ['C-1', '2026-03-10'],
    ]);
  });

  it('sorts by last read (newest first) and by region (unknown first)', async () => {
    const db = freshDb();
    await threeCases(db);
    expect((await listCases(db, { orderBy: 'last-read' })).map((c) => c.caseId)).toEqual([
      'C-3',
      'C-2',
      'C-1',
    ]);
    expect((await listCases(db, { orderBy: 'region' })).map((c) => c.caseId)).toEqual([
      'C-3',
      'C-2',
      'C-1',
    ]);
  });

  it('lists what the dashboard shows without the provenance', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const [row] = await listCases(db);
    expect(row).toMatchObject({
      caseId: CASE,
      origin: ORIGIN,
      region: 'england-and-wales',
      childNames: ['Ava Example', 'Ben Example'],
      conflictCount: 0,
      unreadCount: 1,
    });
    expect(row).not.toHaveProperty('provenance');
  });

  it('does not store a deadline worked out from a record that has since changed', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const stale = (await getCaseView(db, CASE))?.updatedAt ?? '';
    await applyPageRead(db, coreGroups, {
      origin: ORIGIN,
      now: new Date('2026-03-01T12:30:00.000Z'),
    });
    expect(await setNextDue(db, CASE, '2026-03-09', stale)).toEqual({
      ok: true,
      value: { stored: false },
    });
    expect(await due(db, CASE, '2026-03-09')).toEqual({ ok: true, value: { stored: true } });
    expect((await db.cases.get(CASE))?.nextDueDate).toBe('2026-03-09');
  });

  it('clears the stored deadline when the record changes', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    await due(db, CASE, '2026-03-09');
    await applyAll(db, [coreGroups]);
    expect((await db.cases.get(CASE))?.nextDueDate).toBeUndefined();
  });

  it('refuses a deadline that is not a date, and clears one given null', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const updatedAt = (await getCaseView(db, CASE))?.updatedAt ?? '';
    const bad = await setNextDue(db, CASE, '9 March', updatedAt);
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
    await setNextDue(db, CASE, '2026-03-09', updatedAt);
    await setNextDue(db, CASE, null, updatedAt);
    expect(await db.cases.get(CASE)).not.toHaveProperty('nextDueDate');
  });

  it('gives every record for the rules to run over', async () => {
    const db = freshDb();
    await threeCases(db);
    expect((await listCaseRecords(db)).map((r) => r.caseId)).toEqual(['C-1', 'C-2', 'C-3']);
  });
});

describe('markCaseOpened', () => {
  it('records when the sidebar showed a case, and says when the case is not held', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    expect(await markCaseOpened(db, CASE, NOW)).toEqual({ ok: true, value: { found: true } });
    expect((await db.cases.get(CASE))?.lastOpenedAt).toBe('2026-03-01T12:00:00.000Z');
    expect(await markCaseOpened(db, 'C-none', NOW)).toEqual({ ok: true, value: { found: false } });
  });
});

describe('corrections', () => {
  const fixIcpc = {
    caseId: CASE,
    change: { field: 'icpcDate', key: '', value: '2026-01-06' },
    note: 'Per the conference minutes',
  };

  it('stores a correction with what the page showed, and shows it instead', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const result = await addCorrection(db, fixIcpc, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: expect.any(Number),
      pageValue: '2026-01-05',
      pageSource: { kind: 'page', path: '/cases/C-1001/summary' },
      enteredAt: '2026-03-01T12:00:00.000Z',
    });
    const record = await getCaseRecord(db, CASE);
    expect(record?.icpcDate).toBe('2026-01-06');
    expect(record?.provenance?.icpcDate).toEqual({
      kind: 'user',
      enteredAt: '2026-03-01T12:00:00.000Z',
      note: 'Per the conference minutes',
    });
    expect((await getCaseView(db, CASE))?.corrections).toHaveLength(1);
  });

  it('keeps winning over later reads until the page changes, then lapses', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    await addCorrection(db, fixIcpc, NOW);
    const layoutOnly = { ...summary, readAt: '2026-03-02T10:00:00.000Z', unread: [] };
    await applyAll(db, [layoutOnly]);
    expect((await getCaseRecord(db, CASE))?.icpcDate).toBe('2026-01-06');

    const edited = {
      ...layoutOnly,
      readAt: '2026-03-03T10:00:00.000Z',
      fields: { ...summary.fields, icpcDate: '2026-01-07' },
    };
    const result = await applyPageRead(db, edited, {
      origin: ORIGIN,
      now: new Date('2026-03-03T10:00:01.000Z'),
    });
    expect(result.ok && result.value.supersededCorrections).toBe(1);
    expect((await getCaseRecord(db, CASE))?.icpcDate).toBe('2026-01-07');
    const [lapsed] = (await getCaseView(db, CASE))?.corrections ?? [];
    expect(lapsed?.supersededAt).toBe('2026-03-03T10:00:01.000Z');
  });

  it('undoes a correction, showing the page value again', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const added = await addCorrection(db, fixIcpc, NOW);
    const id = added.ok ? added.value.id : -1;
    expect(await undoCorrection(db, id, NOW)).toEqual({ ok: true, value: { undone: true } });
    expect((await getCaseRecord(db, CASE))?.icpcDate).toBe('2026-01-05');
    expect(await db.corrections.count()).toBe(0);
    expect(await undoCorrection(db, id, NOW)).toEqual({ ok: true, value: { undone: false } });
  });

  it('corrects a whole list item, e.g. who was seen alone at a visit', async () => {
    const db = freshDb();
    await applyAll(db, [summary, visits]);
    const value = {
      date: '2026-02-20',
      children: [{ childId: 'c1', seen: true, seenAlone: false }],
    };
    const result = await addCorrection(
      db,
      { caseId: CASE, change: { field: 'visits', key: '2026-02-20', value } },
      NOW,
    );
    expect(result.ok && result.value.pageValue).toEqual({
      date: '2026-02-20',
      children: [{ childId: 'c1', seen: true }],
    });
    const visit = (await getCaseRecord(db, CASE))?.visits.find((v) => v.date === '2026-02-20');
    expect(visit).toEqual({
      ...value,
      source: { kind: 'user', enteredAt: '2026-03-01T12:00:00.000Z' },
    });
  });

  it('refuses an invalid correction or one for a case not held, storing nothing', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const bad = await addCorrection(
      db,
      { ...fixIcpc, change: { field: 'icpcDate', key: '', value: '6 Jan' } },
      NOW,
    );
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-input');
    const missing = await addCorrection(db, { ...fixIcpc, caseId: 'C-none' }, NOW);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');
    expect(await db.corrections.count()).toBe(0);
  });

  it('logs corrections by field, never by value', async () => {
    const db = freshDb();
    await applyAll(db, [summary]);
    const added = await addCorrection(db, fixIcpc, NOW);
    await undoCorrection(db, added.ok ? added.value.id : -1, NOW);
    const audit = await listAudit(db, { caseId: CASE });
    expect(audit.map((e) => [e.action, e.field])).toEqual([
      ['undo-correction', 'icpcDate'],
      ['correct', 'icpcDate'],
      ['read', undefined],
    ]);
    expect(JSON.stringify(audit)).not.toContain('2026-01-06');
    expect(JSON.stringify(audit)).not.toContain('conference minutes');
  });
});

describe('deleteCase', () => {
  it('removes the case from every table and leaves other cases alone', async () => {
    const db = freshDb();
    await applyAll(db, [summary, coreGroups, visits, plan]);
    await applyAll(db, [
      pageRead({ caseId: 'C-2002', path: '/c/2002', fields: { icpcDate: '2026-02-01' } }),
    ]);
    await addCorrection(
      db,
      { caseId: CASE, change: { field: 'icpcDate', key: '', value: '2026-01-06' } },
      NOW,
    );
    await applyAll(db, [
      pageRead({
        path: '/conf',
        readAt: '2026-03-01T11:00:00.000Z',
        fields: { icpcDate: '2026-01-09' },
      }),
    ]);
    expect(await db.conflicts.count()).toBe(1);

    const result = await deleteCase(db, CASE, NOW);
    expect(result.ok && result.value.found).toBe(true);
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      const left = (await table.toArray()).filter(
        (row) => (row as { caseId?: string }).caseId === CASE,
      );
      expect(left, table.name).toEqual([]);
    }
    expect(await getCaseRecord(db, 'C-2002')).toBeDefined();
    const audit = await listAudit(db);
    expect(audit[0]).toMatchObject({ action: 'delete-case', counts: { cases: 1 } });
    expect(audit[0]).not.toHaveProperty('caseId');
    expect(JSON.stringify(audit)).not.toContain(CASE);
  });

  it('is not an error to delete a case that is not held (a retried message)', async () => {
    const db = freshDb();
    expect(await deleteCase(db, CASE, NOW)).toEqual({
      ok: true,
      value: { found: false, rowsDeleted: 0 },
    });
    expect(await db.audit.count()).toBe(0);
  });
});
