// `npm run -s bench:library`: the library with 10,000 speeches in a real Chromium (real IndexedDB).
// Prints save, import, first-screen, search (and the plain-includes baseline), export and storage figures.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const TOTAL = Number(process.env.BENCH_SPEECHES ?? 10_000);
const CHARS = Number(process.env.BENCH_CHARS ?? 5_000);
const SAVED = Math.min(TOTAL, Number(process.env.BENCH_SAVED ?? 1_000));

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'bench-library/page.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
});
const js = bundle.outputFiles[0]?.text ?? '';
const server = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(e));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => 'runBench' in globalThis);
  console.log(
    `library bench: ${TOTAL} speeches of ~${CHARS} characters (${SAVED} saved one by one, the rest imported) in ${browser.version()}`,
  );
  const out = (await page.evaluate(
    ([t, c, s]) =>
      (
        globalThis as unknown as {
          runBench: (t: number, c: number, s: number) => Promise<Record<string, number>>;
        }
      ).runBench(t, c, s),
    [TOTAL, CHARS, SAVED] as const,
  )) as Record<string, number>;
  const f = (x: number | undefined, d = 1) => (x === undefined ? '?' : x.toFixed(d));
  console.log(
    `save (one by one, with duplicate check)  median ${f(out.saveMedianMs)} ms  p95 ${f(out.saveP95Ms)} ms`,
  );
  console.log(`import                                   ${out.importPerSecond} speeches/s`);
  console.log(
    `first screen (60 rows + tag counts)      ${f(out.firstScreenMs)} ms   (all ${out.total} summaries: ${f(out.allSummariesMs)} ms)`,
  );
  console.log(`load search index (once, in the idle)     ${f(out.firstSearchMs)} ms`);
  for (const q of ['common', 'twoWords', 'rarePhrase']) {
    console.log(
      `search ${q.padEnd(11)} median ${f(out[`search.${q}.medianMs`])} ms  p95 ${f(out[`search.${q}.p95Ms`])} ms  hits ${out[`search.${q}.hits`]}   plain includes from IndexedDB: ${f(out[`includes.${q}.medianMs`], 0)} ms`,
    );
  }
  console.log(`export JSON                              ${f(out.exportMs, 0)} ms  (${f(out.exportMB)} MB)`);
  console.log(
    `storage: text ${f(out.textMB)} MB (UTF-8); duplicate samples on disk ${f(out.samplesMB)} MB; search bit filters in memory ${f(out.searchMemoryBitsMB)} MB; origin usage ${f(out.storageUsageMB)} MB`,
  );
} finally {
  await browser.close();
  server.close();
}
