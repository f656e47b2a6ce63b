import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // browser.i18n from locales/*.yml, before @wxt-dev/i18n binds to it.
    setupFiles: ['test/helpers/fakeI18n.ts'],
  },
});
