import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPEECH_PARAGRAPHS, SPEECH_TITLE, SPEECH_UNDER } from '../documents/speechText';
import { charErrorRate } from '../helpers/charErrors';
import { type DocumentServer, startDocumentServer } from './harness/documentServer';
import { type ExtensionBrowser, launchExtensionBrowser } from './harness/extensionBrowser';

// Files and page images, on the production build: a PDF open in a tab, a notice page's attachments, an
// image-only preview recognised on the click. Gold: the known text the files were made from.

let browser: ExtensionBrowser;
let server: DocumentServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtensionBrowser(), startDocumentServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function popupOn(path: string): Promise<Page> {
  const page = await browser.openPage(server.url(path));
  const popup = await browser.openPopup(await browser.clickAction(page));
  await popup.waitForSelector('body:not([data-state="loading"])', { state: 'attached' });
  return popup;
}

const state = (p: Page) => p.evaluate(() => document.body.dataset.state);
const previewLines = async (p: Page) => p.$$eval('#preview p', (ps) => ps.map((x) => x.textContent ?? ''));
const ready = (p: Page, timeout = 60_000) =>
  p.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout });

describe('documents', () => {
  it('captures a PDF open in the tab on the toolbar click, paragraph for paragraph', async () => {
    const popup = await popupOn('/files/speech.pdf');
    await ready(popup);
    expect(await popup.inputValue('#title')).toBe(SPEECH_TITLE);
    expect(await previewLines(popup)).toEqual([...SPEECH_UNDER, ...SPEECH_PARAGRAPHS]);
    await popup.close();
  });

  it('lists a notice page’s attachments and captures the .docx as the speech, with the page as a second source', async () => {
    const popup = await popupOn('/notice.html');
    const rows = await popup.$$eval('.attachment', (li) =>
      li.map((x) => [x.getAttribute('data-kind'), x.querySelector('.attachment-ext')?.textContent]),
    );
    expect(rows).toEqual([
      ['docx', '.docx'],
      ['pdf', '.pdf'],
      ['other', '.doc'],
    ]);
    await popup.click('.attachment[data-kind="docx"] .read-attachment');
    await ready(popup);
    await popup.waitForSelector('#from-attachment', { state: 'visible' });
    expect(await popup.inputValue('#title')).toBe(SPEECH_TITLE);
    expect(await previewLines(popup)).toEqual([...SPEECH_UNDER, ...SPEECH_PARAGRAPHS]);
    await popup.click('#save');
    await popup.waitForSelector('body[data-state="saved"]', { state: 'attached' });
    const library = await browser.openLibrary();
    await library.click('.speech-row');
    // the reader opens after the row's record is read from IndexedDB: wait for it, then read its sources
    await library.waitForSelector('#reader-sources a', { state: 'attached' });
    const sources = await library.$$eval('#reader-sources a', (a) => a.map((x) => x.getAttribute('href')));
    expect(sources).toEqual(
      expect.arrayContaining([server.url('/files/speech.docx'), server.url('/notice.html')]),
    );
    await library.close();
    await popup.close();
  });

  it('says why an old .doc attachment cannot be read', async () => {
    const popup = await popupOn('/notice.html');
    expect(await popup.textContent('.attachment[data-kind="other"] .hint')).toContain('.doc');
    await popup.close();
  });

  it('offers to recognise an image-only preview and reads its two pages as one speech', async () => {
    const popup = await popupOn('/preview.html');
    expect(await state(popup)).toBe('error');
    expect(await popup.getAttribute('#capture-error', 'data-code')).toBe('image-only');
    expect(await popup.textContent('#recognise')).toContain('2');
    await popup.click('#recognise');
    // the same speech came in as the .docx attachment above: the popup says at once it is already saved
    await popup.waitForSelector('body[data-state="duplicate"]', { state: 'attached', timeout: 80_000 });
    expect(await popup.textContent('#dup-message')).toContain(SPEECH_TITLE);
    await popup.waitForSelector('#recognised-note', { state: 'visible' });
    const body = (await previewLines(popup)).join('');
    const known = [...SPEECH_UNDER, ...SPEECH_PARAGRAPHS].join('');
    expect(charErrorRate(body, known)).toBeLessThan(0.02);
    expect(charErrorRate(await popup.inputValue('#title'), SPEECH_TITLE)).toBeLessThan(0.1);
    await popup.close();
  });
});
