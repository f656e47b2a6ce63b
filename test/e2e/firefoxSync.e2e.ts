import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechToDoc } from '../../src/sync/docs';
import { savedSpeech } from '../helpers/savedSpeech';
import { type CouchServer, DATABASE, MEMBER, startCouchServer } from './harness/couchServer';
import {
  FIREFOX_TEST_EXTENSION_DIR,
  type FirefoxExtensionBrowser,
  launchFirefoxExtension,
} from './harness/firefoxBrowser';

// Firefox's own path of the scheduled sync (issue 12): in MV2 the background is a page, and the alarm opens the
// sync page in a frame of it. With no page of the add-on open, a speech a colleague put on the server comes in on
// the alarm. It is read afterwards with the server gone, so only the alarm's sync can have brought it.
// The test build (`npm run build:test:firefox`) grants 127.0.0.1: a permission prompt cannot be clicked headless.

let ff: FirefoxExtensionBrowser;
let server: CouchServer;

beforeAll(async () => {
  [ff, server] = await Promise.all([launchFirefoxExtension(FIREFOX_TEST_EXTENSION_DIR), startCouchServer()]);
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const colleagues = savedSpeech({
  id: 'ff-alarm-1',
  title: '在全市工会系统工作会议上的讲话',
  body: '同志们：\n今天召开全市工会系统工作会议，总结去年工作，部署今年任务。\n一要围绕中心服务大局。',
  tags: ['工会'],
  savedBy: { name: '张三 · 综合科', device: '办公室电脑' },
});

async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (e) => {
    (e as HTMLInputElement).value = '';
  });
  await page.type(selector, value);
}

describe('Firefox: sync on the alarm while no page of the add-on is open', () => {
  it('brings in what a colleague saved, through the sync page in the background page', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('body[data-ready="true"]');
    await fill(options, '#sync-server', server.url);
    await fill(options, '#sync-database', DATABASE);
    await fill(options, '#sync-user', MEMBER.user);
    await fill(options, '#sync-password', MEMBER.password);
    await fill(options, '#sync-name', '李四 · 研究室');
    await fill(options, '#sync-device', '笔记本');
    await options.click('#sync-start');
    await options.waitForFunction(
      () => /Sync has started/.test(document.querySelector('#sync-message')?.textContent ?? ''),
      {
        timeout: 20_000,
      },
    );
    // The alarm in a few seconds (the add-on's own alarm, as the browser fires it every 15 minutes), then no
    // page of the add-on stays open: none can sync live.
    await options.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { alarms: { create(n: string, a: { when: number }): Promise<void> } };
        }
      ).browser.alarms.create('gaoku-sync', { when: Date.now() + 4000 }),
    );
    await options.close();
    await ff.probe.close();
    const put = await server.admin(
      'PUT',
      `/${DATABASE}/${encodeURIComponent(`speech:${colleagues.id}`)}`,
      speechToDoc(colleagues),
    );
    expect(put.status).toBe(201);
    // The alarm fires, the background page opens the sync page in a frame, it syncs and is removed.
    await new Promise((r) => setTimeout(r, 15_000));
    await server.kill();

    const lib = await ff.openExtensionPage('library.html');
    await lib.waitForSelector('body[data-ready="true"]');
    const titles = await lib.$$eval('#results .speech-row .speech-title', (xs) =>
      xs.map((x) => x.textContent ?? ''),
    );
    expect(titles).toEqual([colleagues.title]);
  });
});
