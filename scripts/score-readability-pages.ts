/**
 * A wide check on pages nobody here tuned for, in one of three public layouts:
 * - Mozilla Readability's own test pages (about 130, most of them English articles, each a `source.html` with
 *   the `expected.html` Readability's maintainers accept);
 * - scrapinghub/article-extraction-benchmark (181 news and blog pages, `html/<id>.html.gz` with each page's
 *   article text in `ground-truth.json`);
 * - cx-extractor-python's 74 网易 news pages (`RawHtml/N.html` and `Text/N.txt`, both GBK). Their texts are
 *   that extractor's own output, not a person's reading (one holds the related list instead of the story): an
 *   agreement figure, read for refusals and large gaps only.
 * Gaoku's text is scored against the expected text (character-bigram F1, as the corpus scorer does), beside
 * Readability's own text of today's version. The expected text is not gold written for a capture: captions,
 * credits and video controls it keeps count against a capture that leaves them out, so read the figures for
 * refusals and for large gaps, not for the last hundredth.
 *   npm run -s score:readability-pages -- PATH/TO/readability/test/test-pages [--list N]
 *   npm run -s score:article-benchmark -- PATH/TO/article-extraction-benchmark [--list N]
 *   npm run -s score:cx-pages -- PATH/TO/cx-extractor-python [--list N]
 * `--browser N` also runs every N-th page through the browser path (headless Chromium, as `extract --browser`)
 * and prints where its text differs from the plain CLI's.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractSpeech, isCaptureError } from '../src/extract';
import { collectLines } from '../src/extract/dom/textLines';
import type { CaptureResult } from '../src/extract/types';
import { bigramF1 } from './corpusScore';
import { decodeHtml } from './decodeHtml';
import { parseHtml } from './parseHtml';
import { readabilityBaseline } from './readabilityBaseline';

interface WidePage {
  name: string;
  url: string;
  html: string;
  expected: string;
}

/** Readability's layout: one folder a page, the accepted output beside the source. */
function* readabilityPages(dir: string): Generator<WidePage> {
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    const expected = join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expected)) continue;
    const text = collectLines(parseHtml(readFileSync(expected, 'utf8')).body)
      .map((l) => l.text)
      .join('\n');
    yield { name, url: `https://example.com/${name}/`, html: readFileSync(source, 'utf8'), expected: text };
  }
}

/** The article-extraction-benchmark's layout: gzipped pages named by id, their texts in one JSON file. */
function* benchmarkPages(dir: string): Generator<WidePage> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const { articleBody, url } = truth[id] as { articleBody: string; url: string };
    yield {
      name: `${id.slice(0, 12)} ${url}`,
      url,
      html: gunzipSync(readFileSync(file)).toString('utf8'),
      expected: articleBody,
    };
  }
}

/** cx-extractor-python's layout: GBK pages in RawHtml/ and that extractor's texts in Text/, by number. */
function* cxPages(dir: string): Generator<WidePage> {
  const ids = readdirSync(join(dir, 'RawHtml'))
    .map((f) => f.replace(/\.html$/, ''))
    .filter((id) => existsSync(join(dir, 'Text', `${id}.txt`)))
    .sort((a, b) => Number(a) - Number(b));
  for (const id of ids) {
    yield {
      name: `cx-${id}`,
      // 网易 (news.163.com, money.163.com) stories of 2015–2016; their own addresses are not kept.
      url: `https://news.163.com/cx-extractor/${id}.html`,
      html: decodeHtml(readFileSync(join(dir, 'RawHtml', `${id}.html`))),
      expected: decodeHtml(readFileSync(join(dir, 'Text', `${id}.txt`))),
    };
  }
}

/** The plain CLI's text against the browser path's on every `every`-th page (headless Chromium, as `--browser`). */
async function browserColumn(pages: WidePage[], every: number): Promise<void> {
  const { extractInBrowser } = await import('./browserExtract');
  const dir = mkdtempSync(join(tmpdir(), 'gaoku-wide-'));
  let n = 0;
  let cli = 0;
  let browser = 0;
  let differ = 0;
  try {
    for (let i = 0; i < pages.length; i += every) {
      const { name, url, html, expected } = pages[i] as WidePage;
      const file = join(dir, 'page.html');
      writeFileSync(file, html);
      const plain = extractSpeech(parseHtml(html), url);
      const live = (await extractInBrowser(file, url)) as CaptureResult;
      const a = bigramF1(expected, isCaptureError(plain) ? '' : plain.body);
      const b = bigramF1(expected, isCaptureError(live) ? '' : live.body);
      n++;
      cli += a;
      browser += b;
      if (Math.abs(a - b) > 0.01) {
        differ++;
        console.log(`CLI ${a.toFixed(3)}  browser ${b.toFixed(3)}  ${name}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `${n} pages through --browser: CLI ${(cli / n).toFixed(3)}, browser ${(browser / n).toFixed(3)}; ${differ} differ by more than 0.01`,
  );
}

async function main(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (!dir || !existsSync(dir)) {
    process.stderr.write(
      'usage: npm run -s score:readability-pages -- PATH/TO/readability/test/test-pages [--list N] [--browser N]\n' +
        '       npm run -s score:article-benchmark -- PATH/TO/article-extraction-benchmark [--list N] [--browser N]\n' +
        '       npm run -s score:cx-pages -- PATH/TO/cx-extractor-python [--list N] [--browser N]\n',
    );
    return 2;
  }
  const listAt = argv.indexOf('--list');
  const list = listAt >= 0 ? Number(argv[listAt + 1]) : 20;
  const pages = [
    ...(existsSync(join(dir, 'ground-truth.json'))
      ? benchmarkPages(dir)
      : existsSync(join(dir, 'RawHtml'))
        ? cxPages(dir)
        : readabilityPages(dir)),
  ];
  const rows: { name: string; gaoku: number; readability: number; refusal?: string }[] = [];
  for (const { name, url, html, expected } of pages) {
    const r = extractSpeech(parseHtml(html), url);
    const readability = readabilityBaseline(parseHtml(html)).body;
    rows.push({
      name,
      gaoku: bigramF1(expected, isCaptureError(r) ? '' : r.body),
      readability: bigramF1(expected, readability),
      refusal: isCaptureError(r) ? r.error.code : undefined,
    });
  }
  rows.sort((a, b) => a.gaoku - b.gaoku);
  for (const row of rows.slice(0, list)) {
    const note = row.refusal ? `  refused: ${row.refusal}` : '';
    console.log(`${row.gaoku.toFixed(3)}  ${row.readability.toFixed(3)}  ${row.name}${note}`);
  }
  const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0) / rows.length;
  const refused = rows.filter((r) => r.refusal).length;
  const below = rows.filter((r) => r.gaoku < r.readability - 0.05).length;
  console.log(
    `${rows.length} pages: Gaoku ${mean((r) => r.gaoku).toFixed(3)}, Readability ${mean((r) => r.readability).toFixed(3)}; refused ${refused}; more than 0.05 below Readability ${below}`,
  );
  const browserAt = argv.indexOf('--browser');
  if (browserAt >= 0) await browserColumn(pages, Math.max(1, Number(argv[browserAt + 1]) || 1));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
