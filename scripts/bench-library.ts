// `npm run -s bench:library [-- --speeches 50000]`: the library with 10,000 (or N) speeches in a real Chromium
// (real IndexedDB). Prints save, import, first-screen, search (and the plain-includes baseline), export and
// storage figures, 套话, the library page's JS heap and the time until search answers after opening.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const TOTAL = Number(arg('speeches') ?? process.env.BENCH_SPEECHES ?? 10_000);
const CHARS = Number(arg('chars') ?? process.env.BENCH_CHARS ?? 5_000);
const SAVED = Math.min(TOTAL, Number(arg('saved') ?? process.env.BENCH_SAVED ?? 1_000));
// `--text real`: speeches of real sentences, from the real pages' gold texts in test/fixtures.
const REAL = arg('text') === 'real';

function realSentences(): string[] {
  const out = new Set<string>();
  for (const dir of ['test/fixtures/real', 'test/fixtures/corpus']) {
    for (const d of readdirSync(dir)) {
      const p = join(dir, d, 'body.txt');
      if (!existsSync(p)) continue;
      for (const s of readFileSync(p, 'utf8').split(/(?<=[。！？；])|\n/u))
        if (s.trim().length >= 6) out.add(s.trim());
    }
  }
  return [...out];
}

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

type Out = Record<string, number>;
type Bench = Record<string, (...a: unknown[]) => Promise<Out>>;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(e));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(m.text());
  });
  const open = async () => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => 'bench' in globalThis);
  };
  const call = (fn: string, ...args: unknown[]) =>
    page.evaluate(
      ([f, a]) => (globalThis as unknown as { bench: Bench }).bench[f as string]?.(...(a as unknown[])),
      [fn, args] as const,
    ) as Promise<Out>;
  const cdp = await page.context().newCDPSession(page);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  };

  console.log(
    `library bench: ${TOTAL} speeches of ~${CHARS} characters (${SAVED} saved one by one, the rest imported) in ${browser.version()}`,
  );
  await open();
  const name = `bench-${Date.now()}`;
  const sentences = REAL ? realSentences() : [];
  if (REAL)
    console.log(`speeches of real sentences: ${sentences.length} from the real pages in test/fixtures`);
  const filled = await call('fill', name, TOTAL, CHARS, SAVED, sentences);
  // The library page as a person opens it: a fresh page, nothing in memory from the filling.
  await open();
  const emptyHeap = await heapMB();
  const out: Out = { ...filled, ...(await call('open', name, TOTAL, REAL)) };
  out.heapMB = (await heapMB()) - emptyHeap;
  Object.assign(out, await call('rest', name, TOTAL));

  const f = (x: number | undefined, d = 1) => (x === undefined ? '?' : x.toFixed(d));
  console.log(
    `save (one by one, with duplicate check)  median ${f(out.saveMedianMs)} ms  p95 ${f(out.saveP95Ms)} ms`,
  );
  console.log(`import                                   ${out.importPerSecond} speeches/s`);
  console.log(
    `first screen (60 rows + tag counts)      ${f(out.firstScreenMs)} ms   (all ${out.total} summaries: ${f(out.allSummariesMs)} ms)`,
  );
  console.log(
    `search ready after opening               ${f(out.readyMs)} ms  (first query, nothing loaded before)`,
  );
  console.log(`load search index (once, in the idle)     ${f(out.firstSearchMs)} ms`);
  for (const q of ['common', 'twoWords', 'rarePhrase']) {
    console.log(
      `search ${q.padEnd(11)} median ${f(out[`search.${q}.medianMs`])} ms  p95 ${f(out[`search.${q}.p95Ms`])} ms  first ${f(out[`search.${q}.firstMs`])} ms  hits ${out[`search.${q}.hits`]}   plain includes from IndexedDB: ${f(out[`includes.${q}.medianMs`], 0)} ms`,
    );
  }
  console.log(
    `套话 at ${out.total} speeches        median ${f(out.recurringMedianMs)} ms  max ${f(out.recurringMaxMs)} ms  first ${f(out.recurringFirstMs, 0)} ms (loads the clause hashes)  passages ${out.recurringPassages}, the most shared in ${out.recurringShared}`,
  );
  console.log(
    out.exportFailed
      ? 'export JSON (one string)                 failed: longer than a JS string can be'
      : `export JSON (one string)                 ${f(out.exportMs, 0)} ms  (${f(out.exportMB)} M characters)`,
  );
  if (out.exportBlobMs !== undefined)
    console.log(
      `export JSON (Blob, exportJsonBlob)       ${f(out.exportBlobMs, 0)} ms  (${f(out.exportBlobMB)} MB of UTF-8)`,
    );
  console.log(`page JS heap (library open, searched)    ${f(out.heapMB)} MB  (after GC, less an empty page)`);
  console.log(
    `storage: text ${f(out.textMB)} MB (UTF-8); duplicate samples on disk ${f(out.samplesMB)} MB; 套话 clause hashes on disk ${f(out.clausesMB)} MB; search index on disk ${f(out.indexMB)} MB; origin usage ${f(out.storageUsageMB)} MB`,
  );
  const searchMedian = [
    out['search.common.medianMs'],
    out['search.twoWords.medianMs'],
    out['search.rarePhrase.medianMs'],
  ]
    .map(Number)
    .sort((a, b) => a - b)[1];
  console.log(
    `library at ${out.total}: first screen ${f(out.firstScreenMs)} ms, search median ${f(searchMedian)} ms, ready ${f(out.readyMs, 0)} ms, heap ${f(out.heapMB, 0)} MB`,
  );
} finally {
  await browser.close();
  server.close();
}
