import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const modules = (path: string) => resolve(import.meta.dirname, 'node_modules', path);

/**
 * Files the extension ships from node_modules, loaded only when used: pdf.js's worker and the CMaps of
 * Chinese PDFs (GB, CNS, Big5…: 77 files, 0.6 MB of the 1.7 MB set), and tesseract.js's worker, its SIMD
 * LSTM core and the Simplified and Traditional models (README: OCR).
 */
function bundledFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const cmaps = readdirSync(modules('pdfjs-dist/cmaps')).filter((f) =>
    /^(?:Adobe-GB1|Adobe-CNS1|GB|UniGB|B5|CNS|ETen|ETHK|HK|UniCNS)/.test(f),
  );
  return [
    { absoluteSrc: modules('pdfjs-dist/build/pdf.worker.min.mjs'), relativeDest: 'pdf/pdf.worker.min.mjs' },
    ...cmaps.map((f) => ({ absoluteSrc: modules(`pdfjs-dist/cmaps/${f}`), relativeDest: `pdf/cmaps/${f}` })),
    { absoluteSrc: modules('tesseract.js/dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
    ...['tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm'].map((f) => ({
      absoluteSrc: modules(`tesseract.js-core/${f}`),
      relativeDest: `ocr/${f}`,
    })),
    ...['chi_sim', 'chi_tra'].map((lang) => ({
      absoluteSrc: modules(`@tesseract.js-data/${lang}/4.0.0_best_int/${lang}.traineddata.gz`),
      relativeDest: `ocr/${lang}.traineddata.gz`,
    })),
  ];
}

/**
 * `npm run build:test` (GAOKU_TEST_BUILD=1): the sync browser tests' build, in .output/test, whose manifest grants
 * the test server's origin outright. A permission request cannot be clicked in headless Chromium; the shipped
 * build asks for the office's server on the settings page (docs/sync.md).
 */
const TEST_BUILD = process.env.GAOKU_TEST_BUILD === '1';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: TEST_BUILD ? '.output/test' : '.output',
  entrypointsDir: 'entrypoints',
  // @wxt-dev/i18n: locales/*.yml are the one string catalogue; it writes _locales/*/messages.json and the key types.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab + scripting: the page is read only after the user clicks, never in the background.
    // contextMenus: the 保存到稿库 item. storage: a capture that failed to save waits there for retry.
    // alarms (+ offscreen in MV3): sync with the office's server while no page is open (src/sync/alarm.ts).
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'alarms',
      ...(manifestVersion === 2 ? [] : ['offscreen']),
    ],
    // Asked for one site at a time, on the user's click, and only when a file or a page image to read is on
    // another site than the tab (activeTab covers the tab's own): an attachment server, an image CDN; and the
    // office's sync server, from the settings page (issue 12).
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(TEST_BUILD ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // MV2 (Firefox) names the toolbar command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    // No inline or remote script in extension pages: captured text is hostile input. 'wasm-unsafe-eval'
    // lets the OCR's WebAssembly compile (MV3 allows it; never 'unsafe-eval').
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: {
        id: 'gaoku@gaoku.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...bundledFiles());
    },
  },
  // OpenCC's Traditional dictionaries are one lazily loaded 1.1 MB chunk of the library page, on purpose.
  vite: () => ({ build: { chunkSizeWarningLimit: 1200 } }),
  webExt: {
    // `GAOKU_HEADLESS=1 npm run dev` opens Chromium without a display (CI, servers).
    chromiumArgs: process.env.GAOKU_HEADLESS ? ['--headless=new', '--no-sandbox'] : [],
    // Debian's Chromium where it is installed (this project's machines); elsewhere WXT finds Chrome itself.
    binaries: existsSync('/usr/bin/chromium') ? { chrome: '/usr/bin/chromium' } : {},
  },
});
