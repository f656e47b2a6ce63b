import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigramF1 } from '../../scripts/corpusScore';
import {
  FIREFOX_EXTENSION_DIR,
  type FirefoxExtensionBrowser,
  launchFirefoxExtension,
} from './harness/firefoxBrowser';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';

// The Firefox build (.output/firefox-mv2) in real headless Firefox ESR, the way a user reaches it: the
// keyboard command and the page's context menu, both real gestures in the browser window that grant activeTab;
// then save, find it in the library by a search, and export. Firefox's UI is en-US here, so the add-on shows
// its English strings; the assertions are on states, ids and the captured text against the corpus gold.
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const SHORTCUT_CASE = 'seed-003-plain-speech';
const MENU_CASE = 'seed-001-huiwen-doc';

interface Gold {
  title: string;
  body: string;
  truncated: boolean;
  parts: number;
  contains: string[];
}
function gold(name: string): Gold {
  const { expect: e } = JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as {
    expect: { title: string; truncated: boolean; parts: number; contains: string[] };
  };
  return { ...e, body: readFileSync(join(CORPUS, name, 'body.txt'), 'utf8') };
}
const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  commands: Record<string, { suggested_key: { default: string } }>;
};
// The menu item's label as the add-on names it in the UI's locale (en-US in this Firefox).
const menuLabel = (
  JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as {
    menuSave: { message: string };
  }
).menuSave.message;

let ff: FirefoxExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [ff, server] = await Promise.all([launchFirefoxExtension(), startFixtureServer()]);
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

/** The popup page aimed at `tabId`, in a tab of its own, once it has captured (or refused). */
async function popupInTab(tabId: number): Promise<Page> {
  const popup = await ff.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('body:not([data-state="loading"])');
  return popup;
}
const state = (p: Page) => p.evaluate(() => document.body.dataset.state);

describe('Firefox: capture', () => {
  it('the keyboard command opens the toolbar popup on the page, which shows the capture and saves it', async () => {
    const g = gold(SHORTCUT_CASE);
    const page = await ff.openPage(server.url(`corpus/${SHORTCUT_CASE}/page.html`));
    const tabId = await ff.selectedTabId();

    // Before any gesture the add-on may not read the page: the grant below is the command's own.
    const refused = await popupInTab(tabId);
    expect(await state(refused)).toBe('error');
    expect(await refused.$eval('#capture-error', (e) => (e as HTMLElement).dataset.code)).toBe('no-access');
    await refused.close();

    const shortcut = manifest.commands._execute_browser_action?.suggested_key.default;
    expect(shortcut).toBe('Alt+Shift+S');
    await page.bringToFront();
    await ff.pressShortcut(shortcut as string);
    const shown = await ff.popup.waitFor('toolbar', ['ready', 'error']);
    expect(shown.errorCode).toBeUndefined();
    expect(shown.state).toBe('ready');
    expect(new URL(shown.href).search).toBe(''); // the real toolbar popup, on the selected tab
    expect(shown.title).toBe(g.title);
    expect(bigramF1(g.body, shown.preview)).toBeGreaterThanOrEqual(0.97);
    for (const line of g.contains) expect(shown.preview.replace(/\n+/g, '')).toContain(line);
    expect(shown.truncationWarning).toBe(g.truncated);

    await ff.popup.click('toolbar', '#save');
    expect((await ff.popup.waitFor('toolbar', ['saved', 'duplicate', 'error'])).state).toBe('saved');
    await ff.popup.close('toolbar');
    await page.close();
  });

  it('the context-menu item opens the popup on the page it was chosen on, which shows the capture and saves it', async () => {
    const g = gold(MENU_CASE);
    const page = await ff.openPage(server.url(`corpus/${MENU_CASE}/page.html`));
    const tabId = await ff.selectedTabId();
    await ff.chooseContextMenuItem(page, menuLabel);

    // Firefox opens no toolbar popup from a menu click: the add-on opens the popup page in a window of its own.
    const shown = await ff.popup.waitFor('window', ['ready', 'error']);
    expect(shown.errorCode).toBeUndefined();
    expect(shown.state).toBe('ready');
    expect(new URL(shown.href).searchParams.get('tab')).toBe(String(tabId));
    expect(shown.title).toBe(g.title);
    expect(bigramF1(g.body, shown.preview)).toBeGreaterThanOrEqual(0.97);
    expect(shown.truncationWarning).toBe(g.truncated);
    expect(shown.parts).toBe(g.parts);

    await ff.popup.click('window', '#save');
    expect((await ff.popup.waitFor('window', ['saved', 'duplicate', 'error'])).state).toBe('saved');
    await ff.popup.close('window');
    await page.close();
  });
});

describe('Firefox: library', () => {
  let lib: Page;
  beforeAll(async () => {
    lib = await ff.openExtensionPage('library.html');
    await lib.waitForSelector('body[data-ready="true"]');
  });

  const count = () => lib.$eval('#count', (e) => e.textContent ?? '');
  const titles = () =>
    lib.$$eval('#results .speech-row .speech-title', (xs) => xs.map((x) => x.textContent ?? ''));

  it('lists both saved speeches and finds each by a phrase of its text', async () => {
    await lib.waitForFunction(() => /\b2\b/.test(document.querySelector('#count')?.textContent ?? ''));
    expect(await titles()).toEqual(
      expect.arrayContaining([gold(SHORTCUT_CASE).title, gold(MENU_CASE).title]),
    );

    for (const [name, phrase] of [
      [MENU_CASE, '合理设臵机构'],
      [SHORTCUT_CASE, '区直机关各级党组织和全体党务工作者加压驱动'],
    ] as const) {
      await lib.click('#search', { count: 3 });
      await lib.keyboard.press('Backspace');
      await lib.type('#search', phrase);
      await lib.waitForFunction(
        (t) =>
          [...document.querySelectorAll('#results .speech-title')].map((x) => x.textContent).join() === t,
        {},
        gold(name).title,
      );
      expect(await count()).toMatch(/\b1\b/);
      expect(await lib.$$eval('#results .speech-row .snippet mark', (m) => m.length)).toBeGreaterThan(0);
    }
  });

  it('exports the library as JSON with both speeches in it', async () => {
    await lib.click('#search', { count: 3 });
    await lib.keyboard.press('Backspace');
    await lib.waitForFunction(() => document.querySelectorAll('#results .speech-row').length === 2);
    await lib.click('#export-json');
    const file = await ff.waitForDownload('.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      speeches: { title: string; body: string; truncated: boolean; sources: { url: string }[] }[];
    };
    expect(json.format).toBe('gaoku-library');
    expect(json.speeches).toHaveLength(2);
    for (const name of [SHORTCUT_CASE, MENU_CASE]) {
      const g = gold(name);
      const speech = json.speeches.find((s) => s.title === g.title);
      expect(speech, name).toBeDefined();
      expect(bigramF1(g.body, speech?.body ?? '')).toBeGreaterThanOrEqual(0.97);
      expect(speech?.truncated).toBe(g.truncated);
      expect(speech?.sources.map((s) => s.url)).toContain(server.url(`corpus/${name}/page.html`));
    }
    await lib.close();
  });
});
