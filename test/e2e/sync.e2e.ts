import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, DATABASE, MEMBER, startCouchServer } from './harness/couchServer';
import { type ExtensionBrowser, launchExtensionBrowser } from './harness/extensionBrowser';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { ensureTestBuild } from './harness/testBuild';

// Two colleagues' browsers (two Chromium profiles with the test build, whose manifest grants 127.0.0.1) and the
// office's server (express-pouchdb in memory, started here), through the settings page and the library page as
// a user drives them (issue 12).

const SYNC_WAIT = { timeout: 30_000, intervals: [200] };

let server: CouchServer;
let fixtures: FixtureServer;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let libA: Page;
let libB: Page;
const profiles: string[] = [];

beforeAll(async () => {
  [server, fixtures] = await Promise.all([startCouchServer(), startFixtureServer()]);
  for (let i = 0; i < 2; i++) profiles.push(await mkdtemp(join(tmpdir(), 'gaoku-sync-e2e-')));
  const extension = ensureTestBuild();
  a = await launchExtensionBrowser(profiles[0], 'zh-CN', extension);
  b = await launchExtensionBrowser(profiles[1], 'zh-CN', extension);
}, 120_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await server?.close();
  await fixtures?.close();
  for (const p of profiles) await rm(p, { recursive: true, force: true });
});

/** Click the toolbar button on a fixture page, save from the popup. */
async function capture(browser: ExtensionBrowser, path: string): Promise<void> {
  const page = await browser.openPage(fixtures.url(path));
  const popup = await browser.openPopup(await browser.clickAction(page));
  await popup.waitForSelector('body[data-state="ready"]', { state: 'attached' });
  await popup.click('#save');
  await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
  await Promise.all([popup.close(), page.close()]);
}

/** The settings page filled in and 开始同步 clicked; it stays open (it syncs too while open). */
async function settings(
  browser: ExtensionBrowser,
  password: string,
  name: string,
  device: string,
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.fill('#sync-server', server.url);
  await page.fill('#sync-database', DATABASE);
  await page.fill('#sync-user', MEMBER.user);
  await page.fill('#sync-password', password);
  await page.fill('#sync-name', name);
  await page.fill('#sync-device', device);
  await page.click('#sync-start');
  return page;
}

const count = async (lib: Page) => Number(/\d+/.exec((await lib.textContent('#count')) ?? '')?.[0] ?? 0);
const ids = (lib: Page) =>
  lib.locator('#results .speech-row').evaluateAll((rows) => rows.map((r) => r.dataset.id));
const serverDocs = async () => (await server.admin('GET', `/${DATABASE}`)).json as { doc_count: number };

async function openConflicts(): Promise<number> {
  const all = (await server.admin('GET', `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`)).json as {
    rows: { doc?: { _conflicts?: string[] } }[];
  };
  return all.rows.filter((r) => r.doc?._conflicts?.length).length;
}

/** The library page opened afresh (the hash is read only when the page starts), on one speech when given. */
async function reopen(lib: Page, id?: string): Promise<void> {
  await lib.goto(`chrome-extension://${lib.url().split('/')[2]}/library.html${id ? `#id=${id}` : ''}`);
  await lib.reload();
  await lib.waitForSelector(id ? '#reader:not([hidden]) #edit-title' : 'body[data-ready="true"]', {
    state: id ? 'visible' : 'attached',
  });
}

async function edit(
  lib: Page,
  id: string,
  field: '#edit-title' | '#edit-tags',
  value: string,
): Promise<void> {
  await reopen(lib, id);
  await lib.fill(field, value);
  await lib.click('#reader-save');
  await expect.poll(() => lib.textContent('#reader-status')).toBeTruthy();
}

describe('sync through an office CouchDB', () => {
  let optionsA: Page;
  let optionsB: Page;

  it('says a wrong password, and changes nothing here or there', async () => {
    await capture(a, 'corpus/seed-003-plain-speech/page.html');
    libA = await a.openLibrary();
    expect(await count(libA)).toBe(1);
    optionsA = await settings(a, 'wrong-password', '张三 · 综合科', '办公室电脑');
    await expect.poll(() => optionsA.textContent('#sync-message'), SYNC_WAIT).toContain('用户名或密码错误');
    expect(await optionsA.isVisible('#sync-start')).toBe(true);
    expect(await count(libA)).toBe(1);
    expect((await serverDocs()).doc_count).toBe(0);
  });

  it('lists and finds in B what A saved, with who saved it', async () => {
    await optionsA.fill('#sync-password', MEMBER.password);
    await optionsA.click('#sync-start');
    await expect.poll(() => optionsA.textContent('#sync-message')).toContain('同步已开始');
    await expect.poll(async () => (await serverDocs()).doc_count, SYNC_WAIT).toBe(1);
    await expect.poll(() => libA.textContent('#sync-status'), SYNC_WAIT).toMatch(/已同步/);

    optionsB = await settings(b, MEMBER.password, '李四 · 研究室', '笔记本');
    libB = await b.openLibrary();
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(1);
    await libB.fill('#search', '工会');
    await expect.poll(() => libB.textContent('#count'), SYNC_WAIT).toMatch(/找到 1 篇/);
    const [id] = await ids(libB);
    await reopen(libB, id);
    await expect
      .poll(() => libB.textContent('#reader-saved-by'), SYNC_WAIT)
      .toBe('由 张三 · 综合科 在 办公室电脑 上保存');

    // Live: another save in A shows up in B's open library.
    await capture(a, 'corpus/seed-002-xinwenmi-paywall/page.html');
    await reopen(libB);
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(2);
  });

  it('keeps a title edited in A and tags edited in B while the server was away, and no conflict', async () => {
    const [id] = await ids(libA);
    if (!id) throw new Error('no speech');
    await server.kill();
    await edit(libA, id, '#edit-title', '甲改过的标题');
    await edit(libB, id, '#edit-tags', '乙加的标签');
    await expect.poll(() => libA.textContent('#sync-status'), SYNC_WAIT).toMatch(/离线/);
    // Back, empty (memory): both push everything again, merge, and agree.
    await server.start();
    for (const lib of [libA, libB]) {
      await expect
        .poll(async () => {
          await lib.reload();
          await lib.waitForSelector('#reader:not([hidden]) #edit-title');
          return [await lib.inputValue('#edit-title'), await lib.inputValue('#edit-tags')];
        }, SYNC_WAIT)
        .toEqual(['甲改过的标题', '乙加的标签']);
    }
    await expect.poll(async () => (await serverDocs()).doc_count, SYNC_WAIT).toBe(2);
    await expect.poll(openConflicts, SYNC_WAIT).toBe(0);
  });

  it('loses nothing when the server is killed in the middle of a sync', async () => {
    await reopen(libB);
    const pages = ['pages/gov-press-conference/page.html', 'pages/gov-trs-business-speech/page.html'];
    for (const p of pages) await capture(a, p);
    // Killed as A starts sending, back a few seconds later, empty again.
    await server.kill();
    await capture(a, 'pages/news-party-youth-speech/page.html');
    await new Promise((r) => setTimeout(r, 3000));
    await server.start();
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(5);
    await expect.poll(async () => (await serverDocs()).doc_count, SYNC_WAIT).toBe(5);
    expect((await ids(libB)).sort()).toEqual((await ids(libA)).sort());
  });

  it('moves a speech deleted in A to the trash in B', async () => {
    const [id] = await ids(libA);
    await reopen(libA, id);
    await libA.click('#reader-delete');
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(4);
    await libB.click('#trash-toggle');
    await expect.poll(() => ids(libB), SYNC_WAIT).toEqual([id]);
    await libB.click('#trash-toggle');
  });

  it('offers the copies A and B saved of one speech while apart, and the merge in B reaches A', async () => {
    await server.kill();
    await capture(a, 'pages/gov-press-release-turns/page.html');
    await capture(b, 'pages/gov-press-release-turns/page.html?copy=b');
    await server.start();
    await reopen(libB);
    await expect.poll(() => libB.locator('.duplicate-pair').count(), SYNC_WAIT).toBe(1);
    expect(await libB.textContent('#duplicate-pairs-heading')).toContain('同步发现 1 组重复的讲话稿');
    expect(await libB.textContent('.duplicate-pair')).toContain('张三 · 综合科（办公室电脑）');
    expect(await count(libB)).toBe(6);
    await libB.click('.duplicate-merge');
    await expect.poll(() => libB.textContent('#duplicate-status'), SYNC_WAIT).toContain('已合并为');
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(5);
    await reopen(libA);
    await expect.poll(() => count(libA), SYNC_WAIT).toBe(5);
    // The pairs are drawn after the list of speeches (the last CI read them in between): wait for them too.
    await expect.poll(() => libA.locator('.duplicate-pair').count(), SYNC_WAIT).toBe(0);
    expect((await ids(libA)).sort()).toEqual((await ids(libB)).sort());
    await expect.poll(openConflicts, SYNC_WAIT).toBe(0);
  });

  it('keeps the library whole when sync is turned off', async () => {
    await optionsB.click('#sync-pause');
    await expect.poll(() => optionsB.textContent('#sync-state')).toBe('未同步');
    const before = (await ids(libB)).sort();
    await capture(a, 'pages/gov-zoom-safety-speech/page.html');
    await expect.poll(async () => (await serverDocs()).doc_count, SYNC_WAIT).toBe(8);
    await libB.reload();
    await libB.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    expect((await ids(libB)).sort()).toEqual(before);
    expect(await count(libB)).toBe(5);
  });

  it('syncs on the alarm while no page of the extension is open', async () => {
    await optionsB.click('#sync-start');
    await expect.poll(() => optionsB.textContent('#sync-state'), SYNC_WAIT).toMatch(/已同步/);
    // What A saved while B was paused is in B before B's pages close (the state line may say 已同步 before).
    await expect.poll(() => count(libB), SYNC_WAIT).toBe(6);
    await Promise.all([optionsB.close(), libB.close()]);
    const before = await storedInB();
    await capture(a, 'pages/news-people-style-speech/page.html');
    await expect.poll(async () => (await serverDocs()).doc_count, SYNC_WAIT).toBe(9);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await storedInB()).toBe(before);
    // What the browser does every 15 minutes: the background opens the sync page (an offscreen document).
    await b.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { alarms: { onAlarm: { dispatch(a: object): void } } } }
      ).chrome.alarms.onAlarm.dispatch({ name: 'gaoku-sync', scheduledTime: Date.now() }),
    );
    await expect.poll(storedInB, SYNC_WAIT).toBe(before + 1);
  });
});

/** Speeches in B's library, the trash included, read from its IndexedDB by the service worker (no page open). */
function storedInB(): Promise<number> {
  return b.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gaoku');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('speeches').objectStore('speeches').count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
