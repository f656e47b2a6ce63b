import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigramF1 } from '../../scripts/corpusScore';
import { hostilePages } from '../../scripts/hostile/pages';
import { type ChromeGlobal, type ExtensionBrowser, launchExtensionBrowser } from './harness/extensionBrowser';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';

// The engine as the extension runs it: injected by a real toolbar click into a live page in Chromium,
// with the browser's own DOM and layout (not linkedom), scored against the same gold as the unit tests.
const FIXTURES = join(import.meta.dirname, '../fixtures');
const cases = ['corpus', 'real', 'pages'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${dir}/${d.name}`),
);

interface CaseJson {
  url: string;
  expect: { error?: unknown; truncated?: boolean; parts?: number };
}

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('capture after a toolbar click, in Chromium', () => {
  it.each(cases)('%s', async (name) => {
    const kase = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as CaseJson;
    // At the page's own address, as a user meets it (a site module applies to its host only).
    const page = await browser.openPage(kase.url, server.url(`${name}/page.html`));
    const tabId = await browser.clickAction(page);
    const result = (await browser.worker.evaluate(async (id) => {
      const [r] = await (globalThis as unknown as ChromeGlobal).chrome.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/capture.js'],
      });
      return r?.result;
    }, tabId)) as { error?: unknown; body?: string; truncated?: boolean; parts?: unknown[] };
    await page.close();

    if (kase.expect.error) {
      expect(result.error).toBeTruthy();
      return;
    }
    const gold = readFileSync(join(FIXTURES, name, 'body.txt'), 'utf8');
    expect(result.error).toBeUndefined();
    expect(bigramF1(gold, result.body ?? '')).toBeGreaterThanOrEqual(name.startsWith('real/') ? 0.95 : 0.97);
    if (kase.expect.truncated !== undefined) expect(result.truncated).toBe(kase.expect.truncated);
    if (kase.expect.parts !== undefined) expect(result.parts?.length).toBe(kase.expect.parts);
  });
});

describe('hostile pages, after a toolbar click', () => {
  it.each(hostilePages().map((p, i) => [p.name, i, p] as const))('%s', async (_, i, hostile) => {
    const page = await browser.openPage(server.url(`hostile/${i}.html`));
    const tabId = await browser.clickAction(page);
    const result = (await browser.worker.evaluate(async (id) => {
      const [r] = await (globalThis as unknown as ChromeGlobal).chrome.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/capture.js'],
      });
      return r?.result;
    }, tabId)) as { error?: { code: string }; body?: string };
    await page.close();
    if (hostile.expect.capture) expect(result.body).toContain(hostile.expect.contains);
    else expect(result.error?.code).toBe('no-text');
  });
});

describe('permissions', () => {
  it('cannot read a page the user did not click on', async () => {
    const page = await browser.openPage(server.url('corpus/seed-003-plain-speech/page.html'));
    expect(await page.title()).not.toBe('');
    // Without a click the extension may not even see the tab's url: take the newest tab.
    const tabId = await browser.worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    const outcome = await browser.worker.evaluate(async (id) => {
      try {
        await (globalThis as unknown as ChromeGlobal).chrome.scripting.executeScript({
          target: { tabId: id as number },
          files: ['/content-scripts/capture.js'],
        });
        return 'read';
      } catch (e) {
        return String(e);
      }
    }, tabId);
    await page.close();
    expect(outcome).toMatch(/Cannot access|permission/i);
  });
});
