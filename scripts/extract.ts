/**
 * Command-line extractor: runs the extension's capture engine on a saved page.
 *   npm run -s extract -- PAGE.html --url URL [--browser | --readability]
 * Prints the capture record (or {"error": …} with exit 1) as JSON on stdout. `--browser` runs the engine in
 * the page opened in headless Chromium, as the extension does (see scripts/browserExtract.ts), and with
 * `--timing` also prints to stderr how long the page took to load and the capture took in it;
 * `--readability` prints what Mozilla Readability alone makes of the page instead, for comparison.
 */
import { readFileSync } from 'node:fs';
import { type CaptureResult, extractSpeech, isCaptureError } from '../src/extract';
import { decodeHtml } from './decodeHtml';
import { parseHtml } from './parseHtml';
import { readabilityBaseline } from './readabilityBaseline';

async function main(argv: string[]): Promise<number> {
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? (argv[urlAt + 1] ?? '') : '';
  const file = argv.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) {
    process.stderr.write('usage: npm run -s extract -- PAGE.html --url URL\n');
    return 2;
  }
  if (argv.includes('--browser')) {
    // Loaded only here: Playwright takes longer to load than a whole plain capture.
    const { extractInBrowser } = await import('./browserExtract');
    const timing: { loadMs?: number; captureMs?: number } = {};
    const result = (await extractInBrowser(file, url || `file://${file}`, timing)) as CaptureResult;
    if (argv.includes('--timing')) {
      process.stderr.write(
        `load ${timing.loadMs?.toFixed(0)} ms, capture ${timing.captureMs?.toFixed(0)} ms\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
    return isCaptureError(result) ? 1 : 0;
  }
  const doc = parseHtml(decodeHtml(readFileSync(file)));
  if (argv.includes('--readability')) {
    process.stdout.write(`${JSON.stringify(readabilityBaseline(doc), null, 1)}\n`);
    return 0;
  }
  const result = extractSpeech(doc, url || `file://${file}`);
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  return isCaptureError(result) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
