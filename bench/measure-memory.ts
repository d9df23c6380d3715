import type { Frame, Page } from 'playwright-core';
import { extensionDecision, sidebarFrame } from './browsers';
import { ratio } from './stats';

/**
 * JavaScript heap in use after a forced garbage collection (CDP `HeapProfiler.collectGarbage`,
 * then `Performance.getMetrics` JSHeapUsedSize), on the same page with and without the extension.
 * The page's heap includes the content script (an isolated world in the page's own engine); the
 * sidebar is an extension frame in another process, so its heap is measured on its own.
 */
export interface MemoryResult {
  page: string;
  withoutBytes: number;
  withBytes: number;
  /** With over without, the page's own process only. */
  ratio: number;
  sidebarBytes: number | undefined;
}

async function heapUsed(target: Page | Frame): Promise<number> {
  const page = 'page' in target ? target.page() : target;
  const session = await page.context().newCDPSession(target);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
    return used;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function measureMemory(
  withPage: Page,
  withoutPage: Page,
  pages: readonly { name: string; url: string }[],
): Promise<MemoryResult[]> {
  const results: MemoryResult[] = [];
  for (const { name, url } of pages) {
    await withoutPage.goto(url, { waitUntil: 'load' });
    const withoutBytes = await heapUsed(withoutPage);
    await withPage.goto(url, { waitUntil: 'load' });
    const decision = await extensionDecision(withPage, 60_000);
    const frame = decision === 'case-page' ? await sidebarFrame(withPage, 60_000) : undefined;
    const withBytes = await heapUsed(withPage);
    const sidebarBytes = frame ? await heapUsed(frame) : undefined;
    results.push({
      page: name,
      withoutBytes,
      withBytes,
      ratio: ratio(withBytes, withoutBytes),
      sidebarBytes,
    });
  }
  return results;
}
