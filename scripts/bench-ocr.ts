/**
 * OCR as the user gets it: each rendered page image of test/fixtures/ocr shown as an image-only preview page,
 * captured by the toolbar click in headless Chromium with the built extension, recognised on 识别; the text
 * captured (title and body) is compared with the known text. Prints per image the character error rate and
 * the seconds from the click on 识别 to the text on screen (median of --runs, after one warm-up), then the
 * OCR part's size, and ends with `ocr: simplified X%, traditional Y%, degraded Z%, W s/page`.
 *   npm run build && npm run -s bench:ocr [-- --runs 3]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDocumentServer } from '../test/e2e/harness/documentServer';
import { EXTENSION_DIR, launchExtensionBrowser } from '../test/e2e/harness/extensionBrowser';
import { charErrorRate } from '../test/helpers/charErrors';

const OCR = join(import.meta.dirname, '../test/fixtures/ocr');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

/** Which figure each image counts toward. */
const KIND: Record<string, 'simplified' | 'traditional' | 'degraded'> = {
  'speech-1': 'simplified',
  'speech-2': 'simplified',
  'report-sans': 'simplified',
  'report-traditional': 'traditional',
  'speech-1-degraded': 'degraded',
  'speech-2-watermark': 'degraded',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const [browser, server] = await Promise.all([launchExtensionBrowser(), startDocumentServer()]);
const results: { name: string; cer: number; seconds: number }[] = [];
try {
  for (const name of Object.keys(KIND)) {
    const gold = JSON.parse(readFileSync(join(OCR, `${name}.json`), 'utf8')) as {
      title?: string;
      body: string[];
    };
    const known = [gold.title ?? '', ...gold.body].join('');
    const times: number[] = [];
    let cer = 0;
    for (let run = 0; run <= RUNS; run++) {
      const page = await browser.openPage(server.url(`/preview/${name}.html`));
      const popup = await browser.openPopup(await browser.clickAction(page));
      await popup.waitForSelector('#recognise', { state: 'visible' });
      const t0 = performance.now();
      await popup.click('#recognise');
      await popup.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout: 180_000 });
      const seconds = (performance.now() - t0) / 1000;
      const title = await popup.inputValue('#title');
      const body = (await popup.$$eval('#preview p', (ps) => ps.map((p) => p.textContent ?? ''))).join('');
      // the preview page's own title stands in when the image has none: compare what the image holds
      cer = charErrorRate((gold.title ? title : '') + body, known);
      if (run > 0) times.push(seconds);
      await popup.close();
      await page.close();
    }
    results.push({ name, cer, seconds: median(times) });
    console.log(`${name.padEnd(20)} CER ${(cer * 100).toFixed(2)}%  ${median(times).toFixed(2)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}

const ocrDir = join(EXTENSION_DIR, 'ocr');
const files = readdirSync(ocrDir).map((f) => join(ocrDir, f));
const chunks = readdirSync(join(EXTENSION_DIR, 'chunks'))
  .filter((f) => /^ocrRuntime-/.test(f))
  .map((f) => join(EXTENSION_DIR, 'chunks', f));
const all = [...files, ...chunks];
const raw = all.reduce((n, f) => n + statSync(f).size, 0);
const zipped = all.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
console.log(
  `OCR part: ${(raw / 1e6).toFixed(1)} MB, ${(zipped / 1e6).toFixed(1)} MB gzip (${all.length} files, loaded only on 识别)`,
);

const figure = (kind: string) =>
  `${(mean(results.filter((r) => KIND[r.name] === kind).map((r) => r.cer)) * 100).toFixed(2)}%`;
console.log(
  `ocr: simplified ${figure('simplified')}, traditional ${figure('traditional')}, degraded ${figure('degraded')}, ${median(results.map((r) => r.seconds)).toFixed(1)} s/page`,
);
