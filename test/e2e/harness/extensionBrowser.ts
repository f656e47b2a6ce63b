import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { SAVED_PAGE_HEADERS } from '../../../scripts/browserExtract';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The little of `chrome` the tests call inside the service worker. */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    scripting: {
      executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
    };
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /**
   * Opens a saved page at the address it came from (https://mp.weixin.qq.com/s/…): the tab's request for that
   * address is answered with `html` as a site would serve it (SAVED_PAGE_HEADERS), every other request off
   * 127.0.0.1 is refused. The engine sees the page's own url, so site modules apply as for a user.
   */
  openSavedPage(url: string, html: string): Promise<Page>;
  /** A real toolbar click on the tab showing `page` (grants activeTab, like the user's click). */
  clickAction(page: Page): Promise<number>;
  /** The popup page aimed at the tab, opened in a tab of its own so the test can drive it. */
  openPopup(tabId: number): Promise<Page>;
  openLibrary(hash?: string): Promise<Page>;
  /** The most recently opened tab's id (for pages whose url the extension may not see). */
  newestTabId(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Chromium with the production build loaded, in a fresh profile unless one is given, its UI in `lang`.
 * On Linux Chromium takes its UI language (and so chrome.i18n's) from LANGUAGE, not from --lang: both are set.
 */
export async function launchExtensionBrowser(
  profileDir?: string,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const ownsProfile = profileDir === undefined;
  const userDataDir = profileDir ?? (await mkdtemp(join(tmpdir(), 'gaoku-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: lang,
    env: {
      ...process.env,
      LANGUAGE: lang.replace('-', '_'),
      LC_ALL: `${lang.replace('-', '_')}.UTF-8`,
      LANG: `${lang.replace('-', '_')}.UTF-8`,
    },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser-level DevTools session');

  async function tabIdOf(url: string): Promise<number> {
    const id = await worker.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (id === undefined) throw new Error(`No tab for ${url}`);
    return id;
  }

  return {
    context,
    extensionId,
    worker,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openSavedPage(url, html) {
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const request = route.request();
        if (request.url() === url && request.isNavigationRequest())
          return route.fulfill({ status: 200, headers: SAVED_PAGE_HEADERS, body: html });
        return new URL(request.url()).hostname === '127.0.0.1'
          ? route.continue()
          : route.abort('blockedbyclient');
      });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async clickAction(page) {
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!target) throw new Error(`No tab target for ${page.url()}`);
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: target.targetId } as never,
      );
      return tabIdOf(page.url());
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async openLibrary(hash = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/library.html${hash}`);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      return page;
    },
    async newestTabId() {
      return worker.evaluate(async () => {
        const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
        return Math.max(...tabs.map((t) => t.id ?? -1));
      });
    },
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
