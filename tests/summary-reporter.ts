import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "unit: N passed, N failed", that CI and people can read
 * without knowing vitest's own summary format. The suite name comes from SUMMARY_NAME.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && module.children.size === 0) failed++;
    }
    const name = process.env.SUMMARY_NAME ?? 'tests';
    console.log(`\n${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
