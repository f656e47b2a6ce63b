import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from './harness/extensionBrowser';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';

// One speech on two sites: the corpus page, and a 范文-site repost of the same text made here with other
// noise (download prompts, a related list, a footer) and only its first two thirds shown behind a 未完 notice.
// After the first is saved, the popup on the second says at once that the speech is in the library.
const CASE = 'seed-003-plain-speech';
const DIR = join(import.meta.dirname, '../fixtures/corpus', CASE);
const TITLE = (JSON.parse(readFileSync(join(DIR, 'case.json'), 'utf8')) as { expect: { title: string } })
  .expect.title;
const paragraphs = readFileSync(join(DIR, 'body.txt'), 'utf8').split('\n').filter(Boolean);
const shown = paragraphs.slice(0, Math.ceil((paragraphs.length * 2) / 3));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const REPOST = `<!doctype html><html><head><meta charset="utf-8"><title>${esc(TITLE)}_范文大全</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/fw/">范文</a> <a href="/jh/">讲话稿</a></div>
<h1>${esc(TITLE)}</h1><div class="tip">点击下载本文 | 收藏 | 举报</div>
<div class="content">${shown.map((p) => `<p>${esc(p)}</p>`).join('')}
<p>……(未完，全文共${paragraphs.join('').length}字，当前仅显示${shown.join('').length}字，请下载全文)……</p></div>
<div class="related"><h3>相关文章</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/a/${i}.html">在机关工会工作会议上的讲话（${i + 1}）</a></li>`).join('')}</ul></div>
<div class="footer">Copyright © 范文大全 版权所有 备案号：京ICP备00000000号</div></body></html>`;

let browser: ExtensionBrowser;
let fixtures: FixtureServer;
let repost: Server;
let repostUrl = '';

beforeAll(async () => {
  [browser, fixtures] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
  repost = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(REPOST),
  );
  await new Promise<void>((resolve) => repost.listen(0, '127.0.0.1', resolve));
  repostUrl = `http://127.0.0.1:${(repost.address() as AddressInfo).port}/fanwen/12345.html`;
});
afterAll(async () => {
  await browser?.close();
  await fixtures?.close();
  await new Promise((r) => repost?.close(r));
});

describe('one speech on two sites', () => {
  it('is recognised before Save, and the repost is offered as another source, not as the fuller copy', async () => {
    const first = await browser.openPage(fixtures.url(`corpus/${CASE}/page.html`));
    const popup = await browser.openPopup(await browser.clickAction(first));
    await popup.waitForSelector('body[data-state="ready"]', { state: 'attached' });
    await popup.click('#save');
    await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
    await popup.close();

    const second = await browser.openPage(repostUrl);
    const again = await browser.openPopup(await browser.clickAction(second));
    await again.waitForSelector('body[data-state="duplicate"]', { state: 'attached' });
    expect(await again.textContent('#dup-message')).toContain(TITLE);
    expect(await again.isVisible('#truncation-warning')).toBe(true);
    expect(await again.isHidden('#dup-replace')).toBe(true);
    await again.click('#dup-add-source');
    await again.waitForSelector('body[data-state="saved"]', { state: 'attached' });

    const library = await browser.openLibrary();
    await library.click('#results .speech-row');
    // The reader draws the speech's sources after the row's click has returned: wait for both.
    await library.waitForFunction(() => document.querySelectorAll('#reader-sources a').length >= 2);
    const sources = await library.$$eval('#reader-sources a', (a) => a.map((x) => x.getAttribute('href')));
    expect(sources).toEqual(expect.arrayContaining([fixtures.url(`corpus/${CASE}/page.html`), repostUrl]));
    expect(await library.textContent('#count')).toMatch(/共 1 篇/);
    await Promise.all([library.close(), again.close(), first.close(), second.close()]);
  });
});
