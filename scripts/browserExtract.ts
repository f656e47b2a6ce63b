import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { decodeHtml } from './decodeHtml';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..');
const LOAD_TIMEOUT_MS = 15_000;

/**
 * How a saved page is served to a browser in tests: UTF-8, and its own scripts blocked by CSP. Offline, those
 * scripts fail half-way where their libraries are missing and then do what they never do to a reader: an
 * http→https redirect that leaves an error page (thepaper.cn), a late document.write that wipes the page
 * (163.com). Blocked, the page shows what its HTML and CSS show; WeChat's text box stays
 * `visibility:hidden`, as the engine expects (dom/textLines.ts). CSP does not apply to extension scripts.
 */
export const SAVED_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "script-src 'none'",
};

/**
 * The browser path, as users run it: the saved page is served on 127.0.0.1 and opened in headless Debian
 * Chromium (requests to other hosts are refused, as offline), and the capture function the content script
 * runs (`src/capture/livePage.ts`, bundled by esbuild as WXT bundles it) runs in the live page with its
 * computed style. Returns the same record the plain CLI prints.
 */
export async function extractInBrowser(
  file: string,
  url: string,
  timing?: { loadMs?: number; captureMs?: number },
): Promise<unknown> {
  // Served as UTF-8 whatever the file was saved in: the header's charset outranks the page's <meta>.
  const html = Buffer.from(decodeHtml(readFileSync(file)), 'utf8');
  const server = createServer((req, res) => {
    if (req.url === '/page.html') res.writeHead(200, SAVED_PAGE_HEADERS).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bundle = await build({
    entryPoints: [join(ROOT, 'src/capture/livePage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__gaokuLive',
    target: 'chrome120',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    // Nothing outside 127.0.0.1 is reachable; refusing at once keeps a page from waiting on its CDNs.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`${origin}/page.html`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    // A user clicks on a page they see: its first frame drawn, which on a page of 100,000 links comes seconds
    // after the load event. Counted as the page's load, so the capture's own time is the engine's alone.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    if (timing) timing.loadMs = performance.now() - t0;
    const source = bundle.outputFiles[0]?.text ?? '';
    const { result, ms } = await page.evaluate(
      ([code, pageUrl]) => {
        // biome-ignore lint/security/noGlobalEval: the engine bundle, run in the page like a content script.
        const live = globalThis.eval(`${code};__gaokuLive`) as typeof import('../src/capture/livePage');
        const start = performance.now();
        const result = live.captureLivePage(document, window, pageUrl);
        return { result, ms: performance.now() - start };
      },
      [source, url] as const,
    );
    if (timing) timing.captureMs = ms;
    return result;
  } finally {
    await browser.close();
    server.close();
  }
}
