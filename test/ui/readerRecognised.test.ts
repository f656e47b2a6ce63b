// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/library';
import type { Library } from '../../src/library/types';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { corpusCapture } from '../helpers/corpusCapture';

// A text read by OCR is marked as such in the reader, so nobody quotes a misread character unawares.
const waitFor = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000 });
const $ = (sel: string) => document.querySelector(sel) as HTMLElement | null;

let library: Library;
let page: Awaited<ReturnType<typeof startLibraryPage>>;

beforeAll(async () => {
  library = openLibrary('reader-recognised', { indexedDB: new IDBFactory(), IDBKeyRange });
  await library.save({ ...corpusCapture('seed-003-plain-speech'), extractor: 'ocr' });
  await library.save(corpusCapture('seed-002-xinwenmi-paywall'));
  document.body.innerHTML = '<div id="app"></div>';
  page = await startLibraryPage(library);
});

async function read(extractor: string): Promise<void> {
  const speeches = await Promise.all((await library.list()).items.map((s) => library.get(s.id)));
  const speech = speeches.find((s) => s?.extractor === extractor);
  page.actions.openReader(speech?.id ?? '');
  await waitFor(() => expect($('#reader-title')?.textContent).toBe(speech?.title));
}

describe('the reader', () => {
  it('says a recognised text may hold misread characters', async () => {
    await read('ocr');
    expect($('#reader-recognised')?.textContent).toMatch(/识别|recognised/);
  });

  it('says nothing of the kind for page text', async () => {
    await read('generic');
    expect($('#reader-recognised')).toBeNull();
  });
});
