import { afterEach, describe, expect, it } from 'vitest';
import type { PageReadInput } from '../../lib/domain';
import {
  addCorrection,
  applyPageRead,
  deleteEverything,
  EXPORT_FORMAT_VERSION,
  ExportFileSchema,
  exportAll,
  exportCase,
  getCaseView,
  getSettings,
  importData,
  type LensDb,
  type LensExport,
  listAudit,
  MAX_IMPORT_CHARS,
  openLensDb,
  putSettings,
} from '../../lib/store';

// All names and identifiers are fictional.
const ORIGIN = 'http://127.0.0.1:5173';
const NOW = new Date('2026-03-01T12:00:00.000Z');

const opened: LensDb[] = [];
function freshDb(): LensDb {
  const db = openLensDb(`export-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function read(
  caseId: string,
  path: string,
  readAt: string,
  fields: PageReadInput['fields'],
): PageReadInput {
  return { caseId, pageKind: 'other', path, readAt, fields };
}

async function populate(db: LensDb) {
  const reads = [
    read('C-1', '/cases/C-1/summary', '2026-03-01T09:00:00.000Z', {
      icpcDate: '2026-01-05',
      children: [{ id: 'c1', name: 'Ava Example' }],
    }),
    read('C-1', '/cases/C-1/conference', '2026-03-01T09:05:00.000Z', { icpcDate: '2026-01-06' }),
    read('C-1', '/cases/C-1/visits', '2026-03-01T09:10:00.000Z', {
      visits: [{ date: '2026-02-10', children: [{ childId: 'c1', seen: true, seenAlone: true }] }],
    }),
    read('C-2', '/cases/C-2/summary', '2026-03-01T09:20:00.000Z', { planEndDate: '2026-08-01' }),
  ];
  for (const r of reads) {
    const result = await applyPageRead(db, { ...r, unread: [] }, { origin: ORIGIN, now: NOW });
    expect(result.ok).toBe(true);
  }
  await addCorrection(
    db,
    {
      caseId: 'C-1',
      change: { field: 'planEndDate', key: '', value: '2026-07-05' },
      note: 'From the plan',
    },
    NOW,
  );
  await putSettings(db, { retentionDays: 60, procedureId: 'england-default' }, NOW);
}

async function everything(db: LensDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

/** The view without what a fresh database numbers or times differently. */
async function comparableView(db: LensDb, caseId: string) {
  const view = await getCaseView(db, caseId);
  if (!view) return undefined;
  const { updatedAt: _, corrections, ...rest } = view;
  return { ...rest, corrections: corrections.map(({ id: _id, ...c }) => c) };
}

async function exported(db: LensDb): Promise<LensExport> {
  const result = await exportAll(db, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('exportAll and exportCase', () => {
  it('exports every case, the settings and the audit log as JSON with a format version', async () => {
    const db = freshDb();
    await populate(db);
    const file = await exported(db);
    expect(file).toMatchObject({
      format: 'core-group-lens-export',
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2026-03-01T12:00:00.000Z',
      scope: 'all',
      settings: { retentionDays: 60, procedureId: 'england-default' },
    });
    expect(file.cases.map((c) => [c.caseId, c.pageReads.length, c.corrections.length])).toEqual([
      ['C-1', 3, 1],
      ['C-2', 1, 0],
    ]);
    expect(file.cases[0]?.record.icpcDate).toBe('2026-01-06');
    expect(file.audit?.at(-1)).toMatchObject({ action: 'export', counts: { cases: 2 } });
    // What goes out must come back in: the export passes the import's own validation.
    expect(ExportFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
  });

  it('exports one case alone, and says when it is not held', async () => {
    const db = freshDb();
    await populate(db);
    const result = await exportCase(db, 'C-2', NOW);
    expect(result.ok && result.value).toMatchObject({ scope: 'case', cases: [{ caseId: 'C-2' }] });
    expect(result.ok && result.value.settings).toBeUndefined();
    expect((await listAudit(db))[0]).toMatchObject({ action: 'export', caseId: 'C-2' });
    const missing = await exportCase(db, 'C-none', NOW);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');
  });
});

describe('importData', () => {
  it('brings back exactly what was exported, into an emptied store', async () => {
    const db = freshDb();
    await populate(db);
    const before = { c1: await comparableView(db, 'C-1'), c2: await comparableView(db, 'C-2') };
    const text = JSON.stringify(await exported(db));
    await deleteEverything(db);

    const result = await importData(db, text, NOW);
    expect(result).toEqual({
      ok: true,
      value: {
        casesAdded: 2,
        casesMerged: 0,
        pageReadsStored: 4,
        correctionsAdded: 1,
        settingsImported: true,
      },
    });
    expect(await comparableView(db, 'C-1')).toEqual(before.c1);
    expect(await comparableView(db, 'C-2')).toEqual(before.c2);
    const settings = await getSettings(db);
    expect(settings.ok && settings.value).toMatchObject({ retentionDays: 60 });
    expect((await listAudit(db))[0]).toMatchObject({ action: 'import', counts: { casesAdded: 2 } });
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const db = freshDb();
    await populate(db);
    const file = await exported(db);
    const view = await comparableView(db, 'C-1');
    const result = await importData(db, file, NOW);
    expect(result.ok && result.value).toMatchObject({
      casesAdded: 0,
      casesMerged: 2,
      pageReadsStored: 0,
      correctionsAdded: 0,
    });
    expect(await comparableView(db, 'C-1')).toEqual(view);
  });

  it('merges into a stored case page by page: the newer read of each page wins', async () => {
    const source = freshDb();
    await populate(source);
    const file = await exported(source);

    const target = freshDb();
    const newer = read('C-1', '/cases/C-1/summary', '2026-03-02T09:00:00.000Z', {
      icpcDate: '2026-01-06',
      children: [{ id: 'c1', name: 'Ava Example' }],
    });
    const older = read('C-1', '/cases/C-1/visits', '2026-02-01T09:00:00.000Z', { visits: [] });
    for (const r of [newer, older]) await applyPageRead(target, r, { origin: ORIGIN, now: NOW });

    const result = await importData(target, file, NOW);
    expect(result.ok && result.value).toMatchObject({
      casesAdded: 1,
      casesMerged: 1,
      pageReadsStored: 3,
    });
    const view = await getCaseView(target, 'C-1');
    expect(view?.pages.map((p) => [p.path, p.readAt])).toEqual([
      ['/cases/C-1/conference', '2026-03-01T09:05:00.000Z'],
      ['/cases/C-1/visits', '2026-03-01T09:10:00.000Z'],
      ['/cases/C-1/summary', '2026-03-02T09:00:00.000Z'],
    ]);
    expect(view?.record.visits).toHaveLength(1);
    expect(view?.conflicts).toEqual([]);
    expect(view?.record.planEndDate).toBe('2026-07-05');
  });

  describe('refuses a bad or hostile file whole, with the reason, changing nothing', () => {
    async function refused(file: unknown, reason: RegExp) {
      const db = freshDb();
      await populate(db);
      const before = await everything(db);
      const result = await importData(db, file, NOW);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid-import');
      expect([result.error.message, ...(result.error.issues ?? [])].join('\n')).toMatch(reason);
      expect(await everything(db)).toEqual(before);
    }
    async function valid(): Promise<LensExport> {
      const db = freshDb();
      await populate(db);
      return JSON.parse(JSON.stringify(await exported(db)));
    }

    it('not JSON', () => refused('{"format": "core-group-lens-export",', /not JSON/));
    it('something else entirely', () => refused({ hello: 'world' }, /format/));
    it('a later format version', async () =>
      refused({ ...(await valid()), formatVersion: 2 }, /formatVersion/));
    it('too large', () => refused(' '.repeat(MAX_IMPORT_CHARS + 1), /too large/));

    it('an impossible date deep inside', async () => {
      const file = await valid();
      const visits = file.cases[0]?.pageReads[2]?.fields.visits;
      expect(visits?.[0]).toBeDefined();
      if (visits?.[0]) visits[0].date = '2026-02-30';
      await refused(file, /cases\.0\.pageReads\.2\.fields\.visits\.0\.date/);
    });

    it('a page read that names another case', async () => {
      const file = await valid();
      const first = file.cases[0]?.pageReads[0];
      expect(first).toBeDefined();
      if (first) first.caseId = 'C-2';
      await refused(file, /names another case/);
    });

    it('the same case twice', async () => {
      const file = await valid();
      file.cases.push(file.cases[0] as LensExport['cases'][number]);
      await refused(file, /the same case appears twice/);
    });

    it('a case from another site than the one stored here (found only while writing)', async () => {
      const file = await valid();
      // The first case would import cleanly; the second must stop the whole file.
      file.cases = [
        {
          ...(file.cases[1] as LensExport['cases'][number]),
          caseId: 'C-new',
          record: {
            ...(file.cases[1]?.record as LensExport['cases'][number]['record']),
            caseId: 'C-new',
          },
          pageReads: [],
          corrections: [],
        },
        { ...(file.cases[0] as LensExport['cases'][number]), origin: 'https://other.example' },
      ];
      await refused(file, /held here from http:\/\/127\.0\.0\.1:5173/);
    });

    it('a correction whose value does not fit its field', async () => {
      const file = await valid();
      const correction = file.cases[0]?.corrections[0];
      expect(correction).toBeDefined();
      if (correction) correction.pageValue = { not: 'a date' };
      await refused(file, /pageValue/);
    });

    it('an over-long value meant to fill the disk', async () => {
      const file = await valid();
      const summary = file.cases[0]?.pageReads.find((r) => r.path.endsWith('/summary'));
      const child = summary?.fields.children?.[0];
      expect(child).toBeDefined();
      if (child) child.name = 'x'.repeat(100_000);
      await refused(file, /children\.0\.name/);
    });

    it('prototype-polluting keys are dropped, not merged into anything', async () => {
      const db = freshDb();
      const text = JSON.stringify(await valid()).replace(
        '"format":',
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format":',
      );
      const result = await importData(db, text, NOW);
      expect(result.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
