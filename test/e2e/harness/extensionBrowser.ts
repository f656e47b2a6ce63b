import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { SAVED_PAGE_HEADERS } from '../../../scripts/browserExtract';
import { inPopupView, type PopupViews, popupViews } from './popupViews';
import { shortcutKeys } from './shortcut';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
/** `npm run build:test`: the same extension, its manifest granting http://127.0.0.1/* (the sync tests' server). */
export const TEST_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/test/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The little of `chrome` the tests call inside the service worker. */
export interface ChromeGlobal {
  chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      get(id: number): Promise<{ id?: number; url?: string }>;
    };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
    contextMenus: {
      update(id: string, props: object): Promise<void>;
      onClicked: { dispatch(info: object, tab: object): void };
    };
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
  /**
   * A key combination such as `Alt+Shift+S` pressed on the tab showing `page`, delivered the way keys from the
   * system are: the page sees it first, then the browser's own shortcuts (the add-on's command among them).
   */
  pressShortcut(page: Page, shortcut: string): Promise<void>;
  /**
   * The popup, read from an extension tab opened now. Open it before the page: the popup works on the selected
   * tab, and a tab opened later would be selected instead.
   */
  popupViews(): Promise<PopupViews>;
  close(): Promise<void>;
}

/**
 * Chromium with the production build loaded, in a fresh profile unless one is given, its UI in `lang`.
 * On Linux Chromium takes its UI language (and so chrome.i18n's) from LANGUAGE, not from --lang: both are set.
 */
export async function launchExtensionBrowser(
  profileDir?: string,
  lang: 'zh-CN' | 'en' = 'zh-CN',
  extensionDir = EXTENSION_DIR,
): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    const build = extensionDir === TEST_EXTENSION_DIR ? 'npm run build:test' : 'npm run build';
    throw new Error(`No build at ${extensionDir}: run \`${build}\` first.`);
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
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
      // Extensions.triggerAction runs the action of the tab's window, on that window's selected tab (the one
      // a user clicks on): make it this page's tab, or a tab closed or opened just before may take the grant.
      await page.bringToFront();
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
    async pressShortcut(page, shortcut) {
      // With nativeVirtualKeyCode set, a key event the page leaves unhandled goes on to the browser window's
      // keyboard shortcuts; without it (Playwright's page.keyboard) the browser never sees it.
      const session = await context.newCDPSession(page);
      const keys = shortcutKeys(shortcut);
      let modifiers = 0;
      const send = (type: 'rawKeyDown' | 'keyUp', k: (typeof keys)[number]) =>
        session.send('Input.dispatchKeyEvent', {
          type,
          modifiers,
          key: k.key,
          code: k.code,
          windowsVirtualKeyCode: k.keyCode,
          nativeVirtualKeyCode: k.keyCode,
        });
      for (const k of keys) {
        modifiers |= k.modifierBit ?? 0;
        await send('rawKeyDown', k);
      }
      for (const k of keys.reverse()) {
        modifiers &= ~(k.modifierBit ?? 0);
        await send('keyUp', k);
      }
      await session.detach();
    },
    async popupViews() {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/library.html`);
      return popupViews((action) => probe.evaluate(inPopupView, action));
    },
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
