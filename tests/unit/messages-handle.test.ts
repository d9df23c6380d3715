import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import { type LensDb, openLensDb } from '../../lib/store';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const TAB = { id: ID, url: 'http://127.0.0.1:4173/careflow/case/CF-1/summary', tab: {} };
const PAGE = { id: ID, url: `${ORIGIN}/dashboard.html` };

const read = {
  caseId: 'CF-1',
  pageKind: 'case-summary',
  path: '/careflow/case/CF-1/summary',
  readAt: '2026-11-25T10:00:00.000Z',
  fields: { icpcDate: '2026-11-02', coreGroups: [{ date: '2026-11-10', status: 'held' }] },
};

let db: LensDb;
let ctx: HandlerContext;
let n = 0;
beforeEach(() => {
  db = openLensDb(`handle-test-${n++}`);
  ctx = {
    db,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    now: () => new Date('2026-11-25T10:00:01Z'),
  };
});
afterEach(async () => {
  await db.delete();
});

describe('handleMessage', () => {
  it('stores a page read from a content script and gives it back to the sidebar', async () => {
    const stored = await handleMessage({ type: 'page-read', read }, TAB, ctx);
    expect(stored.ok).toBe(true);
    const view = await handleMessage({ type: 'get-case-view', caseId: 'CF-1' }, PAGE, ctx);
    expect(view.ok && (view.value as { record: { icpcDate: string } }).record.icpcDate).toBe(
      '2026-11-02',
    );
  });

  it('refuses a message from another extension or a page off the allowed hosts', async () => {
    const other = await handleMessage({ type: 'page-read', read }, { ...TAB, id: 'intruder' }, ctx);
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const offHost = await handleMessage(
      { type: 'page-read', read },
      { id: ID, url: 'https://evil.example/', tab: {} },
      ctx,
    );
    expect(offHost).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await db.cases.count()).toBe(0);
  });

  it('refuses malformed data with the reason, storing nothing', async () => {
    const bad = await handleMessage(
      { type: 'page-read', read: { ...read, fields: { icpcDate: '2026-02-30' } } },
      TAB,
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/real date/);
    expect(await db.cases.count()).toBe(0);
    expect(await handleMessage({ type: 'no-such-thing' }, TAB, ctx)).toMatchObject({ ok: false });
  });

  it('lets only extension pages delete, never a content script', async () => {
    await handleMessage({ type: 'page-read', read }, TAB, ctx);
    const fromPage = await handleMessage(
      { type: 'delete-everything', confirm: 'DELETE' },
      TAB,
      ctx,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await db.cases.count()).toBe(1);
    const fromOptions = await handleMessage({ type: 'delete-case', caseId: 'CF-1' }, PAGE, ctx);
    expect(fromOptions.ok).toBe(true);
    expect(await db.cases.count()).toBe(0);
  });
});
