import { defineConfig } from 'vitest/config';

// Real Chromium with the production build loaded: one browser at a time, generous timeouts.
// The Firefox tests (test/e2e/firefox*.e2e.ts) have a config of their own: vitest.e2e.firefox.config.ts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    exclude: ['test/e2e/firefox*.e2e.ts', '**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
