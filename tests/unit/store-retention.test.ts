import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReadInput } from '../../lib/domain';
import {
  addCorrection,
  applyPageRead,
  daysBefore,
  deleteEverything,
  getCaseRecord,
  type LensDb,
  listAudit,
  markCaseOpened,
  openLensDb,
  purgeExpired,
  putSettings,
} from '../../lib/store';

// All names and identifiers are fictional.
const ORIGIN = 'http://127.0.0.1:5173';

const opened: LensDb[] = [];
function freshDb(name = `retention-${crypto.randomUUID()}`, onVersionChange?: () => void): LensDb {
  const db = openLensDb(name, { onVersionChange });
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function caseRead(
  caseId: string,
  readAt: string,
  fields: PageReadInput['fields'] = {},
): PageReadInput {
  return { caseId, pageKind: 'case-summary', path: `/cases/${caseId}`, readAt, fields };
}

async function store(db: LensDb, read: PageReadInput) {
  const result = await applyPageRead(db, read, { origin: ORIGIN, now: new Date(read.readAt) });
  expect(result.ok).toBe(true);
}

async function rowsOf(db: LensDb, caseId: string): Promise<number> {
  let n = 0;
  for (const table of db.tables) {
    n += (await table.toArray()).filter(
      (row) => (row as { caseId?: string }).caseId === caseId,
    ).length;
  }
  return n;
}

describe('daysBefore', () => {
  it('counts calendar days back across months, years and leap days', () => {
    expect(daysBefore('2026-04-02', 90)).toBe('2026-01-02');
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2028-03-01', 1)).toBe('2028-02-29');
    expect(daysBefore('2026-01-01', 1)).toBe('2025-12-31');
    // British Summer Time starts on 29 March 2026: no hour may go missing.
    expect(daysBefore('2026-03-30', 1)).toBe('2026-03-29');
  });
});

describe('purgeExpired', () => {
  it('deletes a case not used for the retention period, from every table, and keeps the rest', async () => {
    const db = freshDb();
    await store(db, caseRead('C-old', '2026-01-01T09:00:00.000Z', { icpcDate: '2025-12-01' }));
    await addCorrection(
      db,
      { caseId: 'C-old', change: { field: 'icpcDate', key: '', value: '2025-12-02' } },
      new Date('2026-01-01T09:30:00.000Z'),
    );
    await store(db, caseRead('C-recent', '2026-03-20T09:00:00.000Z', { icpcDate: '2026-03-01' }));

    const kept = await purgeExpired(db, {
      today: '2026-04-01',
      now: new Date('2026-04-01T08:00:00Z'),
    });
    expect(kept.ok && kept.value.casesPurged).toBe(0);

    const result = await purgeExpired(db, {
      today: '2026-04-02',
      now: new Date('2026-04-02T08:00:00Z'),
    });
    expect(result.ok && result.value).toMatchObject({ cutoff: '2026-01-02', casesPurged: 1 });
    expect(await rowsOf(db, 'C-old')).toBe(0);
    expect(await getCaseRecord(db, 'C-recent')).toBeDefined();
  });

  it('never deletes early because of the time zone: at most a day late', async () => {
    const db = freshDb();
    // 12:00 UTC on 1 January is already 2 January in Auckland.
    await store(db, caseRead('C-noon', '2026-01-01T12:00:00.000Z'));
    const early = await purgeExpired(db, {
      today: '2026-04-02',
      now: new Date('2026-04-02T08:00:00Z'),
    });
    expect(early.ok && early.value.casesPurged).toBe(0);
    const late = await purgeExpired(db, {
      today: '2026-04-03',
      now: new Date('2026-04-03T08:00:00Z'),
    });
    expect(late.ok && late.value.casesPurged).toBe(1);
  });

  it('keeps a case read long ago but opened recently', async () => {
    const db = freshDb();
    await store(db, caseRead('C-1', '2026-01-01T09:00:00.000Z'));
    await markCaseOpened(db, 'C-1', new Date('2026-03-30T09:00:00.000Z'));
    const result = await purgeExpired(db, {
      today: '2026-04-10',
      now: new Date('2026-04-10T08:00:00Z'),
    });
    expect(result.ok && result.value.casesPurged).toBe(0);
  });

  it('deletes a case whose plan ended more than the period ago, even if opened recently', async () => {
    const db = freshDb();
    await store(db, caseRead('C-ended', '2026-04-01T09:00:00.000Z', { planEndDate: '2026-01-01' }));
    await store(
      db,
      caseRead('C-ending', '2026-04-01T09:00:00.000Z', { planEndDate: '2026-01-02' }),
    );
    await markCaseOpened(db, 'C-ended', new Date('2026-04-01T09:00:00.000Z'));
    const result = await purgeExpired(db, {
      today: '2026-04-02',
      now: new Date('2026-04-02T08:00:00Z'),
    });
    expect(result.ok && result.value.casesPurged).toBe(1);
    expect(await getCaseRecord(db, 'C-ended')).toBeUndefined();
    expect(await getCaseRecord(db, 'C-ending')).toBeDefined();
  });

  it('uses the stored retention period unless one is given', async () => {
    const db = freshDb();
    await store(db, caseRead('C-1', '2026-03-01T09:00:00.000Z'));
    await putSettings(db, { retentionDays: 10 }, new Date('2026-03-01T10:00:00Z'));
    const given = await purgeExpired(db, {
      today: '2026-03-20',
      now: new Date('2026-03-20T08:00:00Z'),
      retentionDays: 90,
    });
    expect(given.ok && given.value.casesPurged).toBe(0);
    const stored = await purgeExpired(db, {
      today: '2026-03-20',
      now: new Date('2026-03-20T08:00:00Z'),
    });
    expect(stored.ok && stored.value).toMatchObject({ cutoff: '2026-03-10', casesPurged: 1 });
  });

  it('drops audit entries older than the period and logs the purge without naming cases', async () => {
    const db = freshDb();
    await store(db, caseRead('C-1', '2026-01-01T09:00:00.000Z'));
    await store(db, caseRead('C-2', '2026-03-30T09:00:00.000Z'));
    // Not about a case, so it goes by age, not with a case.
    await putSettings(db, { procedureId: 'england-default' }, new Date('2026-01-01T08:00:00Z'));
    const result = await purgeExpired(db, {
      today: '2026-04-02',
      now: new Date('2026-04-02T08:00:00Z'),
    });
    expect(result.ok && result.value).toMatchObject({ casesPurged: 1, auditEntriesPurged: 1 });
    const audit = await listAudit(db);
    expect(audit.map((e) => e.action)).toEqual(['purge', 'read']);
    expect(audit[0]).toMatchObject({ counts: { cases: 1, auditEntries: 1 } });
    expect(JSON.stringify(audit[0])).not.toContain('C-1');
  });

  it('refuses a today that is not a date or a period below one day', async () => {
    const db = freshDb();
    const now = new Date('2026-04-02T08:00:00Z');
    const badDay = await purgeExpired(db, { today: '02/04/2026', now });
    expect(badDay.ok ? 'ok' : badDay.error.code).toBe('invalid-input');
    const badPeriod = await purgeExpired(db, { today: '2026-04-02', now, retentionDays: 0 });
    expect(badPeriod.ok ? 'ok' : badPeriod.error.code).toBe('invalid-input');
  });
});

describe('deleteEverything', () => {
  it('empties every table and deletes the database itself', async () => {
    const name = `retention-${crypto.randomUUID()}`;
    const db = freshDb(name);
    await store(db, caseRead('C-1', '2026-03-01T09:00:00.000Z', { icpcDate: '2026-02-01' }));
    await store(db, caseRead('C-2', '2026-03-01T09:00:00.000Z', { icpcDate: '2026-02-02' }));
    await addCorrection(
      db,
      { caseId: 'C-1', change: { field: 'icpcDate', key: '', value: '2026-02-03' } },
      new Date('2026-03-01T10:00:00Z'),
    );
    await putSettings(db, { retentionDays: 30 }, new Date('2026-03-01T10:00:00Z'));

    const result = await deleteEverything(db);
    expect(result.ok && result.value.rowsDeleted).toBeGreaterThan(10);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(name);

    // The same connection reopens an empty database on next use.
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    const again = freshDb(name);
    for (const table of again.tables) expect(await table.count(), table.name).toBe(0);
  });

  it('does not hang while another extension page holds the database open, and tells it', async () => {
    const name = `retention-${crypto.randomUUID()}`;
    const sidebarReload = vi.fn();
    const sidebar = freshDb(name, sidebarReload);
    const background = freshDb(name);
    await store(background, caseRead('C-1', '2026-03-01T09:00:00.000Z'));
    expect(await sidebar.cases.count()).toBe(1);

    const result = await deleteEverything(background);
    expect(result.ok).toBe(true);
    expect(sidebarReload).toHaveBeenCalled();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
