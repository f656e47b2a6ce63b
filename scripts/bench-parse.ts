/**
 * What parsing as a browser does costs: every corpus, real and fixture page parsed with parse5 into linkedom
 * (the CLI's parser) and with linkedom's own parser, medians of 5 runs, and on how many pages linkedom alone
 * leaves <body> without text.
 *   npm run -s bench:parse
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { parseHtml } from './parseHtml';

const ROOT = join(import.meta.dirname, '..');
const pages = ['corpus', 'real', 'pages'].flatMap((set) => {
  const dir = join(ROOT, 'test/fixtures', set);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((id) => existsSync(join(dir, id, 'page.html')))
        .map((id) => ({ id, html: readFileSync(join(dir, id, 'page.html'), 'utf8') }))
    : [];
});

function median(fn: () => unknown): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[2] as number;
}

let conformant = 0;
let own = 0;
let emptied = 0;
for (const { html } of pages) {
  conformant += median(() => parseHtml(html));
  own += median(() => parseHTML(html));
  const ours = (parseHtml(html).body?.textContent ?? '').trim().length;
  const theirs = ((parseHTML(html).document as unknown as Document).body?.textContent ?? '').trim().length;
  if (ours > 0 && theirs === 0) emptied++;
}
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
console.log(`${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(
  `parse5 into linkedom (the CLI): ${conformant.toFixed(0)} ms in all, ${(conformant / pages.length).toFixed(1)} ms a page`,
);
console.log(
  `linkedom's own parser:          ${own.toFixed(0)} ms in all, ${(own / pages.length).toFixed(1)} ms a page`,
);
console.log(`pages whose <body> linkedom alone leaves without text: ${emptied}`);
