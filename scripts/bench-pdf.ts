/**
 * A 21-page text PDF open in a tab, captured by the toolbar click in headless Chromium with the built
 * extension: seconds from opening the popup to the text on screen (pdf.js loaded, every page read, the
 * engine's stages), median of 5 after one warm-up.
 *   npm run build && npm run -s bench:pdf
 */

import { startDocumentServer } from '../test/e2e/harness/documentServer';
import { launchExtensionBrowser } from '../test/e2e/harness/extensionBrowser';

const [browser, server] = await Promise.all([launchExtensionBrowser(), startDocumentServer()]);
try {
  const page = await browser.openPage(server.url('/files/long.pdf'));
  const times: number[] = [];
  let chars = 0;
  for (let run = 0; run <= 5; run++) {
    const tabId = await browser.clickAction(page);
    const t0 = performance.now();
    const popup = await browser.openPopup(tabId);
    await popup.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout: 60_000 });
    if (run > 0) times.push((performance.now() - t0) / 1000);
    chars = ((await popup.textContent('#preview')) ?? '').length;
    await popup.close();
  }
  const median = [...times].sort((a, b) => a - b)[2] as number;
  console.log(
    `21-page text PDF: ${chars} characters on screen, ${median.toFixed(2)} s from popup open (median of 5; runs ${times.map((t) => t.toFixed(2)).join(', ')})`,
  );
} finally {
  await browser.close();
  await server.close();
}
