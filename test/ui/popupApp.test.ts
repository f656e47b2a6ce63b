// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractSpeech } from '../../src/extract';
import type { CaptureRecord } from '../../src/extract/types';
import { LibraryError, openLibrary } from '../../src/library';
import type { Library } from '../../src/library/types';
import { type PendingCapture, startPopup } from '../../src/popup/popupApp';
import { parseHtml } from '../helpers/parse';

// The popup's own markup, driven with a real library (on fake-indexeddb) and a real capture of a corpus page.
const POPUP_HTML = readFileSync(join(import.meta.dirname, '../../entrypoints/popup/index.html'), 'utf8');
const BODY =
  /<body[^>]*>([\s\S]*)<\/body>/.exec(POPUP_HTML)?.[1]?.replace(/<script[\s\S]*?<\/script>/g, '') ?? '';

function corpusCapture(name: string): CaptureRecord {
  const dir = join(import.meta.dirname, '../fixtures/corpus', name);
  const { url } = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string };
  const r = extractSpeech(parseHtml(readFileSync(join(dir, 'page.html'), 'utf8')), url);
  if ('error' in r) throw new Error(r.error.message);
  return r;
}

function memoryPending() {
  let kept: PendingCapture | undefined;
  return {
    get: async () => kept,
    set: async (p: PendingCapture) => {
      kept = p;
    },
    clear: async () => {
      kept = undefined;
    },
    peek: () => kept,
  };
}

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const state = () => document.body.dataset.state;
// A save on fake-indexeddb can take over a second while the other test files run beside this one.
const waitFor = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000 });

async function openPopup(
  library: Library,
  capture: () => Promise<CaptureRecord | { error: { code: string; message: string } }>,
  pending = memoryPending(),
) {
  document.body.innerHTML = BODY;
  const openLibraryTab = vi.fn();
  await startPopup({ library, capture: capture as never, openLibrary: openLibraryTab, pending });
  return { openLibraryTab, pending };
}

let library: Library;
beforeEach(() => {
  Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
  library = openLibrary('popup-test', { indexedDB: new IDBFactory(), IDBKeyRange });
});

describe('popup', () => {
  it('shows the capture, lets a removed block back in, and saves with tags', async () => {
    const record = corpusCapture('seed-002-xinwenmi-paywall');
    await openPopup(library, async () => record);
    expect(state()).toBe('ready');
    expect($<HTMLInputElement>('#title').value).toBe('三區政協主席秘書長聯席會交流材料');
    expect($('#truncation-warning').hidden).toBe(false);
    expect($('#truncation-warning').textContent).toContain('3,926');
    expect($('#removed-summary').textContent).toBe(`已去除 ${record.removed.length} 处`);
    expect(document.querySelectorAll('.removed-item')).toHaveLength(record.removed.length);

    const first = record.removed[0];
    if (!first) throw new Error('nothing removed');
    expect($('#preview').textContent).not.toContain(first.text.split('\n')[0]);
    $('.restore-removed').click();
    await waitFor(() => expect($('#preview').textContent).toContain(first.text.split('\n')[0]));
    expect($<HTMLButtonElement>('.restore-removed').disabled).toBe(true);

    const tagInput = $<HTMLInputElement>('#tag-input');
    tagInput.value = '政协，交流材料';
    tagInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await waitFor(() =>
      expect([...document.querySelectorAll('.tag-chip')].map((c) => c.firstChild?.textContent)).toEqual([
        '政协',
        '交流材料',
      ]),
    );

    $('#save').click();
    await waitFor(() => expect(state()).toBe('saved'));
    const [saved] = (await library.list()).items;
    expect(saved?.tags).toEqual(['政协', '交流材料']);
    // The popup and the library count 字 the same way.
    expect($('#length').textContent).toBe(`${(saved?.length ?? 0).toLocaleString('en-US')} 字`);
    const speech = await library.get(saved?.id ?? '');
    expect(speech?.body).toContain(first.text.split('\n')[0]);
  });

  it('previews the first paragraphs of a very long text, shows the rest when asked, and saves it whole', async () => {
    const record = corpusCapture('seed-003-plain-speech');
    const paragraphs = Array.from({ length: 400 }, (_, i) => `第${i + 1}段：各级组织要把责任扛在肩上。`);
    const body = paragraphs.join('\n');
    await openPopup(library, async () => ({
      ...record,
      ...{ body, parts: [{ title: record.title, body }], truncated: false, truncation: [] },
    }));
    expect(state()).toBe('ready');
    expect(document.querySelectorAll('#preview p')).toHaveLength(300);
    expect($('#preview').textContent).toContain('第300段');
    expect($('#preview').textContent).not.toContain('第301段');
    expect($('#preview-more').textContent).toBe('显示其余 100 段');
    $('#preview-more').click();
    await waitFor(() => expect(document.querySelectorAll('#preview p')).toHaveLength(400));
    expect($('#preview-more')).toBeNull();
    $('#save').click();
    await waitFor(() => expect(state()).toBe('saved'));
    const [saved] = (await library.list()).items;
    expect((await library.get(saved?.id ?? ''))?.body).toBe(body);
  });

  it('offers the duplicate choices when the page is already saved', async () => {
    const record = corpusCapture('seed-003-plain-speech');
    await library.save(record);
    const { openLibraryTab } = await openPopup(library, async () => record);
    // said as soon as the capture is shown, before any Save
    await waitFor(() => expect(state()).toBe('duplicate'));
    expect($<HTMLButtonElement>('#save').disabled).toBe(true);
    expect($('#dup-message').textContent).toContain('这个页面已经在稿库中');
    expect($('#dup-replace').hidden).toBe(true);
    $('#dup-open').click();
    expect(openLibraryTab).toHaveBeenCalledWith((await library.list()).items[0]?.id);
    $('#dup-save-new').click();
    await waitFor(() => expect(state()).toBe('saved'));
    expect((await library.list()).total).toBe(2);
  });

  it('says why adding a source failed and lets the user try again', async () => {
    const record = corpusCapture('seed-003-plain-speech');
    await library.save(record);
    await openPopup(library, async () => ({
      ...record,
      url: 'https://mirror.example.cn/1.html',
      site: '镜像站',
    }));
    await waitFor(() => expect(state()).toBe('duplicate'));
    const addSource = vi
      .spyOn(library, 'addSource')
      .mockRejectedValueOnce(new LibraryError('quota', '浏览器存储空间不足，这篇讲话没有保存。'));
    $('#dup-add-source').click();
    await waitFor(() => expect($('#capture-status').textContent).toContain('存储空间不足'));
    expect(state()).toBe('duplicate');
    $('#dup-add-source').click();
    await waitFor(() => expect(state()).toBe('saved'));
    expect(addSource).toHaveBeenCalledTimes(2);
    const [saved] = (await library.list()).items;
    expect((await library.get(saved?.id ?? ''))?.sources.map((s) => s.site)).toEqual([record.site, '镜像站']);
  });

  it('saves chosen parts of a compilation one by one', async () => {
    const record = corpusCapture('seed-004-xiexiebang-compilation');
    await openPopup(library, async () => record);
    const checks = document.querySelectorAll<HTMLInputElement>('#parts .part-check');
    expect(checks).toHaveLength(5);
    checks[1]?.click();
    checks[2]?.click();
    await waitFor(() => expect(document.querySelectorAll('#parts .part-check:checked')).toHaveLength(2));
    $('#save').click();
    await waitFor(() => expect(state()).toBe('saved'));
    expect((await library.list({ sort: 'title' })).items.map((s) => s.title).sort()).toEqual(
      [record.parts[1]?.title, record.parts[2]?.title].sort(),
    );
  });

  it('speaks English to a browser set to English', async () => {
    Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
    const record = corpusCapture('seed-003-plain-speech');
    await openPopup(library, async () => record);
    expect($('#save').textContent).toBe('Save to Gaoku');
    const n = record.removed.length;
    // Plural forms: "1 block removed", never "1 blocks removed".
    expect($('#removed-summary').textContent).toBe(n === 1 ? '1 block removed' : `${n} blocks removed`);
    expect(document.documentElement.lang).toBe('en');
    await openPopup(library, async () => ({ error: { code: 'image-only', message: 'x' } }));
    expect($('#capture-error').textContent).toBe(
      'This page shows the document as images: there is no text to capture.',
    );
  });

  it('says what a page without a speech is', async () => {
    await openPopup(library, async () => ({ error: { code: 'list-page', message: 'x' } }));
    expect(state()).toBe('error');
    expect($('#capture-error').dataset.code).toBe('list-page');
    expect($('#capture-error').textContent).toContain('列表页');
    expect($<HTMLButtonElement>('#save').disabled).toBe(true);
  });

  it('keeps a capture the library could not take, and saves it on retry', async () => {
    const record = corpusCapture('seed-003-plain-speech');
    const save = vi
      .spyOn(library, 'saveAll')
      .mockRejectedValueOnce(new LibraryError('quota', '浏览器存储空间不足，这篇讲话没有保存。'));
    const { pending } = await openPopup(library, async () => record);
    $('#save').click();
    await waitFor(() => expect($('#retry-save').hidden).toBe(false));
    expect($('#capture-status').textContent).toContain('存储空间不足');
    expect(pending.peek()?.record.url).toBe(record.url);

    // The next time the popup opens, the kept capture comes back before any new one.
    const fresh = vi.fn();
    await openPopup(library, fresh, pending);
    expect(fresh).not.toHaveBeenCalled();
    expect($('#capture-status').textContent).toContain('上次有一篇没保存成功');
    $('#save').click();
    await waitFor(() => expect(state()).toBe('saved'));
    expect(save).toHaveBeenCalledTimes(2);
    expect(pending.peek()).toBeUndefined();
    expect((await library.list()).total).toBe(1);
  });

  it('says a failed save and a failed duplicate choice in English', async () => {
    Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
    const quota = "The browser's storage is full, so this change was not saved.";
    const record = corpusCapture('seed-003-plain-speech');
    vi.spyOn(library, 'saveAll').mockRejectedValueOnce(new LibraryError('quota', '浏览器存储空间不足'));
    await openPopup(library, async () => record);
    $('#save').click();
    await waitFor(() => expect($('#capture-status').textContent).toContain(quota));
    expect($('#capture-status').textContent).toContain('The capture is kept');

    await library.save(record);
    await openPopup(library, async () => ({ ...record, url: 'https://mirror.example.cn/2.html' }));
    await waitFor(() => expect(state()).toBe('duplicate'));
    vi.spyOn(library, 'replaceText').mockRejectedValueOnce(new LibraryError('quota', '浏览器存储空间不足'));
    vi.spyOn(library, 'addSource').mockRejectedValueOnce(new Error('disk on fire'));
    $('#dup-add-source').click();
    await waitFor(() => expect($('#capture-status').textContent).toBe('Something went wrong: disk on fire'));
    expect(state()).toBe('duplicate');
  });

  it('renews the capture time when the same page is added as its source again, and says so', async () => {
    const record = corpusCapture('seed-003-plain-speech');
    const first = await library.save(record);
    if (first.status !== 'saved') throw new Error('not saved');
    const before = first.speech.sources[0]?.capturedAt ?? 0;
    await new Promise((r) => setTimeout(r, 5));
    await openPopup(library, async () => record);
    await waitFor(() => expect(state()).toBe('duplicate'));
    $('#dup-add-source').click();
    await waitFor(() => expect(state()).toBe('saved'));
    expect($('#capture-status').textContent).toContain('采集时间已更新');
    const sources = (await library.get(first.speech.id))?.sources ?? [];
    expect(sources).toHaveLength(1);
    expect(sources[0]?.capturedAt).toBeGreaterThan(before);
  });
});
