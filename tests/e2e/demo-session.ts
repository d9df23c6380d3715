import { startDemoServer } from '../../demo/server';
import type { CaseRecord, IsoDate } from '../../lib/domain';
import { todayInLondon } from '../../lib/rules/calendar';
import { type ExtensionBrowser, launchWithExtension } from './browser';

export interface DemoIndexCase {
  system: string;
  caseId: string;
  pages: string[];
  record: CaseRecord;
}

export interface DemoSession {
  baseUrl: string;
  today: IsoDate;
  cases: DemoIndexCase[];
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

/** The demo case system on a free port plus Chromium with the built extension loaded. */
export async function startDemoSession(): Promise<DemoSession> {
  const server = await startDemoServer({ port: 0, today: todayInLondon(new Date()) });
  const index = (await (await fetch(`${server.url}/__demo/cases.json`)).json()) as {
    today: IsoDate;
    cases: DemoIndexCase[];
  };
  const browser = await launchWithExtension();
  return {
    baseUrl: server.url,
    today: index.today,
    cases: index.cases,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Reads every table of the extension's database from inside its service worker (its origin). */
export async function readExtensionDb(browser: ExtensionBrowser): Promise<{
  databases: string[];
  tables: Record<string, unknown[]>;
}> {
  return browser.serviceWorker.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    const tables: Record<string, unknown[]> = {};
    if (!databases.includes('core-group-lens')) return { databases, tables };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('core-group-lens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const name of Array.from(db.objectStoreNames)) {
      tables[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return { databases, tables };
  });
}
