import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocumentServer, startDocumentServer } from './harness/documentServer';
import { type FirefoxExtensionBrowser, launchFirefoxExtension } from './harness/firefoxBrowser';

// A PDF open in Firefox's own viewer, where no add-on script may run and the keyboard command's activeTab
// grant does not let the popup fetch past CORS: the popup says what the tab is and offers the file, to read
// once the browser allows the site. A scripted click is no user input, so Firefox refuses to ask: the popup
// must then say that access was not given (a person's click gets the browser's prompt instead).
let ff: FirefoxExtensionBrowser;
let server: DocumentServer;

beforeAll(async () => {
  [ff, server] = await Promise.all([launchFirefoxExtension(), startDocumentServer()]);
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('Firefox: a PDF in the tab', () => {
  it('is offered on the keyboard command, and read only once the site is allowed', async () => {
    const page = await ff.openPage(server.url('/files/speech.pdf'));
    await page.bringToFront();
    await ff.pressShortcut('Alt+Shift+S');
    const shown = await ff.popup.waitFor('toolbar', ['error']);
    expect(shown.errorCode).toBe('pdf-viewer');
    expect(shown.errorText).toContain('Read this PDF');
    await ff.popup.click('toolbar', '#documents .read-attachment');
    let after = shown;
    for (let i = 0; i < 100 && after.errorCode === 'pdf-viewer'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await ff.popup.waitFor('toolbar', ['error', 'ready']);
    }
    expect(after.errorCode).toBe('document');
    expect(after.errorText).toContain('not allowed to read the site');
    await ff.popup.close('toolbar');
    await page.close();
  });
});
