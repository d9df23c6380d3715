import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './browser';
import { type DemoSession, readExtensionDb, startDemoSession } from './demo-session';
import { openCasePage } from './sidebar';

/*
 * A worker moving to a new computer: "Export everything" on the options page of one browser
 * profile, and the saved file imported on the options page of a fresh profile. The file is made
 * and read in the options page itself (not sent through the background as one message), so
 * this is the path a caseload of thousands takes too.
 */

let demo: DemoSession;
let fresh: ExtensionBrowser | undefined;
let folder: string;

beforeAll(async () => {
  demo = await startDemoSession();
  folder = await mkdtemp(path.join(tmpdir(), 'cgl-export-'));
});
afterAll(async () => {
  await fresh?.close();
  await demo?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Rows as a fresh import would rebuild them: the times the case changed here are this store's. */
function comparable(tables: Record<string, unknown[]>) {
  const { audit: _a, settings: _s, cases, ...rest } = tables;
  return {
    ...rest,
    cases: (cases ?? []).map((row) => {
      const { updatedAt: _u, nextDueDate: _n, ...kept } = row as Record<string, unknown>;
      return kept;
    }),
  };
}

describe('export everything, then import it into a fresh profile', () => {
  it('brings every case across, page reads and all, and logs both ends', async () => {
    const page = await demo.browser.context.newPage();
    for (const demoCase of demo.cases.slice(0, 3)) {
      expect(await openCasePage(page, demoCase.pages[0] ?? '')).toBe('sidebar');
    }
    await page.close();

    const options = await demo.browser.context.newPage();
    await options.goto(`chrome-extension://${demo.browser.extensionId}/options.html`);
    await options.getByText('3 cases are stored.').waitFor();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything' }).click();
    const saved = await (await download).path();
    await options
      .getByTestId('export-status')
      .getByText(/Saved core-group-lens-all-.*\(3 cases\)/)
      .waitFor();
    const file = path.join(folder, (await download).suggestedFilename());
    await copyFile(saved, file);
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'core-group-lens-export', scope: 'all' });
    const source = await readExtensionDb(demo.browser);
    expect(source.tables.audit?.at(-1)).toMatchObject({ action: 'export', counts: { cases: 3 } });

    fresh = await launchWithExtension();
    const target = await fresh.context.newPage();
    await target.goto(`chrome-extension://${fresh.extensionId}/options.html`);
    await target.getByTestId('no-cases').waitFor();
    await target.getByLabel('Export file to import').setInputFiles(file);
    await target.getByRole('button', { name: 'Import', exact: true }).click();
    await target
      .getByTestId('import-status')
      .getByText(/Imported: 3 new cases/)
      .waitFor();
    await target.getByText('3 cases are stored.').waitFor();
    await target.getByRole('row', { name: /Imported a file/ }).waitFor();

    const restored = await readExtensionDb(fresh);
    expect(comparable(restored.tables)).toEqual(comparable(source.tables));
    expect(restored.tables.pageReads?.length).toBeGreaterThan(0);
  }, 180_000);
});
