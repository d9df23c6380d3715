import { afterEach, describe, expect, it } from 'vitest';
import { getSettings, type LensDb, listAudit, openLensDb, putSettings } from '../../lib/store';
import { isQuotaError, StoreFailure, toStoreError } from '../../lib/store/result';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const opened: LensDb[] = [];
function freshDb(): LensDb {
  const db = openLensDb(`settings-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('settings', () => {
  it('starts from the defaults: 90 days retention, reminders on', async () => {
    expect(await getSettings(freshDb())).toEqual({
      ok: true,
      value: { retentionDays: 90, reminders: { enabled: true, daysBefore: 3 } },
    });
  });

  it('stores a change, keeping the settings it does not mention', async () => {
    const db = freshDb();
    await putSettings(db, { regionOverride: 'scotland', reminders: { daysBefore: 5 } }, NOW);
    const result = await putSettings(db, { retentionDays: 30 }, NOW);
    const expected = {
      regionOverride: 'scotland',
      retentionDays: 30,
      reminders: { enabled: true, daysBefore: 5 },
    };
    expect(result).toEqual({ ok: true, value: expected });
    expect(await getSettings(db)).toEqual({ ok: true, value: expected });
  });

  it('clears an optional setting given null', async () => {
    const db = freshDb();
    await putSettings(db, { regionOverride: 'scotland', procedureId: 'liverpool' }, NOW);
    await putSettings(db, { regionOverride: null, retentionDays: null }, NOW);
    const result = await getSettings(db);
    expect(result.ok && result.value).toEqual({
      procedureId: 'liverpool',
      retentionDays: 90,
      reminders: { enabled: true, daysBefore: 3 },
    });
  });

  it('refuses invalid settings whole, with the reason, storing none of them', async () => {
    const db = freshDb();
    for (const bad of [
      { retentionDays: 0 },
      { retentionDays: 2.5 },
      { regionOverride: 'wales' },
      { retentionDays: 30, unknownSetting: true },
      'retentionDays=30',
    ]) {
      const result = await putSettings(db, bad, NOW);
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-input');
    }
    expect(await db.settings.count()).toBe(0);
    const result = await putSettings(db, { retentionDays: -1 }, NOW);
    expect(!result.ok && result.error.issues?.[0]).toMatch(/^retentionDays: /);
  });

  it('falls back to the default for one stored value it cannot use, keeping the others', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'retentionDays', value: 'ninety' },
      { key: 'procedureId', value: 'tees' },
      { key: 'retired-setting', value: 1 },
    ]);
    const result = await getSettings(db);
    expect(result.ok && result.value).toEqual({
      procedureId: 'tees',
      retentionDays: 90,
      reminders: { enabled: true, daysBefore: 3 },
    });
  });

  it('logs that settings changed, and how many', async () => {
    const db = freshDb();
    await putSettings(db, { retentionDays: 30, procedureId: 'tees' }, NOW);
    expect(await listAudit(db)).toEqual([
      { id: 1, at: '2026-03-01T12:00:00.000Z', action: 'settings', counts: { changed: 2 } },
    ]);
  });
});

describe('audit log listing', () => {
  it('lists newest first, limited, and per case', async () => {
    const db = freshDb();
    await db.audit.bulkAdd([
      { at: '2026-03-01T10:00:00.000Z', action: 'read', caseId: 'C-1' },
      { at: '2026-03-01T11:00:00.000Z', action: 'read', caseId: 'C-2' },
      { at: '2026-03-01T12:00:00.000Z', action: 'export' },
    ]);
    expect((await listAudit(db)).map((e) => e.at.slice(11, 13))).toEqual(['12', '11', '10']);
    expect((await listAudit(db, { limit: 1 })).map((e) => e.action)).toEqual(['export']);
    expect((await listAudit(db, { caseId: 'C-1' })).map((e) => e.caseId)).toEqual(['C-1']);
  });
});

describe('store errors', () => {
  it('recognises a full disk however it is wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(toStoreError({ name: 'AbortError', inner: quota }).code).toBe('storage-full');
  });

  it('passes a deliberate failure on as it was, and anything else as a storage failure', () => {
    expect(toStoreError(new StoreFailure('not-found', 'Case C-1 is not stored.'))).toEqual({
      code: 'not-found',
      message: 'Case C-1 is not stored.',
    });
    expect(toStoreError(new TypeError('boom'))).toEqual({
      code: 'storage-failed',
      message: 'The change could not be saved, and nothing of it was stored (TypeError: boom).',
    });
  });
});
