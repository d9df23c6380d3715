import { defineConfig } from 'vitest/config';

// Real Chromium on two busy cores: one file at a time, generous timeouts, and every wait in the
// tests is for a state (a selector, a stored row), never a fixed sleep.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
