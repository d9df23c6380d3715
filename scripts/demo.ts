/**
 * `npm run demo`: builds the extension, starts the demo case system and opens Chromium with the
 * extension loaded. With a display, a real window you can use; without one, headless, writing a
 * screenshot of the sidebar on each demo case page to demo-screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startDemoServer } from '../demo/server';
import { CHROMIUM, launchWithExtension } from '../tests/e2e/browser';
import { openCasePage } from '../tests/e2e/sidebar';

const SHOTS = path.resolve('demo-screenshots');

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium was not found at ${CHROMIUM}. Install it with: sudo bash scripts/install-chromium.sh`,
    );
    process.exit(1);
  }
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

  const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`Demo case system: ${server.url}`);
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const browser = await launchWithExtension({ headless });

  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url);
    console.log('Chromium is open with Core Group Lens loaded. Close the window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  await mkdir(SHOTS, { recursive: true });
  const index = (await (await fetch(`${server.url}/__demo/cases.json`)).json()) as {
    cases: { system: string; caseId: string; pages: string[] }[];
  };
  const written: string[] = [];
  for (const demoCase of index.cases) {
    for (const [n, pageUrl] of demoCase.pages.entries()) {
      const page = await browser.context.newPage();
      const outcome = await openCasePage(page, new URL(pageUrl, server.url).href);
      const file = path.join(SHOTS, `${demoCase.system}-${demoCase.caseId}-${n + 1}.png`);
      await page.screenshot({ path: file });
      written.push(`${file}${outcome === 'no-sidebar' ? '  (no sidebar on this page)' : ''}`);
      await page.close();
    }
  }
  await browser.close();
  await server.close();
  console.log(`\n${written.length} screenshots of the sidebar on the demo case pages:`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
