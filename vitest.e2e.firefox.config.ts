import { defineConfig } from 'vitest/config';

// Real headless Firefox ESR with the Firefox build (.output/firefox-mv2) installed: one browser at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/firefox*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
