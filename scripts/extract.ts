/**
 * Command-line extractor: runs the extension's capture engine on a saved page.
 *   npm run -s extract -- PAGE.html --url URL [--readability]
 * Prints the capture record (or {"error": …} with exit 1) as JSON on stdout. `--readability` prints what
 * Mozilla Readability alone makes of the page instead, for comparison.
 */
import { readFileSync } from 'node:fs';
import { extractSpeech, isCaptureError } from '../src/extract';
import { parseHtml } from './parseHtml';
import { readabilityBaseline } from './readabilityBaseline';

function main(argv: string[]): number {
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? (argv[urlAt + 1] ?? '') : '';
  const file = argv.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) {
    process.stderr.write('usage: npm run -s extract -- PAGE.html --url URL\n');
    return 2;
  }
  const doc = parseHtml(readFileSync(file, 'utf8'));
  if (argv.includes('--readability')) {
    process.stdout.write(`${JSON.stringify(readabilityBaseline(doc), null, 1)}\n`);
    return 0;
  }
  const result = extractSpeech(doc, url || `file://${file}`);
  process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  return isCaptureError(result) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
