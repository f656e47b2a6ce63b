// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryError, openLibrary } from '../../src/library';
import type { Library } from '../../src/library/types';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { corpusCapture } from '../helpers/corpusCapture';

// Every action of the library page, with the library made to fail: the page says so, in the UI language
// (English here), naming what failed and why (a full disk).
const QUOTA =
  "The browser's storage is full, so this change was not saved. Empty the trash, or export and delete some speeches, then try again.";
const waitFor = <T>(fn: () => T) => vi.waitFor(fn, { timeout: 5000 });
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const click = async (sel: string) => {
  await waitFor(() => expect($(sel)).toBeTruthy());
  $(sel).click();
};

/** The browser's dialog, answered (happy-dom has none). */
const answer = (dialog: 'prompt' | 'confirm', value: string | boolean) =>
  Object.assign(window, { [dialog]: () => value });

let library: Library;
let page: Awaited<ReturnType<typeof startLibraryPage>>;
let ids: string[];

beforeAll(async () => {
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
  library = openLibrary('failures', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const name of ['seed-002-xinwenmi-paywall', 'seed-003-plain-speech'])
    await library.save(corpusCapture(name), { tags: ['政协'] });
  ids = (await library.list()).items.map((s) => s.id);
  await library.addExcerpt(ids[0] ?? '', '同志们');
  document.body.innerHTML = '<div id="app"></div>';
  page = await startLibraryPage(library);
});

beforeEach(() => {
  vi.restoreAllMocks();
  page.state.error.value = '';
});

/** The writes and reads this file makes fail (naming every Library method is a union too large for tsc). */
type Failing = keyof Omit<Library, 'changedSince' | 'applySynced' | 'noteSavedBy' | 'onChange' | 'close'>;

const fails = (method: Failing) =>
  vi
    .spyOn(library as Pick<Library, Failing>, method)
    .mockRejectedValue(new LibraryError('quota', '浏览器存储空间不足') as never);

async function openReader(): Promise<void> {
  page.actions.openReader(ids[0] ?? '');
  await waitFor(() => expect($('#reader').hidden).toBe(false));
  await waitFor(() => expect($('#edit-title')).toBeTruthy());
}

describe('a failing library action is said, in English', () => {
  it.each([
    [
      'saving an edit',
      'update',
      'The changes were not saved',
      async () => {
        await openReader();
        $<HTMLInputElement>('#edit-title').value = 'New title';
        await click('#reader-save');
      },
    ],
    [
      'saving the facts',
      'update',
      'The changes were not saved',
      async () => {
        await openReader();
        $<HTMLInputElement>('#edit-speaker').value = '张三';
        await click('#reader-save');
      },
    ],
    [
      'import',
      'importJson',
      'The import failed',
      async () => {
        await page.actions.importFile(new File(['{}'], 'x.json'));
      },
    ],
    ['JSON export', 'exportJson', 'The export failed', () => click('#export-json')],
    ['Markdown export', 'exportMarkdown', 'The export failed', () => click('#export-md')],
    ['text export', 'exportText', 'The export failed', () => click('#export-txt')],
    ['Word export', 'get', 'The Word export failed', () => click('#export-docx')],
    [
      'bulk tagging',
      'update',
      'The tag was not added',
      async () => {
        answer('prompt', 'batch');
        page.actions.toggleSelected(ids[0] ?? '', true);
        await click('#bulk-tag');
      },
    ],
    [
      'delete',
      'trash',
      'Nothing was deleted',
      async () => {
        await openReader();
        await click('#reader-delete');
      },
    ],
    [
      'tag rename or merge',
      'renameTag',
      'The tag was not renamed',
      async () => {
        answer('prompt', '政协工作');
        await click('.tag-rename');
      },
    ],
    [
      'keeping an excerpt',
      'addExcerpt',
      'The excerpt was not kept',
      async () => {
        await openReader();
        await page.actions.addExcerpt('同志们');
      },
    ],
    [
      'deleting an excerpt',
      'deleteExcerpt',
      'The excerpt was not deleted',
      async () => {
        page.state.excerptsOpen.value = true;
        await click('.excerpt-delete');
      },
    ],
    ['exporting the excerpts', 'exportExcerpts', 'The export failed', () => click('#export-excerpts')],
    [
      'finding set phrases',
      'recurringPassages',
      'Set phrases could not be found',
      async () => {
        await openReader();
        await click('#find-recurring');
      },
    ],
  ] as const)('%s', async (_name, method, said, act) => {
    fails(method);
    await act();
    await waitFor(() => expect($('#error').textContent).toContain(`${said}: ${QUOTA}`));
    expect($('#error').hidden).toBe(false);
    expect($('#error').textContent).not.toMatch(/\p{Script=Han}/u);
  });

  it('undoing a delete, restoring from the trash and emptying it', async () => {
    await openReader();
    await click('#reader-delete');
    await waitFor(() => expect($('#undo')).toBeTruthy());
    fails('restore');
    await click('#undo');
    await waitFor(() => expect($('#error').textContent).toContain(`The delete was not undone: ${QUOTA}`));

    await click('#trash-toggle');
    await click('.restore-speech');
    await waitFor(() => expect($('#error').textContent).toContain(`Nothing was restored: ${QUOTA}`));

    answer('confirm', true);
    fails('emptyTrash');
    await click('#empty-trash');
    await waitFor(() => expect($('#error').textContent).toContain(`The trash was not emptied: ${QUOTA}`));
  });

  it('a failure that is not the library’s own still says what failed', async () => {
    vi.spyOn(library, 'exportText').mockRejectedValue(new Error('disk on fire'));
    await click('#export-txt');
    await waitFor(() =>
      expect($('#error').textContent).toContain('The export failed: Something went wrong: disk on fire'),
    );
  });
});
