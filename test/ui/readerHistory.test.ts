// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/library';
import type { Library, Speech } from '../../src/library/types';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { corpusCapture } from '../helpers/corpusCapture';

// A corrected title keeps the captured one in the speech's history, and the reader shows it.
const waitFor = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000 });
const $ = (sel: string) => document.querySelector(sel) as HTMLElement | null;

let library: Library;
let page: Awaited<ReturnType<typeof startLibraryPage>>;
let captured: Speech;

beforeAll(async () => {
  Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
  library = openLibrary('reader-history', { indexedDB: new IDBFactory(), IDBKeyRange });
  const saved = await library.save(corpusCapture('seed-003-plain-speech'));
  if (saved.status !== 'saved') throw new Error('not saved');
  captured = saved.speech;
  await library.update(captured.id, { title: '机关工会工作会议讲话（改）' });
  document.body.innerHTML = '<div id="app"></div>';
  page = await startLibraryPage(library);
});

describe('the reader’s earlier versions', () => {
  it('lists the title the user replaced, with its field and date', async () => {
    page.actions.openReader(captured.id);
    await waitFor(() => expect($('#reader-title')?.textContent).toBe('机关工会工作会议讲话（改）'));
    expect($('#reader-history summary')?.textContent).toBe('早先的版本（1 处）');
    const item = $('#reader-history .history-item')?.textContent ?? '';
    expect(item).toContain('标题');
    expect(item).toContain(captured.title);
  }, 15_000);
});
