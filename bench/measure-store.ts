import type { Page } from 'playwright-core';
import type { IsoDate } from '../lib/domain';
import { exportFileFor, generateCases } from './generate-cases';
import { repeat, type Summary, summarise } from './stats';

/**
 * IndexedDB through the extension's real path: messages from an extension page to the
 * background, which owns the Dexie database (no bench-only code ships in the build). Each time
 * is the whole round trip: message, validation, the Dexie transaction, the answer.
 */
export interface StoreResults {
  /** `get-settings`: the round trip with almost no database work, for scale. */
  messageRoundTrip: Summary;
  /** Importing a file of one case (a new case each run). */
  writeOneCase: Summary;
  readOneCase: Summary;
  /** Importing many cases from export files (one validated transaction per file). */
  bulkWrite: { cases: number; files: number; ms: number; fileChars: number; outcome: string };
  /** Every table read whole with IndexedDB's getAll in the extension's origin. */
  bulkRead: { cases: number; rows: Record<string, number>; ms: Summary };
  /** `export-data` of everything through the background, as the options page asks for it. */
  exportAll: { ok: true; ms: number; cases: number } | { ok: false; error: string };
}

export interface DashboardResults {
  cases: number;
  /** Navigation start to the case list on screen, all cases' rules worked out. */
  firstRender: Summary;
  shownCount: string;
}

type Answer = { ms: number; ok: boolean; error?: string; value?: unknown };

/** Sends one message from `page` (an extension page) and times the answer. */
export function send(page: Page, message: unknown): Promise<Answer> {
  return page.evaluate(async (msg) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    const started = performance.now();
    const answer = (await runtime.sendMessage(msg)) as
      | { ok: boolean; error?: { message: string }; value?: unknown }
      | undefined;
    const ms = performance.now() - started;
    return { ms, ok: answer?.ok === true, error: answer?.error?.message, value: answer?.value };
  }, message);
}

function checked(answer: Answer, what: string): Answer {
  if (!answer.ok) throw new Error(`${what} failed: ${answer.error ?? 'no answer'}`);
  return answer;
}

export async function measureStore(
  page: Page,
  quietPageUrl: string,
  /** The bulk import, as files of part of the cases each (all from one site). */
  importUrls: readonly string[],
  bulkCases: number,
  today: IsoDate,
  counts = { warmUp: 3, runs: 15 },
): Promise<StoreResults> {
  await page.goto(quietPageUrl);
  const messageRoundTrip = summarise(
    (
      await repeat(
        async () => checked(await send(page, { type: 'get-settings' }), 'get-settings'),
        counts,
      )
    ).map((a) => a.ms),
  );
  // A page read from an extension page is refused (it names no site), so one case is written
  // the other real way, as an import of a one-case file; the content script's own write is
  // timed on every case page (measure-sidebar.ts, "store-read").
  const origin = new URL(importUrls[0] ?? 'http://127.0.0.1').origin;
  const singles = generateCases(counts.warmUp + counts.runs, today, 7).map((record) => ({
    ...record,
    caseId: `ONE-${record.caseId}`,
  }));
  const pick = (i: number) => {
    const one = singles[i < 0 ? -1 - i : counts.warmUp + i];
    if (!one) throw new Error('ran out of single cases');
    return one;
  };
  const writes = await repeat(async (i) => {
    const text = JSON.stringify(exportFileFor([pick(i)], origin, new Date()));
    return checked(await send(page, { type: 'import-data', text }), 'import of one case').ms;
  }, counts);
  const reads = await repeat(async (i) => {
    const { caseId } = pick(i);
    const answer = checked(await send(page, { type: 'get-case-view', caseId }), 'get-case-view');
    if (!answer.value) throw new Error(`case ${caseId} was written but is not there`);
    return answer.ms;
  }, counts);

  // In files of at most a few thousand cases: a runtime message is limited to 64 MiB, and an
  // import of all 5,000 in one message is refused by Chromium before it reaches the store.
  const bulk = await page.evaluate(async (urls) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    let ms = 0;
    let chars = 0;
    const outcomes: unknown[] = [];
    for (const url of urls) {
      const text = await (await fetch(url)).text();
      chars += text.length;
      const started = performance.now();
      const answer = (await runtime.sendMessage({ type: 'import-data', text })) as
        | { ok: boolean; error?: { message: string }; value?: unknown }
        | undefined;
      ms += performance.now() - started;
      if (!answer?.ok) return { ms, chars, ok: false, outcome: JSON.stringify(answer?.error) };
      outcomes.push(answer.value);
    }
    return { ms, chars, ok: true, outcome: JSON.stringify(outcomes[0]) };
  }, importUrls);
  if (!bulk.ok) throw new Error(`importing ${bulkCases} cases failed: ${bulk.outcome}`);

  // Every table read whole, as the dashboard's loadCases reads them (Dexie's toArray is getAll),
  // straight from IndexedDB in the extension's origin: the floor under any bulk read.
  const bulkReads = await repeat(
    () =>
      page.evaluate(async () => {
        const started = performance.now();
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('core-group-lens');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const names = Array.from(db.objectStoreNames);
        const transaction = db.transaction(names, 'readonly');
        const counts = await Promise.all(
          names.map(
            (name) =>
              new Promise<[string, number]>((resolve, reject) => {
                const request = transaction.objectStore(name).getAll();
                request.onsuccess = () => resolve([name, request.result.length]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        db.close();
        return { ms: performance.now() - started, rows: Object.fromEntries(counts) };
      }),
    { warmUp: 0, runs: 2 },
  );
  // The real export path: the options page asks the background for everything in one answer.
  const exported: Answer = await send(page, { type: 'export-data' }).catch((error: unknown) => ({
    ms: Number.NaN,
    ok: false,
    error: error instanceof Error ? error.message.split('\n')[0] : String(error),
  }));
  return {
    messageRoundTrip,
    writeOneCase: summarise(writes),
    readOneCase: summarise(reads),
    bulkWrite: {
      cases: bulkCases,
      files: importUrls.length,
      ms: bulk.ms,
      fileChars: bulk.chars,
      outcome: bulk.outcome,
    },
    bulkRead: {
      cases: bulkReads[0]?.rows.cases ?? 0,
      rows: bulkReads[0]?.rows ?? {},
      ms: summarise(bulkReads.map((r) => r.ms)),
    },
    exportAll: exported.ok
      ? {
          ok: true,
          ms: exported.ms,
          cases: (exported.value as { cases?: unknown[] } | undefined)?.cases?.length ?? 0,
        }
      : { ok: false, error: exported.error ?? 'no answer' },
  };
}

/** Opens the dashboard afresh `runs` times and times it to the case list with every case's status. */
export async function measureDashboard(
  page: Page,
  dashboardUrl: string,
  counts = { warmUp: 0, runs: 2 },
): Promise<DashboardResults> {
  let shownCount = '';
  const times = await repeat(async () => {
    await page.goto('about:blank');
    await page.goto(dashboardUrl);
    const at = await page.waitForFunction(
      () => (document.querySelector('[data-testid="rag-totals"]') ? performance.now() : undefined),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    shownCount = (await page.textContent('[data-testid="shown-count"]').catch(() => '')) ?? '';
    return (await at.jsonValue()) as number;
  }, counts);
  const cases = Number(/([\d,]+)/.exec(shownCount)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  return { cases, firstRender: summarise(times), shownCount: shownCount.trim() };
}
