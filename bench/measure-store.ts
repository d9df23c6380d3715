import { copyFile, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { IsoDate } from '../lib/domain';
import { LIST_TABLE } from '../lib/store/case-tables';
import { exportFileFor, generateCases } from './generate-cases';
import { repeat, type Summary, summarise } from './stats';

/**
 * IndexedDB through the extension's real paths (no bench-only code ships in the build): reads
 * as the sidebar asks the background for them, and export and import as a worker does them, by
 * the options page's buttons and file field. Each import or export is timed inside the options
 * page from the click to the words saying it is done, so it holds everything the worker waits
 * for: reading the file, checking it whole, the writes, and the page showing the outcome.
 */
export interface StoreResults {
  /** `get-settings`: the round trip with almost no database work, for scale. */
  messageRoundTrip: Summary;
  /** Importing a file of one case on the options page (a new case each run). */
  writeOneCase: Summary;
  readOneCase: Summary;
  /** Importing every case from one export file on the options page, into a store without them. */
  bulkWrite: { cases: number; ms: number; perCaseMs: number; fileChars: number; outcome: string };
  /**
   * Every table read whole with IndexedDB's getAll in the extension's origin; `dashboardMs`:
   * only the tables the dashboard's loadCases reads (not pageReads, corrections, audit...).
   */
  bulkRead: { cases: number; rows: Record<string, number>; ms: Summary; dashboardMs: Summary };
  /** "Export everything" on the options page, to the file saved. */
  exportAll: Timed<{ cases: number; fileBytes: number }>;
  /** The exported file imported back: every case is merged with the one held. */
  reimport: Timed<{ cases: number; outcome: string }>;
}

type Timed<T> = ({ ok: true; ms: number; perCaseMs: number } & T) | { ok: false; error: string };

export interface DashboardResults {
  cases: number;
  /** Navigation start to the case list on screen, all cases' rules worked out. */
  firstRender: Summary;
  /**
   * Navigation start to the first "Working out deadlines" progress line: the cases have been
   * read from IndexedDB and the first slice of rules has run. The rest of firstRender is rules.
   */
  casesRead: Summary;
  shownCount: string;
}

/** The tables entrypoints/dashboard/load-cases.ts reads when the dashboard opens. */
const DASHBOARD_TABLES: readonly string[] = ['cases', ...Object.values(LIST_TABLE)];

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

/** Long enough for the slowest path measured before (37 ms a case, 5,000 cases). */
const OUTCOME_TIMEOUT_MS = 600_000;

/**
 * Clicks `button` on the options page and times, in the page, from the click to the outcome of
 * section `testId` (`import`, `export`) that contains `done` (success) or `name` (a failure).
 */
async function timeClick(
  page: Page,
  button: Locator,
  testId: string,
  done: string,
  name: string,
): Promise<{ ms: number; text: string }> {
  // No named functions inside: tsx's keepNames would wrap them in a helper the page lacks.
  const outcome = page
    .evaluate(
      ({ testId, done, name, timeout }) =>
        new Promise<{ ms: number; ok: boolean; text: string }>((resolve) => {
          let started: number | undefined;
          document.addEventListener(
            'click',
            () => {
              started ??= performance.now();
            },
            { capture: true, once: true },
          );
          const observer = new MutationObserver(() => {
            if (started === undefined) return;
            const [status, refused] = ['status', 'error'].map(
              (id) => document.querySelector(`[data-testid="${testId}-${id}"]`)?.textContent ?? '',
            ) as [string, string];
            const ok = status.includes(done);
            if (!ok && (refused === '' || !refused.includes(name))) return;
            observer.disconnect();
            resolve({ ms: performance.now() - started, ok, text: ok ? status : refused });
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          setTimeout(
            () => resolve({ ms: Number.NaN, ok: false, text: 'no outcome shown' }),
            timeout,
          );
        }),
      { testId, done, name, timeout: OUTCOME_TIMEOUT_MS },
    )
    .catch((error: unknown) => ({ ms: Number.NaN, ok: false, text: String(error) }));
  await button.click();
  const { ms, ok, text } = await outcome;
  if (!ok) throw new Error(`${testId} of ${name} failed: ${text}`);
  return { ms, text };
}

type FileToImport = string | { name: string; mimeType: string; buffer: Buffer };

/** Chooses `file` in the options page's import field, clicks Import and times it. */
async function importOnOptionsPage(page: Page, file: FileToImport) {
  const name = typeof file === 'string' ? path.basename(file) : file.name;
  await page.getByLabel('Export file to import').setInputFiles(file);
  const button = page.getByRole('button', { name: 'Import', exact: true });
  return timeClick(page, button, 'import', `${name}: Imported`, name);
}

function failure(error: unknown): { ok: false; error: string } {
  return {
    ok: false,
    error: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
  };
}

export async function measureStore(
  page: Page,
  urls: { options: string; sidebar: string },
  /** An export file of `bulkCases` cases, all from `origin`, none of them held yet. */
  importFile: string,
  origin: string,
  bulkCases: number,
  today: IsoDate,
  counts = { warmUp: 3, runs: 15 },
): Promise<StoreResults> {
  await page.goto(urls.sidebar);
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
  const singles = generateCases(counts.warmUp + counts.runs, today, 7).map((record) => ({
    ...record,
    caseId: `ONE-${record.caseId}`,
  }));
  const pick = (i: number) => {
    const one = singles[i < 0 ? -1 - i : counts.warmUp + i];
    if (!one) throw new Error('ran out of single cases');
    return one;
  };
  await page.goto(urls.options);
  const writes = await repeat(async (i) => {
    const one = pick(i);
    const text = JSON.stringify(exportFileFor([one], origin, new Date()));
    const file = {
      name: `${one.caseId}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    };
    return (await importOnOptionsPage(page, file)).ms;
  }, counts);
  await page.goto(urls.sidebar);
  const reads = await repeat(async (i) => {
    const { caseId } = pick(i);
    const answer = checked(await send(page, { type: 'get-case-view', caseId }), 'get-case-view');
    if (!answer.value) throw new Error(`case ${caseId} was written but is not there`);
    return answer.ms;
  }, counts);

  // All the cases in one file, as a practice lead would bring a caseload in.
  await page.goto(urls.options);
  const bulk = await importOnOptionsPage(page, importFile);
  const bulkChars = (await readFile(importFile, 'utf8')).length;

  // Every table read whole (Dexie's toArray is getAll), straight from IndexedDB in the
  // extension's origin: the floor under any bulk read. `only`: just the dashboard's tables.
  const readTables = (only?: readonly string[]) =>
    page.evaluate(async (only: readonly string[] | undefined) => {
      const started = performance.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('core-group-lens');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = only ? [...only] : Array.from(db.objectStoreNames);
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
    }, only);
  const bulkReads = await repeat(() => readTables(), { warmUp: 0, runs: 2 });
  const dashboardReads = await repeat(() => readTables(DASHBOARD_TABLES), { warmUp: 0, runs: 2 });
  const held = bulkReads[0]?.rows.cases ?? 0;

  // "Export everything" as the worker does it: the button, then the file the browser saves.
  let exportAll: StoreResults['exportAll'];
  let exportedFile: string | undefined;
  try {
    await page.goto(urls.options);
    const download = page.waitForEvent('download', { timeout: OUTCOME_TIMEOUT_MS });
    const button = page.getByRole('button', { name: 'Export everything' });
    const made = await timeClick(page, button, 'export', 'Saved core-group-lens-all', '');
    const saved = await (await download).path();
    exportedFile = path.join(path.dirname(importFile), 'core-group-lens-bench-export-all.json');
    await copyFile(saved, exportedFile);
    const cases = Number(
      /\(([\d,]+) cases?\)/.exec(made.text)?.[1]?.replace(/,/g, '') ?? Number.NaN,
    );
    exportAll = {
      ok: true,
      ms: made.ms,
      perCaseMs: made.ms / cases,
      cases,
      fileBytes: (await stat(exportedFile)).size,
    };
  } catch (error) {
    exportAll = failure(error);
  }
  let reimport: StoreResults['reimport'] = { ok: false, error: 'nothing was exported' };
  if (exportedFile) {
    try {
      const again = await importOnOptionsPage(page, exportedFile);
      reimport = {
        ok: true,
        ms: again.ms,
        perCaseMs: again.ms / held,
        cases: held,
        outcome: again.text,
      };
    } catch (error) {
      reimport = failure(error);
    }
    await rm(exportedFile, { force: true });
  }
  return {
    messageRoundTrip,
    writeOneCase: summarise(writes),
    readOneCase: summarise(reads),
    bulkWrite: {
      cases: bulkCases,
      ms: bulk.ms,
      perCaseMs: bulk.ms / bulkCases,
      fileChars: bulkChars,
      outcome: bulk.text,
    },
    bulkRead: {
      cases: held,
      rows: bulkReads[0]?.rows ?? {},
      ms: summarise(bulkReads.map((r) => r.ms)),
      dashboardMs: summarise(dashboardReads.map((r) => r.ms)),
    },
    exportAll,
    reimport,
  };
}

/** Opens the dashboard afresh `runs` times and times it to the case list with every case's status. */
export async function measureDashboard(
  page: Page,
  dashboardUrl: string,
  counts = { warmUp: 0, runs: 2 },
): Promise<DashboardResults> {
  let shownCount = '';
  const casesRead: number[] = [];
  const times = await repeat(async () => {
    await page.goto('about:blank');
    await page.goto(dashboardUrl);
    const read = await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="loading"]')?.textContent?.includes('Working out') ||
        document.querySelector('[data-testid="rag-totals"]')
          ? performance.now()
          : undefined,
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    casesRead.push((await read.jsonValue()) as number);
    const at = await page.waitForFunction(
      () => (document.querySelector('[data-testid="rag-totals"]') ? performance.now() : undefined),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    shownCount = (await page.textContent('[data-testid="shown-count"]').catch(() => '')) ?? '';
    return (await at.jsonValue()) as number;
  }, counts);
  const cases = Number(/([\d,]+)/.exec(shownCount)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  return {
    cases,
    firstRender: summarise(times),
    casesRead: summarise(casesRead),
    shownCount: shownCount.trim(),
  };
}
