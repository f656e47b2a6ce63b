// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/library';
import type { Library, Speech } from '../../src/library/types';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { corpusCapture } from '../helpers/corpusCapture';

// The library page's offer of one speech saved twice: a colleague's copy from another site arrives by sync
// beside the one saved here, and the page offers the pair until the user merges them or keeps both.
const waitFor = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000 });
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

let library: Library;
let page: Awaited<ReturnType<typeof startLibraryPage>>;
let mine: Speech;
let theirs: Speech;

beforeEach(async () => {
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
  const capture = corpusCapture('seed-003-plain-speech');
  // Saved here first, from a page that showed three quarters; the colleague's site showed the whole.
  library = openLibrary('mine', { indexedDB: new IDBFactory(), IDBKeyRange });
  const shown = capture.body.slice(0, Math.floor(capture.body.length * 0.75));
  const m = await library.save({ ...capture, body: shown, truncated: true }, { tags: ['政协'] });
  if (m.status !== 'saved') throw new Error('not saved');
  mine = m.speech;
  const elsewhere = openLibrary('colleague', { indexedDB: new IDBFactory(), IDBKeyRange });
  const r = await elsewhere.save(
    { ...capture, url: 'https://www.xiexiebang.com/a/9.html', site: '写写帮' },
    { tags: ['讲话'] },
  );
  if (r.status !== 'saved') throw new Error('not saved');
  theirs = { ...r.speech, savedBy: { name: '张三 · 综合科', device: '办公室电脑' } };
  elsewhere.close();
  document.body.innerHTML = '<div id="app"></div>';
  page = await startLibraryPage(library);
});

afterEach(() => {
  page.state.dispose();
  library.close();
});

describe('a speech saved twice, brought by sync', () => {
  it('is offered with both copies, and merged into the one saved first, the other to the trash', async () => {
    expect($('#duplicate-pairs').hidden).toBe(true);
    // As sync does it: through the page's library, which tells the page what changed.
    await page.state.library.applySynced([theirs]);
    await waitFor(() => expect($('#duplicate-pairs').hidden).toBe(false));
    expect($('#duplicate-pairs-heading').textContent).toBe(
      'Sync found 1 speech saved twice, by different people or on different devices.',
    );
    const copies = $$('.duplicate-copy').map((p) => p.textContent ?? '');
    expect(copies[0]).toContain(`“${mine.title}”`);
    expect(copies[1]).toContain('张三 · 综合科（办公室电脑）');
    expect(copies[1]).toContain('写写帮');

    $('.duplicate-merge').click();
    await waitFor(() =>
      expect($('#duplicate-status').textContent).toBe(
        `Merged into “${mine.title}”; the other copy is in the trash.`,
      ),
    );
    await waitFor(() => expect($$('.duplicate-pair')).toEqual([]));
    expect((await library.list()).items.map((s) => s.id)).toEqual([mine.id]);
    expect((await library.listTrash()).map((s) => s.id)).toEqual([theirs.id]);
    const kept = await library.get(mine.id);
    expect([kept?.body, kept?.tags]).toEqual([theirs.body, ['政协', '讲话']]);
  });

  it('keeps both when asked, and does not offer the pair again', async () => {
    await page.state.library.applySynced([theirs]);
    await waitFor(() => expect($('.duplicate-keep')).toBeTruthy());
    $('.duplicate-keep').click();
    await waitFor(() => expect($('#duplicate-status').textContent).toBe('Both kept; not offered again.'));
    expect($$('.duplicate-pair')).toEqual([]);
    expect((await library.list()).total).toBe(2);
    expect(await library.duplicatePairs()).toEqual([]);
  });
});
