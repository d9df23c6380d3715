import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { BULK_THRESHOLD, loadCases, RecordCache } from '../../entrypoints/dashboard/load-cases';
import { applyPageRead, deleteCase, getCaseRecord, type LensDb, openLensDb } from '../../lib/store';
import { generatedRecords, pageReadOf, seedStore, TEST_ORIGIN } from './dashboard-fixtures';

const TODAY = '2026-11-25';
const freshDb = (): LensDb => openLensDb(`dashboard-load-${crypto.randomUUID()}`);

// Each test writes cases through the store: slow beside other suites on two cores.
describe('loading the cases for the dashboard', { timeout: 60_000 }, () => {
  it('reads every record in bulk exactly as getCaseRecord reads each one', async () => {
    const db = freshDb();
    const records = [
      ...demoCases(TODAY).map((c) => c.record),
      ...generatedRecords(BULK_THRESHOLD + 10, TODAY),
    ];
    await seedStore(db, records);
    const cache = new RecordCache();
    const inputs = await loadCases(db, cache);
    expect(inputs).toHaveLength(records.length);
    for (const input of inputs) {
      expect(input.record).toEqual(await getCaseRecord(db, input.caseId));
    }
    expect(cache.recordsRead).toBe(records.length);
  });

  it('reads again only the case a page read changed, and forgets a deleted case', async () => {
    const db = freshDb();
    const records = generatedRecords(BULK_THRESHOLD + 5, TODAY);
    await seedStore(db, records);
    const cache = new RecordCache();
    await loadCases(db, cache);
    const before = cache.recordsRead;

    const changed = records[3];
    if (!changed) throw new Error('no record');
    const later = new Date('2026-11-25T12:00:00.000Z');
    const read = pageReadOf(
      { ...changed, coreGroups: [...changed.coreGroups, { date: '2026-11-24', status: 'held' }] },
      later.toISOString(),
    );
    const outcome = await applyPageRead(db, read, { origin: TEST_ORIGIN, now: later });
    expect(outcome.ok).toBe(true);

    const after = await loadCases(db, cache);
    expect(cache.recordsRead).toBe(before + 1);
    const reloaded = after.find((i) => i.caseId === changed.caseId);
    expect(reloaded?.record.coreGroups.map((g) => g.date)).toContain('2026-11-24');
    expect(reloaded?.record).toEqual(await getCaseRecord(db, changed.caseId));

    await deleteCase(db, changed.caseId, later);
    const remaining = await loadCases(db, cache);
    expect(remaining.map((i) => i.caseId)).not.toContain(changed.caseId);
    expect(remaining).toHaveLength(records.length - 1);
  });

  it('says which lists a page has shown, so the dashboard never judges an unread list', async () => {
    const db = freshDb();
    const now = new Date('2026-11-25T10:00:00.000Z');
    const summaryOnly = {
      caseId: 'C-SUMMARY',
      pageKind: 'case-summary' as const,
      path: '/case/C-SUMMARY/summary',
      readAt: now.toISOString(),
      fields: { icpcDate: '2026-10-01' },
    };
    expect((await applyPageRead(db, summaryOnly, { origin: TEST_ORIGIN, now })).ok).toBe(true);
    const [before] = await loadCases(db, new RecordCache());
    expect(before?.listsRead).toEqual([]);

    const later = new Date('2026-11-25T11:00:00.000Z');
    const meetings = {
      ...summaryOnly,
      pageKind: 'core-group' as const,
      path: '/case/C-SUMMARY/core-groups',
      readAt: later.toISOString(),
      fields: { coreGroups: [] },
    };
    expect((await applyPageRead(db, meetings, { origin: TEST_ORIGIN, now: later })).ok).toBe(true);
    const [after] = await loadCases(db, new RecordCache());
    expect(after?.listsRead).toEqual(['coreGroups']);
    expect(after?.updatedAt).toBe(later.toISOString());
  });

  it('gives nothing, not an error, when nothing has been read yet', async () => {
    expect(await loadCases(freshDb(), new RecordCache())).toEqual([]);
  });
});
