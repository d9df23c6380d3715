import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toWire } from '../../lib/extract/page-shown-wire';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import { createReadsBeingStored } from '../../lib/messages/reads-being-stored';
import { type LensDb, openLensDb } from '../../lib/store';
import { ID, ORIGIN, SIDEBAR, shown, TAB } from './sidebar-data-fixtures';

/** A promise settled by hand, to hold a store "under way" for as long as a test needs. */
function held<T>() {
  let settle!: (value: T) => void;
  let refuse!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    refuse = reject;
  });
  return { promise, settle, refuse };
}

let db: LensDb;
let ctx: HandlerContext;
let n = 0;
beforeEach(() => {
  db = openLensDb(`sidebar-data-test-${n++}`);
  ctx = {
    db,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    now: () => new Date('2026-11-25T10:00:01Z'),
    storing: createReadsBeingStored(),
  };
});
afterEach(async () => {
  await db.delete();
});

describe('get-sidebar-data asked while the page read is being stored', () => {
  it('answers once the store of that case has settled, with the read in it', async () => {
    const gate = held<void>();
    // A store of CF-1 held back until the question is in.
    const stored = ctx.storing?.track(
      'CF-1',
      gate.promise.then(() => handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx)),
    );
    let answered = false;
    const asked = handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    ).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    gate.settle();
    await stored;
    expect(await asked).toMatchObject({
      ok: true,
      value: { view: { caseId: 'CF-1', record: { icpcDate: '2026-11-02' } } },
    });
  });

  it('notes a page read under its case from the moment it arrives until it is stored', async () => {
    const tracked: string[] = [];
    const inner = createReadsBeingStored();
    ctx.storing = {
      track: (caseId, storing) => {
        tracked.push(caseId);
        return inner.track(caseId, storing);
      },
      settled: inner.settled,
    };
    const storing = handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    // Noted before the handler first waits: a question that comes next already finds it.
    expect(tracked).toEqual(['CF-1']);
    const asked = handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    );
    expect(await asked).toMatchObject({
      ok: true,
      value: { view: { caseId: 'CF-1', record: { icpcDate: '2026-11-02' } } },
    });
    expect(await storing).toMatchObject({ ok: true });
  });

  it('answers with what is stored when the store failed, so the sidebar can say so', async () => {
    const gate = held<void>();
    ctx.storing?.track('CF-1', gate.promise).catch(() => undefined);
    const asked = handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    );
    gate.refuse(new Error('disk full'));
    expect(await asked).toMatchObject({ ok: true, value: { view: null } });
  });

  it('does not wait for another case, nor when the sidebar did not ask to', async () => {
    const gate = held<void>();
    ctx.storing?.track('CF-2', gate.promise);
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const other = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      SIDEBAR,
      ctx,
    );
    expect(other).toMatchObject({ ok: true, value: { view: { caseId: 'CF-1' } } });
    const same = held<void>();
    ctx.storing?.track('CF-1', same.promise);
    const notAsked = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1' },
      SIDEBAR,
      ctx,
    );
    expect(notAsked).toMatchObject({ ok: true, value: { view: { caseId: 'CF-1' } } });
    gate.settle();
    same.settle();
  });

  it('stops waiting for a store that never settles after the bound', async () => {
    const timers: (() => void)[] = [];
    const storing = createReadsBeingStored({
      set: (run) => timers.push(run),
      clear: () => undefined,
    });
    storing.track('CF-1', new Promise(() => undefined));
    let done = false;
    const waiting = storing.settled('CF-1', 3000).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    for (const run of timers) run();
    await waiting;
    expect(done).toBe(true);
  });

  it('refuses the question from a page, and a malformed wait flag', async () => {
    const fromPage = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: true },
      TAB,
      ctx,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const bad = await handleMessage(
      { type: 'get-sidebar-data', caseId: 'CF-1', afterStoring: 'yes' },
      SIDEBAR,
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
