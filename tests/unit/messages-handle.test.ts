import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageShown } from '../../lib/extract/page-shown';
import { toWire } from '../../lib/extract/page-shown-wire';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import { type LensDb, openLensDb } from '../../lib/store';
import { shownValue } from './page-shown-fixtures';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const TAB = { id: ID, url: 'http://127.0.0.1:4173/careflow/case/CF-1/summary', tab: {} };
const PAGE = { id: ID, url: `${ORIGIN}/dashboard.html` };

/** What a content script sends: what the summary page shows, which the background builds. */
const shown: PageShown = {
  findings: {
    pageKind: 'case-summary',
    caseValues: { caseId: shownValue('CF-1'), icpcDate: shownValue('2 November 2026') },
    lists: {
      coreGroups: [{ values: { date: shownValue('10/11/2026'), status: shownValue('Held') } }],
    },
    unread: [],
  },
  path: '/careflow/case/CF-1/summary',
  readAt: '2026-11-25T10:00:00.000Z',
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
  it('builds and stores a page read from what a content script found, and gives it back to the sidebar', async () => {
    const stored = await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    // The content script adds the build's time to the page's reading time (issue 8).
    expect(stored).toMatchObject({ ok: true, value: { status: 'applied', caseId: 'CF-1' } });
    expect(stored.ok && (stored.value as { buildMs: number }).buildMs).toBeGreaterThanOrEqual(0);
    const view = await handleMessage({ type: 'get-case-view', caseId: 'CF-1' }, PAGE, ctx);
    expect(view.ok && (view.value as { record: { icpcDate: string } }).record.icpcDate).toBe(
      '2026-11-02',
    );
    // The summary showed core groups but no visits: only that list counts as read.
    expect(view.ok && (view.value as { listsRead: string[] }).listsRead).toEqual(['coreGroups']);
  });

  it('refuses a message from another extension or a page off the allowed hosts', async () => {
    const other = await handleMessage(
      { type: 'page-read', shown: toWire(shown) },
      { ...TAB, id: 'intruder' },
      ctx,
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const offHost = await handleMessage(
      { type: 'page-read', shown: toWire(shown) },
      { id: ID, url: 'https://evil.example/', tab: {} },
      ctx,
    );
    expect(offHost).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await db.cases.count()).toBe(0);
  });

  it('refuses malformed data with the reason, storing nothing', async () => {
    const wire = toWire(shown);
    const withCaseId = (caseId: unknown) => ({
      type: 'page-read',
      shown: { ...wire, findings: { ...wire.findings, caseValues: { caseId } } },
    });
    const bad = await handleMessage(withCaseId({ t: 'CF-1', l: 'CF-1' }), TAB, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/its lines \(l\) are not a list/);
    // A label outside the message's table of labels is refused, not read as no label.
    const badLabel = await handleMessage(withCaseId({ t: 'CF-1', n: 0 }), TAB, ctx);
    expect(badLabel).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(badLabel.ok ? '' : badLabel.error.message).toBe(
      "Message refused: caseId: label 0 is not among the message's 0 labels",
    );
    const badTime = await handleMessage(
      { type: 'page-read', shown: { ...toWire(shown), readAt: '2026-11-25' } },
      TAB,
      ctx,
    );
    expect(badTime).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await db.cases.count()).toBe(0);
    expect(await handleMessage({ type: 'no-such-thing' }, TAB, ctx)).toMatchObject({ ok: false });
  });

  it('lets only extension pages delete, never a content script', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
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

describe('handleMessage: the options page’s import notice and purge', () => {
  it('refuses them from a content script, changing nothing', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const auditBefore = await db.audit.count();
    for (const message of [{ type: 'data-imported' }, { type: 'purge-expired' }]) {
      expect(await handleMessage(message, TAB, ctx), message.type).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    expect(await db.cases.count()).toBe(1);
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('no longer carries export files: the options page makes and reads them itself', async () => {
    for (const message of [{ type: 'export-data' }, { type: 'import-data', text: '{}' }]) {
      expect(await handleMessage(message, PAGE, ctx), message.type).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
    expect(await handleMessage({ type: 'data-imported' }, PAGE, ctx)).toEqual({
      ok: true,
      value: null,
    });
    expect(await db.audit.count()).toBe(0);
  });

  it('purges on request by the UK calendar date of `now` and the stored period', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    // Read on 25 November 2026; the default period is 90 days.
    const at = (iso: string): HandlerContext => ({ ...ctx, now: () => new Date(iso) });
    const kept = await handleMessage({ type: 'purge-expired' }, PAGE, at('2027-02-20T12:00:00Z'));
    expect(kept).toMatchObject({ ok: true, value: { casesPurged: 0 } });
    expect(await db.cases.count()).toBe(1);
    const purged = await handleMessage({ type: 'purge-expired' }, PAGE, at('2027-03-01T12:00:00Z'));
    expect(purged).toMatchObject({ ok: true, value: { casesPurged: 1, cutoff: '2026-12-01' } });
    expect(await db.cases.count()).toBe(0);
  });
});

describe('handleMessage: the sidebar’s corrections and settings', () => {
  const SIDEBAR = {
    id: ID,
    url: `${ORIGIN}/sidebar.html?case=CF-1`,
    tab: { url: 'http://127.0.0.1:4173/careflow/case/CF-1/summary' },
  };
  const icpcOf = async () => {
    const view = await handleMessage({ type: 'get-case-view', caseId: 'CF-1' }, SIDEBAR, ctx);
    return view.ok
      ? (view.value as { record: { icpcDate?: string; provenance?: Record<string, unknown> } })
          .record
      : undefined;
  };

  it('stores a value the user corrects as entered by user, and undoes it', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const change = { field: 'icpcDate', key: '', value: '2026-11-03' };
    const added = await handleMessage(
      { type: 'add-correction', caseId: 'CF-1', change },
      SIDEBAR,
      ctx,
    );
    expect(added.ok).toBe(true);
    expect((await icpcOf())?.icpcDate).toBe('2026-11-03');
    expect((await icpcOf())?.provenance?.icpcDate).toMatchObject({ kind: 'user' });
    const id = added.ok ? (added.value as { id: number }).id : 0;
    const undone = await handleMessage(
      { type: 'undo-correction', caseId: 'CF-1', correctionId: id },
      SIDEBAR,
      ctx,
    );
    expect(undone).toMatchObject({ ok: true, value: { undone: true } });
    expect((await icpcOf())?.icpcDate).toBe('2026-11-02');
  });

  it('refuses to undo a correction through another case, and a page’s attempt to correct', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const change = { field: 'icpcDate', key: '', value: '2026-11-03' };
    const added = await handleMessage(
      { type: 'add-correction', caseId: 'CF-1', change },
      SIDEBAR,
      ctx,
    );
    const id = added.ok ? (added.value as { id: number }).id : 0;
    const elsewhere = await handleMessage(
      { type: 'undo-correction', caseId: 'CF-2', correctionId: id },
      SIDEBAR,
      ctx,
    );
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const fromPage = await handleMessage(
      { type: 'add-correction', caseId: 'CF-1', change },
      TAB,
      ctx,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect((await icpcOf())?.icpcDate).toBe('2026-11-03');
  });

  it('refuses a correction whose key does not match its value', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const bad = await handleMessage(
      {
        type: 'add-correction',
        caseId: 'CF-1',
        change: {
          field: 'coreGroups',
          key: '2026-11-11',
          value: { date: '2026-11-10', status: 'held' },
        },
      },
      SIDEBAR,
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('gives the sidebar the settings and saves its changes, refusing them from a page', async () => {
    const saved = await handleMessage(
      { type: 'put-settings', patch: { regionOverride: 'scotland', procedureId: 'scotland' } },
      SIDEBAR,
      ctx,
    );
    expect(saved).toMatchObject({ ok: true, value: { regionOverride: 'scotland' } });
    const got = await handleMessage({ type: 'get-settings' }, SIDEBAR, ctx);
    expect(got).toMatchObject({ ok: true, value: { procedureId: 'scotland' } });
    const fromPage = await handleMessage(
      { type: 'put-settings', patch: { procedureId: 'england' } },
      TAB,
      ctx,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('gives the sidebar the case and the settings in one answer, refusing them to a page', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    await handleMessage({ type: 'put-settings', patch: { procedureId: 'scotland' } }, SIDEBAR, ctx);
    const got = await handleMessage({ type: 'get-sidebar-data', caseId: 'CF-1' }, SIDEBAR, ctx);
    expect(got).toMatchObject({
      ok: true,
      value: {
        view: { caseId: 'CF-1', record: { icpcDate: '2026-11-02' } },
        settings: { ok: true, value: { procedureId: 'scotland' } },
      },
    });
    const none = await handleMessage({ type: 'get-sidebar-data', caseId: 'CF-9' }, SIDEBAR, ctx);
    expect(none).toMatchObject({ ok: true, value: { view: null, settings: { ok: true } } });
    const fromPage = await handleMessage({ type: 'get-sidebar-data', caseId: 'CF-1' }, TAB, ctx);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('loads the generic reader into the asking tab only, and says why when it cannot', async () => {
    const injected: [number, number, string][] = [];
    const withTabs: HandlerContext = {
      ...ctx,
      injectScript: async (tabId, frameId, script) => {
        if (tabId === 9) throw new Error('Cannot access contents of the page');
        injected.push([tabId, frameId, script]);
      },
    };
    const asked = await handleMessage(
      { type: 'load-generic-reader' },
      { ...TAB, tab: { id: 7 }, frameId: 0 },
      withTabs,
    );
    expect(asked).toEqual({ ok: true, value: null });
    expect(injected).toEqual([[7, 0, 'generic-reader']]);
    const refused = await handleMessage(
      { type: 'load-generic-reader' },
      { ...TAB, tab: { id: 9 } },
      withTabs,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-page' } });
    // An extension page has no tab to load it into.
    const noTab = await handleMessage({ type: 'load-generic-reader' }, PAGE, withTabs);
    expect(noTab.ok).toBe(false);
    expect(injected).toHaveLength(1);
  });
});
