import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { inPopupView, type PopupViews, popupViews } from './popupViews';
import { shortcutKeys } from './shortcut';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');
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
  /**
   * Opens a web page in a new tab and waits for it to load. With `servedFrom`, the tab shows `url` (a saved
   * page's own address, so the engine sees the host its site modules know) and gets the document served there.
   */
  openPage(url: string, servedFrom?: string): Promise<Page>;
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

/** Chromium with the production build loaded, in a fresh profile unless one is given. */
export async function launchExtensionBrowser(profileDir?: string): Promise<ExtensionBrowser> {
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
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
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
    async openPage(url, servedFrom) {
      const page = await context.newPage();
      if (servedFrom !== undefined) {
        const href = new URL(url).href;
        await page.route(
          (u) => u.href === href,
          async (route) => route.fulfill({ response: await route.fetch({ url: servedFrom }) }),
        );
      }
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
