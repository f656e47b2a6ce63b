import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  // @wxt-dev/i18n: locales/*.yml are the one string catalogue; it writes _locales/*/messages.json and the key types.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the page is read only after the user clicks, never in the background.
    // contextMenus: the 保存到稿库 item. storage: a capture that failed to save waits there for retry.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // MV2 (Firefox) names the toolbar command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    // No inline or remote script in extension pages: captured text is hostile input.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'gaoku@gaoku.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  // OpenCC's Traditional dictionaries are one lazily loaded 1.1 MB chunk of the library page, on purpose.
  vite: () => ({ build: { chunkSizeWarningLimit: 1200 } }),
  webExt: {
    // `GAOKU_HEADLESS=1 npm run dev` opens Chromium without a display (CI, servers).
    chromiumArgs: process.env.GAOKU_HEADLESS ? ['--headless=new', '--no-sandbox'] : [],
    // Debian's Chromium where it is installed (this project's machines); elsewhere WXT finds Chrome itself.
    binaries: existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : {},
  },
});
