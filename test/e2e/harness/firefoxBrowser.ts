import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inPopupView, type PopupViews, popupViews, until } from './popupViews';
import { type ShortcutKey, shortcutKeys } from './shortcut';

// Real headless Firefox ESR with the Firefox build installed as a temporary add-on, driven by puppeteer-core
// over WebDriver BiDi (Debian has no geckodriver). What makes it work, found on this machine:
// - `-remote-allow-system-access`: without it BiDi refuses to open moz-extension:// pages and gives no access
//   to the browser window itself (the chrome scope), where the user's gestures must happen.
// - the pref extensions.webextensions.uuids fixes the add-on's moz-extension host, so its page urls are known.
// - Firefox sends no load events for extension documents (bug 1755014): page.goto() on a moz-extension url
//   times out, so extension pages are opened with BiDi's browsingContext.navigate, waiting for 'complete'.
// - activeTab is granted only by a gesture in the browser window: keys sent to the page (page.keyboard) never
//   reach the add-on's command. The shortcut goes in through nsITextInputProcessor in the chrome scope, and the
//   context-menu item is activated on the browser's own content-area menu.
// - BiDi cannot see the toolbar popup panel: it is read from an extension tab (popupViews.ts).

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv2');
/** `npm run build:test:firefox`: the manifest grants the test sync server's origin (127.0.0.1) outright. */
export const FIREFOX_TEST_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/test/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on's moz-extension host, fixed for the run by the extensions.webextensions.uuids pref. */
export const ADDON_UUID = '0a0a0a0a-1b1b-4c2c-8d3d-4e4e4e4e4e4e';
const BROWSER_WINDOW = 'chrome://browser/content/browser.xhtml';

/** The little of the WebExtension `browser` the harness calls from an extension page. */
interface FirefoxExtensionGlobal {
  browser: {
    tabs: { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  };
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** `moz-extension://<uuid>`: the add-on's pages live under it. */
  origin: string;
  /** Where the browser saves downloads (the library's exports). */
  downloads: string;
  /** Opens a web page in a new tab, waits for it to load, and makes it the selected tab. */
  openPage(url: string): Promise<Page>;
  /** Opens one of the add-on's pages (`library.html`, `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The selected tab's id, as the add-on sees it. */
  selectedTabId(): Promise<number>;
  /** A key combination such as `Alt+Shift+S` pressed in the browser window, as the user presses it. */
  pressShortcut(shortcut: string): Promise<void>;
  /** Right-clicks the page and picks the add-on's item labelled `label` from the browser's context menu. */
  chooseContextMenuItem(page: Page, label: string): Promise<void>;
  /** The add-on's popup, in the toolbar panel or a window of its own, read from an extension tab. */
  popup: PopupViews;
  /** That extension tab (the library page, opened at launch); a test may close it (the popup is then unread). */
  probe: Page;
  /** Waits for a download whose name ends with `suffix` to finish; returns its path. */
  waitForDownload(suffix: string): Promise<string>;
  close(): Promise<void>;
}

// --- Raw WebDriver BiDi -------------------------------------------------------------------------------------
// puppeteer-core has no public handle on browsingContext.navigate or on chrome-scope contexts; its frames carry
// the BiDi browsing context and session. Reach them in one place, checked, so a puppeteer upgrade that moves
// them fails here with a clear message.

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiBrowsingContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
  userContext: { browser: { session: BidiSession } };
}
type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function browsingContextOf(page: Page): BidiBrowsingContext {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiBrowsingContext }).browsingContext;
  if (typeof context?.navigate !== 'function' || !context.userContext?.browser?.session) {
    throw new Error('puppeteer-core internals moved: no BiDi browsingContext on the page frame');
  }
  return context;
}

/** Runs `expression` in the browser window's own scope (chrome://browser/content/browser.xhtml). */
async function chromeScope(session: BidiSession): Promise<(expression: string) => Promise<unknown>> {
  const { result } = (await session.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const window = result.contexts.find((c) => c.url === BROWSER_WINDOW);
  if (!window)
    throw new Error(
      'No browser window in the chrome scope: is -remote-allow-system-access passed, and is Firefox ESR 153 or later? (140 lists page contexts only)',
    );
  return async (expression) => {
    const { result: r } = (await session.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: EvaluateResult };
    if (r.type === 'exception') throw new Error(`In the browser window: ${r.exceptionDetails.text}`);
    return r.result.value;
  };
}

/**
 * Focus out of the page (key events must reach the browser window's key set, not the content process), then
 * press and release the keys through nsITextInputProcessor, the way the platform delivers them.
 */
function pressKeysExpression(keys: ShortcutKey[]): string {
  return `(() => {
    Services.focus.clearFocus(window);
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    const keys = ${JSON.stringify(keys)}.map(({ key, code, keyCode }) => new KeyboardEvent('', { key, code, keyCode }));
    for (const k of keys) tip.keydown(k);
    for (const k of keys.reverse()) tip.keyup(k);
  })()`;
}

/** Headless Firefox ESR with the Firefox build installed as a temporary add-on, in a fresh profile. */
export async function launchFirefoxExtension(
  extensionDir = FIREFOX_EXTENSION_DIR,
): Promise<FirefoxExtensionBrowser> {
  const manifestFile = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `No build at ${extensionDir}: run \`npm run build:firefox\` (or build:test:firefox) first.`,
    );
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const downloads = await mkdtemp(join(tmpdir(), 'gaoku-ff-dl-'));

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
      // Downloads go straight into `downloads`, no dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== geckoId) throw new Error(`Installed ${installed}, expected ${geckoId}`);
    const [first] = await browser.pages();
    if (!first) throw new Error('Firefox opened no tab');
    const inChrome = await chromeScope(browsingContextOf(first).userContext.browser.session);
    const origin = `moz-extension://${ADDON_UUID}`;

    const openExtensionPage = async (path: string) => {
      const page = await browser.newPage();
      await browsingContextOf(page).navigate(`${origin}/${path.replace(/^\//, '')}`, 'complete');
      return page;
    };
    // The tab the popup is read from. Opened now, before any gesture: a tab opened after one would become the
    // selected tab, and the popup would capture it instead of the page.
    const probe = await openExtensionPage('library.html');
    const popup = popupViews((action) => probe.evaluate(inPopupView, action));

    return {
      browser,
      origin,
      downloads,
      async openPage(url) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await page.bringToFront();
        return page;
      },
      openExtensionPage,
      popup,
      probe,
      async selectedTabId() {
        const [tab] = await probe.evaluate(() =>
          (globalThis as unknown as FirefoxExtensionGlobal).browser.tabs.query({
            active: true,
            currentWindow: true,
          }),
        );
        if (tab?.id === undefined) throw new Error('No selected tab');
        return tab.id;
      },
      async pressShortcut(shortcut) {
        await inChrome(pressKeysExpression(shortcutKeys(shortcut)));
      },
      async chooseContextMenuItem(page, label) {
        await page.mouse.click(200, 200, { button: 'right' });
        const outcome = await until(`the context menu with "${label}"`, async () => {
          const r = await inChrome(`(() => {
            const menu = document.getElementById('contentAreaContextMenu');
            if (menu.state !== 'open') return undefined;
            const item = [...menu.querySelectorAll('menuitem')].find((i) => !i.hidden && i.label === ${JSON.stringify(label)});
            if (!item) return 'no item: ' + [...menu.querySelectorAll('menuitem')].filter((i) => !i.hidden).map((i) => i.label).join(' | ');
            menu.activateItem(item);
            return 'activated';
          })()`);
          return typeof r === 'string' ? r : undefined;
        });
        if (outcome !== 'activated') throw new Error(`Context menu: ${outcome}`);
      },
      async waitForDownload(suffix) {
        // Firefox creates the file empty at once, writes the data to `<name>.part` and renames it over the
        // empty one when done; a blob download may first appear under a random name that is then renamed.
        // Finished means no .part left, the file not empty, and the same name and size on two polls.
        let last = '';
        return until(`a download *${suffix}`, async () => {
          const names = await readdir(downloads);
          if (names.some((n) => n.endsWith('.part'))) return undefined;
          const name = names.find((n) => n.endsWith(suffix));
          if (name === undefined) return undefined;
          const file = join(downloads, name);
          const size = await stat(file).then(
            (s) => s.size,
            () => 0,
          );
          const seen = `${name}:${size}`;
          const stable = size > 0 && seen === last;
          last = seen;
          return stable ? file : undefined;
        });
      },
      async close() {
        await browser.close();
        await rm(downloads, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser.close();
    await rm(downloads, { recursive: true, force: true });
    throw e;
  }
}
