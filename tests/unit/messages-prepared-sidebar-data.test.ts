import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toWire } from '../../lib/extract/page-shown-wire';
import type { SidebarData } from '../../lib/messages/get-sidebar-data';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import {
  createPreparedSidebarData,
  PREPARED_KEEP_MS,
  type PreparedSidebarData,
} from '../../lib/messages/prepared-sidebar-data';
import { createReadsBeingStored } from '../../lib/messages/reads-being-stored';
import { fail, ok, type Result } from '../../lib/messages/result';
import { type LensDb, openLensDb } from '../../lib/store';
import { ID, ORIGIN, SIDEBAR, shown, TAB } from './sidebar-data-fixtures';

const answer = (caseId: string): Promise<Result<SidebarData>> =>
  Promise.resolve(
    ok({ view: { caseId } as SidebarData['view'], settings: fail('internal', 'not read') }),
  );

describe('prepared sidebar answers', () => {
  it('gives the answer prepared for a case, and none for another', async () => {
    const prepared = createPreparedSidebarData();
    prepared.prepare('CF-1', () => answer('CF-1'));
    expect(prepared.take('CF-2')).toBeUndefined();
    expect(await prepared.take('CF-1')).toMatchObject({
      ok: true,
      value: { view: { caseId: 'CF-1' } },
    });
  });

  it('gives none prepared before a write, and one prepared after it', async () => {
    const prepared = createPreparedSidebarData();
    prepared.prepare('CF-1', () => answer('CF-1'));
    prepared.written();
    expect(prepared.take('CF-1')).toBeUndefined();
    prepared.prepare('CF-1', () => answer('CF-1'));
    expect(prepared.take('CF-1')).toBeDefined();
  });

  it('drops an answer whose read was under way when something was written', async () => {
    const prepared = createPreparedSidebarData();
    let finish!: (r: Result<SidebarData>) => void;
    prepared.prepare('CF-1', () => new Promise((resolve) => (finish = resolve)));
    prepared.written();
    finish(await answer('CF-1'));
    expect(prepared.take('CF-1')).toBeUndefined();
  });

  it('keeps an answer a few seconds only', () => {
    let now = 0;
    const prepared = createPreparedSidebarData(() => now);
    prepared.prepare('CF-1', () => answer('CF-1'));
    now = PREPARED_KEEP_MS + 1;
    expect(prepared.take('CF-1')).toBeUndefined();
  });

  it('does not keep a read that failed, so the ask reads again', async () => {
    const prepared = createPreparedSidebarData();
    prepared.prepare('CF-1', () => Promise.resolve(fail('internal', 'the database is closed')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(prepared.take('CF-1')).toBeUndefined();
    prepared.prepare('CF-2', () => Promise.reject(new Error('gone')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(prepared.take('CF-2')).toBeUndefined();
  });
});

describe('the background reads the sidebar answer as a page read is stored', () => {
  let db: LensDb;
  let ctx: HandlerContext;
  let prepared: PreparedSidebarData;
  let n = 0;
  // As entrypoints/background/index.ts wires it: every Dexie write drops what was prepared.
  const onWrite = () => prepared.written();
  beforeEach(() => {
    db = openLensDb(`prepared-sidebar-test-${n++}`);
    prepared = createPreparedSidebarData();
    ctx = {
      db,
      extensionId: ID,
      extensionOrigin: ORIGIN,
      now: () => new Date('2026-11-25T10:00:01Z'),
      storing: createReadsBeingStored(),
      prepared,
    };
    Dexie.on('storagemutated', onWrite);
  });
  afterEach(async () => {
    Dexie.on('storagemutated').unsubscribe(onWrite);
    await db.delete();
  });

  it('answers the sidebar with the prepared read, which includes the page read', async () => {
    const take = vi.spyOn(prepared, 'take');
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const asked = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    );
    expect(take.mock.results[0]?.value).toBeDefined();
    expect(asked).toMatchObject({
      ok: true,
      value: { view: { caseId: 'CF-1', record: { icpcDate: '2026-11-02' } } },
    });
  });

  it('reads the settings once per stored page read: not again for the prepared answer', async () => {
    const policyReads = vi.fn(async () => ({}));
    ctx.managed = { get: policyReads };
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const asked = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    );
    expect(asked).toMatchObject({ ok: true, value: { view: { caseId: 'CF-1' } } });
    expect(policyReads).toHaveBeenCalledTimes(1);
    // With nothing prepared, the ask reads them itself.
    prepared.written();
    await handleMessage({ type: 'get-sidebar-data', caseId: 'CF-1' }, SIDEBAR, ctx);
    expect(policyReads).toHaveBeenCalledTimes(2);
  });

  it('never answers with a case as it was before a later write', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const change = { field: 'icpcDate', key: '', value: '2026-11-03' };
    const added = await handleMessage(
      { type: 'add-correction', caseId: 'CF-1', change },
      SIDEBAR,
      ctx,
    );
    expect(added.ok).toBe(true);
    const asked = await handleMessage({ type: 'get-sidebar-data', caseId: 'CF-1' }, SIDEBAR, ctx);
    expect(asked).toMatchObject({
      ok: true,
      value: { view: { record: { icpcDate: '2026-11-03' } } },
    });
  });
});
