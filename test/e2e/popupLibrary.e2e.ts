import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from './harness/extensionBrowser';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';

// The whole path a user takes, on the production build: click the toolbar button on a page, review the
// capture in the popup, save, find it in the library, export, and import the file into a fresh profile.
// GAOKU_SCREENSHOTS=1 also writes the README's screenshots to docs/screenshots.
const SHOTS = process.env.GAOKU_SCREENSHOTS ? join(import.meta.dirname, '../../docs/screenshots') : undefined;

let browser: ExtensionBrowser;
let server: FixtureServer;
let downloads: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
  downloads = await mkdtemp(join(tmpdir(), 'gaoku-dl-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

/** Click the toolbar button on a fixture page and open the popup aimed at that tab. */
async function captureInPopup(path: string): Promise<{ popup: Page; page: Page }> {
  const page = await browser.openPage(server.url(path));
  const tabId = await browser.clickAction(page);
  const popup = await browser.openPopup(tabId);
  await popup.setViewportSize({ width: 440, height: 760 });
  await popup.waitForSelector('body:not([data-state="loading"])', { state: 'attached' });
  return { popup, page };
}

const state = (p: Page) => p.evaluate(() => document.body.dataset.state);

async function download(page: Page, button: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const file = join(downloads, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

describe('popup', () => {
  it('shows a paywalled page honestly, lets a removed line back in, and saves with tags', async () => {
    const { popup, page } = await captureInPopup('corpus/seed-002-xinwenmi-paywall/page.html');
    expect(await state(popup)).toBe('ready');
    expect(await popup.inputValue('#title')).toBe('三區政協主席秘書長聯席會交流材料');
    const warning = await popup.textContent('#truncation-warning');
    expect(warning).toContain('3926');
    expect(warning).toContain('706');
    expect(await popup.isVisible('#truncation-warning')).toBe(true);
    const preview = (await popup.textContent('#preview')) ?? '';
    expect(preview).toContain('近幾年來');
    expect(preview).not.toContain('正式會員可完整閱讀');
    // The gap is marked where the page cut the sentence, and the cut end after the last paragraph.
    const gap = popup.locator('#preview .gap-marker[data-kind="gap"]');
    expect(await gap.evaluate((m) => m.parentElement?.textContent)).toMatch(
      /區政府辦、區〔原页面此处省略约 706 字〕$/,
    );
    expect(await gap.evaluate((m) => m.parentElement?.nextElementSibling?.textContent)).toMatch(
      /^,加強領導和協調/,
    );
    expect(await popup.textContent('#preview p:last-child')).toBe('〔原页面到此为止，全文共 3,926 字〕');

    const summary = (await popup.textContent('#removed summary')) ?? '';
    const removedCount = Number(/已去除\s*(\d+)\s*处/.exec(summary)?.[1]);
    expect(removedCount).toBeGreaterThan(0);
    expect(await popup.locator('#removed .removed-item').count()).toBe(removedCount);

    await popup.fill('#tag-input', '政协');
    await popup.press('#tag-input', 'Enter');
    await expect
      .poll(() => popup.locator('#tags .tag-chip').allTextContents())
      .toEqual([expect.stringContaining('政协')]);
    if (SHOTS) await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.click('#save');
    await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });

    // The same page again: the popup says so as soon as it shows the capture, before any Save.
    const again = await browser.openPopup(await browser.clickAction(page));
    await again.waitForSelector('body[data-state="duplicate"]', { state: 'attached' });
    expect(await again.textContent('#dup-message')).toContain('已经在稿库中');
    expect(await again.isDisabled('#save')).toBe(true);
    expect(await again.isVisible('#dup-open')).toBe(true);
    expect(await again.isVisible('#dup-add-source')).toBe(true);
    if (SHOTS) await again.screenshot({ path: join(SHOTS, 'popup-duplicate.png') });
    await Promise.all([again.close(), popup.close(), page.close()]);
  });

  it('puts a removed block back into the text before saving', async () => {
    const { popup, page } = await captureInPopup('corpus/seed-003-plain-speech/page.html');
    const before = ((await popup.textContent('#preview')) ?? '').length;
    await popup.click('#removed summary');
    await popup.locator('#removed .restore-removed').first().click();
    await expect
      .poll(async () => ((await popup.textContent('#preview')) ?? '').length)
      .toBeGreaterThan(before);
    await Promise.all([popup.close(), page.close()]);
  });

  it('saves chosen parts of a compilation as speeches of their own', async () => {
    const { popup, page } = await captureInPopup('corpus/seed-004-xiexiebang-compilation/page.html');
    const checks = popup.locator('#parts input.part-check');
    expect(await checks.count()).toBe(5);
    await checks.nth(0).check();
    await checks.nth(4).check();
    await popup.click('#save');
    await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
    await Promise.all([popup.close(), page.close()]);
  });

  it.each([
    ['pages/gov-list-page/page.html', 'list-page', /列表/],
    ['pages/doc-image-only/page.html', 'image-only', /图片/],
  ])('says what %s is instead of capturing', async (path, code, words) => {
    const { popup, page } = await captureInPopup(path);
    expect(await state(popup)).toBe('error');
    expect(await popup.getAttribute('#capture-error', 'data-code')).toBe(code);
    expect(await popup.textContent('#capture-error')).toMatch(words);
    expect(await popup.isDisabled('#save').catch(() => true)).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says a browser page cannot be captured', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await browser.openPopup(await browser.newestTabId());
    await popup.waitForSelector('body[data-state="error"]', { state: 'attached' });
    expect(await popup.getAttribute('#capture-error', 'data-code')).toBe('restricted');
    expect(await popup.textContent('#capture-error')).toContain('浏览器自己的页面');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('library', () => {
  let exported = '';

  it('finds saved speeches by search and by tag, and exports them', async () => {
    const lib = await browser.openLibrary();
    expect(await lib.textContent('#count')).toMatch(/3/);
    // two words only the paywalled speech holds both of (the 群团 speech has 会议 and 政协, not 秘书长)
    await lib.fill('#search', '政協 秘書長');
    await expect.poll(() => lib.textContent('#count')).toMatch(/找到 \d+ 篇（同时含有每个词）/);
    const first = lib.locator('#results .speech-row').first();
    expect(await first.locator('.speech-title').textContent()).toContain('政協');
    expect(await first.locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.truncated-badge').count()).toBe(1);
    if (SHOTS) await lib.screenshot({ path: join(SHOTS, 'library-search.png') });

    await lib.fill('#search', '');
    await expect.poll(() => lib.textContent('#count')).toMatch(/共 3 篇/);
    await lib.click('#tag-filter .tag-filter-item[data-tag="政协"]');
    await expect.poll(() => lib.locator('#results .speech-row').count()).toBe(1);
    await lib.locator('#results .speech-row').first().click();
    await lib.waitForSelector('#reader-body');
    expect(await lib.textContent('#reader-body')).toContain('近幾年來');
    expect(await lib.textContent('#reader-body')).toContain(
      '區政府辦、區〔原页面此处省略约 706 字〕,加強領導',
    );
    // The speech's identity above its text: the user's tags as chips, the facts, the actions.
    expect(await lib.locator('#reader-tags .tag-chip').allTextContents()).toEqual(['政协']);
    const above = async (sel: string) =>
      ((await lib.locator(sel).boundingBox())?.y ?? Number.POSITIVE_INFINITY) <
      ((await lib.locator('#reader-body').boundingBox())?.y ?? 0);
    for (const sel of ['#reader-tags', '#reader-facts', '#reader-actions'])
      expect(await above(sel), sel).toBe(true);
    if (SHOTS) await lib.screenshot({ path: join(SHOTS, 'library-reader.png') });
    // Facts read from the text, then corrected by the user.
    expect(await lib.textContent('#reader-facts')).toContain('汇报');
    await lib.fill('#edit-speaker', '张三');
    await lib.click('#reader-save');
    await expect.poll(() => lib.textContent('#reader-facts')).toContain('张三');
    // Read it in Simplified script (OpenCC, loaded on demand), then back as saved.
    await lib.selectOption('#script', 'simplified');
    await expect.poll(() => lib.textContent('#reader-title')).toBe('三区政协主席秘书长联席会交流材料');
    expect(await lib.textContent('#reader-body')).toContain('近几年来');
    expect(await lib.inputValue('#edit-title')).toBe('三區政協主席秘書長聯席會交流材料');
    await lib.selectOption('#script', 'original');
    await expect.poll(() => lib.textContent('#reader-title')).toBe('三區政協主席秘書長聯席會交流材料');
    await lib.keyboard.press('Escape');
    await lib.click('#tag-filter .tag-filter-item[data-tag="政协"]');
    await lib.selectOption('#genre-filter', '汇报');
    await expect.poll(() => lib.textContent('#count')).toMatch(/共 1 篇/);
    await lib.selectOption('#genre-filter', '致辞');
    await expect.poll(() => lib.textContent('#count')).not.toMatch(/共 1 篇/);
    await lib.selectOption('#genre-filter', '');
    await expect.poll(() => lib.textContent('#count')).toMatch(/共 3 篇/);

    await lib.click('#stats-toggle');
    await expect
      .poll(() => lib.textContent('#stats .stats-totals'))
      .toMatch(/^共 3 篇，[\d,]+ 字，其中 1 篇不完整。$/);
    expect(await lib.locator('#stats [data-chart="tag"] .stats-label').allTextContents()).toEqual(['政协']);
    if (SHOTS) await lib.screenshot({ path: join(SHOTS, 'library-stats.png') });
    await lib.click('#stats-toggle');

    const file = await download(lib, '#export-json');
    exported = await readFile(file, 'utf8');
    const json = JSON.parse(exported) as { format: string; speeches: { title: string; tags: string[] }[] };
    expect(json.format).toBe('gaoku-library');
    expect(json.speeches).toHaveLength(3);
    expect(json.speeches.map((s) => s.title)).toContain('三區政協主席秘書長聯席會交流材料');
    expect(json.speeches.find((s) => s.tags.includes('政协'))).toBeTruthy();

    // Word, in the official-document layout, of what the list shows.
    const docx = unzipSync(new Uint8Array(await readFile(await download(lib, '#export-docx'))));
    const xml = strFromU8(docx['word/document.xml'] as Uint8Array);
    expect(xml).toContain('三區政協主席秘書長聯席會交流材料');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    await lib.close();
  });

  it('imports the export into a fresh profile and gives the same library back', async () => {
    const fresh = await launchExtensionBrowser();
    try {
      const lib = await fresh.openLibrary();
      const file = join(downloads, 'roundtrip.json');
      await import('node:fs/promises').then((fs) => fs.writeFile(file, exported));
      await lib.setInputFiles('#import-file', file);
      await expect.poll(() => lib.textContent('#import-report')).toMatch(/3/);
      await expect.poll(() => lib.locator('#results .speech-row').count()).toBe(3);
      const again = await readFile(await download(lib, '#export-json'), 'utf8');
      const strip = (s: string) => s.replace(/"exportedAt":\s*"[^"]*"/, '');
      expect(strip(again)).toBe(strip(exported));

      await lib.setInputFiles('#import-file', {
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"gaoku-library","schemaVersion":1,"speeches":[{"title":'),
      });
      await expect.poll(() => lib.textContent('#import-report')).toMatch(/[\u4e00-\u9fff]/);
      await expect.poll(() => lib.locator('#results .speech-row').count()).toBe(3);
    } finally {
      await fresh.close();
    }
  });
});

describe('library and popup together', () => {
  it('an open library tab shows a speech saved from the popup at once, and a delete can be undone', async () => {
    const lib = await browser.openLibrary();
    const before = Number(/\d+/.exec((await lib.textContent('#count')) ?? '')?.[0]);
    const { popup, page } = await captureInPopup('pages/gov-press-conference/page.html');
    await popup.click('#save');
    await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
    await expect.poll(() => lib.textContent('#count')).toContain(String(before + 1));

    await lib.locator('#results .speech-row').first().click();
    await lib.waitForSelector('#reader:not([hidden])');
    const title = await lib.textContent('#reader-title');
    await lib.click('#reader-delete');
    await expect.poll(() => lib.textContent('#count')).toContain(String(before));
    await lib.click('#undo');
    await expect.poll(() => lib.textContent('#count')).toContain(String(before + 1));
    expect(await lib.locator('#results .speech-title').allTextContents()).toContain(title);
    await Promise.all([lib.close(), popup.close(), page.close()]);
  });

  it('opens the library on the saved copy from the duplicate notice', async () => {
    const { popup, page } = await captureInPopup('pages/gov-press-conference/page.html');
    await popup.waitForSelector('body[data-state="duplicate"]', { state: 'attached' });
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.click('#dup-open')]);
    await opened.waitForSelector('#reader:not([hidden])');
    expect(opened.url()).toContain('library.html#id=');
    expect(await opened.textContent('#reader-body')).toBeTruthy();
    await Promise.all([opened.close(), popup.close(), page.close()]);
  });

  it('finds the set phrases two saved speeches share, and searches for one', async () => {
    for (const x of ['a', 'b']) {
      const { popup, page } = await captureInPopup(`e2e/set-phrase-${x}.html`);
      await popup.click('#save');
      await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
      await Promise.all([popup.close(), page.close()]);
    }
    const lib = await browser.openLibrary();
    await lib.fill('#search', '优化营商环境大会');
    await expect.poll(() => lib.textContent('#count')).toMatch(/找到/);
    await lib.locator('#results .speech-row').first().click();
    await lib.waitForSelector('#reader:not([hidden])');
    await lib.click('#find-recurring');
    await expect
      .poll(() => lib.locator('#reader-recurring .recurring-item a').allTextContents())
      // Shared runs, not sentences: two sentences the pages share one after the other are one passage.
      .toEqual([
        '营商环境就是生产力，优化营商环境就是解放生产力、提升竞争力。各级各部门要把优化营商环境作为一把手工程，坚持一把手亲自抓、负总责。',
        '要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。对工作不力、推诿扯皮的，要严肃追责问责。',
      ]);
    if (SHOTS) {
      await lib.locator('#reader-recurring').scrollIntoViewIfNeeded();
      await lib.screenshot({ path: join(SHOTS, 'library-set-phrases.png') });
    }
    // Keep a passage as 素材: select it in the text, then the button.
    await lib.evaluate(() => {
      const p = [...document.querySelectorAll('#reader-body p')].find((x) =>
        x.textContent?.includes('营商环境就是生产力'),
      );
      const text = p?.firstChild;
      if (!text) throw new Error('paragraph missing');
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, '营商环境就是生产力'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await lib.click('#add-excerpt');
    // said beside the button that was used, at the top of the reader
    await expect.poll(() => lib.textContent('#excerpt-status')).toContain('已收入素材');
    await lib.locator('#reader-recurring .recurring-search').first().click();
    // the passage's clauses, each quoted, all required: the two speeches that share it
    await expect.poll(() => lib.textContent('#count')).toMatch(/^找到 2 篇/);

    await lib.click('#excerpts-toggle');
    await expect
      .poll(() => lib.locator('#excerpts .excerpt-item blockquote').allTextContents())
      .toEqual(['营商环境就是生产力']);
    if (SHOTS) await lib.screenshot({ path: join(SHOTS, 'library-excerpts.png') });

    // Rename a tag from the tag filter (the browser's prompt answered here).
    lib.once('dialog', (d) => void d.accept('政协工作'));
    await lib.click('#tag-filter .tag-filter-entry:has([data-tag="政协"]) .tag-rename');
    await expect
      .poll(() =>
        lib
          .locator('#tag-filter .tag-filter-item')
          .evaluateAll((xs) => xs.map((x) => x.getAttribute('data-tag'))),
      )
      .toEqual(['政协工作']);
    const md = await readFile(await download(lib, '#export-excerpts'), 'utf8');
    expect(md).toContain('> 营商环境就是生产力\n\n——《在全市优化营商环境大会上的讲话》');
    await lib.close();
  });

  it('bulk-tags and bulk-deletes a selection, restores from the trash and empties it', async () => {
    const lib = await browser.openLibrary();
    const total = () => lib.textContent('#count').then((c) => Number(/\d+/.exec(c ?? '')?.[0]));
    const before = await total();
    const rows = lib.locator('#results .speech-row');
    const titles = [
      await rows.nth(0).locator('.speech-title').textContent(),
      await rows.nth(1).locator('.speech-title').textContent(),
    ];
    await rows.nth(0).locator('.row-select').check();
    await rows.nth(1).locator('.row-select').check();
    expect(await lib.textContent('#bulk-count')).toBe('已选 2 篇');

    // The tag editor the popup uses, not a browser prompt; the confirmation beside it.
    await lib.click('#bulk-tag');
    await lib.fill('#bulk-tag-input', '批量');
    await lib.press('#bulk-tag-input', 'Enter');
    expect(await lib.locator('#bulk-tag-chips .tag-chip').count()).toBe(1);
    await lib.click('#bulk-tag-apply');
    await expect
      .poll(() => lib.locator('#tag-filter .tag-filter-item[data-tag="批量"] .tag-count').textContent())
      .toBe('2');
    expect(await lib.textContent('#bulk-status')).toBe('已给 2 篇加上标签：批量');

    await lib.click('#bulk-delete');
    await expect.poll(total).toBe(before - 2);
    await lib.click('#trash-toggle');
    expect(await lib.textContent('#trash-heading')).toBe('回收站');
    await expect
      .poll(() => lib.locator('#results .speech-title').allTextContents())
      .toEqual(expect.arrayContaining(titles));
    await lib.locator('#results .speech-row').first().locator('.restore-speech').click();
    await expect.poll(() => lib.locator('#results .speech-row').count()).toBe(1);
    lib.once('dialog', (d) => void d.accept());
    await lib.click('#empty-trash');
    await expect.poll(() => lib.textContent('#count')).toBe('回收站是空的。');
    await lib.click('#trash-toggle');
    await expect.poll(total).toBe(before - 1);
    await lib.close();
  });
});
