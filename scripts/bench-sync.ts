// `npm run -s bench:sync [-- --speeches 10000]`: sync between two Chromium profiles through a CouchDB-protocol
// server on 127.0.0.1 (express-pouchdb in memory, test/e2e/harness/couchServer.ts). Prints: N speeches into an
// empty profile (seconds, MB on each side), one save until the other profile lists it (median of 20), a
// 1,000-speech burst of edits from both profiles at once, and the line
// `sync: N speeches, lost L, conflicts left C, initial S s, one save M ms` (L: speeches and edits missing
// anywhere after the run). Goals (issue 12): 10,000 in < 60 s, one save seen in < 3 s, 0 conflicts, 0 lost.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DATABASE, MEMBER, startCouchServer } from '../test/e2e/harness/couchServer';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const TOTAL = Number(arg('speeches') ?? process.env.BENCH_SPEECHES ?? 10_000);
const CHARS = Number(arg('chars') ?? 5_000);
const BURST = Math.min(TOTAL, 1_000);
const SAVES = 20;

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'bench-sync/page.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  target: 'es2022',
  define: { global: 'globalThis' },
});
const js = bundle.outputFiles[0]?.text ?? '';
const pages = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  else
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><script type="module" src="/bench.js"></script>');
});
await new Promise<void>((r) => pages.listen(0, '127.0.0.1', r));
const pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/`;

const server = await startCouchServer();
const dirs: string[] = [];
const contexts: BrowserContext[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const s = (ms: number) => (ms / 1000).toFixed(1);

type Call = (fn: string, ...args: unknown[]) => Promise<never>;
async function profile(): Promise<Call> {
  const dir = await mkdtemp(join(tmpdir(), 'gaoku-bench-sync-'));
  dirs.push(dir);
  // The bench page is a web page on another port than the server: without the extension's host permission it
  // would need CORS, so web security is off here (the extension needs neither: docs/sync.md).
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-web-security'],
  });
  contexts.push(context);
  const page: Page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.error(e));
  await page.goto(pagesUrl);
  await page.waitForFunction(() => 'bench' in globalThis);
  const call: Call = (fn, ...args) =>
    page.evaluate(
      ([f, a]) =>
        (globalThis as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench[
          f as string
        ]?.(...(a as unknown[])),
      [fn, args] as const,
    ) as Promise<never>;
  await call('init', {
    server: server.url,
    database: DATABASE,
    user: MEMBER.user,
    password: MEMBER.password,
    name: 'bench',
    device: `profile ${contexts.length}`,
    enabled: true,
  });
  return call;
}

async function serverFigures(): Promise<{ docs: number; mb: number; conflicts: number }> {
  const all = (await server.admin('GET', `/${DATABASE}/_all_docs?include_docs=true&conflicts=true`)).json as {
    rows: { doc?: { _conflicts?: string[] } }[];
  };
  const mb = JSON.stringify(all.rows.map((r) => r.doc)).length / 1024 / 1024;
  return { docs: all.rows.length, mb, conflicts: all.rows.filter((r) => r.doc?._conflicts?.length).length };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return Number.NaN;
}

try {
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; headless Chromium, ${TOTAL} speeches of ${CHARS} characters`,
  );
  const [a, b] = [await profile(), await profile()];
  const filled = (await a('fill', TOTAL, CHARS)) as { ms: number };
  const aLibraryMB = (await a('usageMB')) as number;
  console.log(`fill A (import): ${s(filled.ms)} s, ${aLibraryMB.toFixed(0)} MB`);

  const up = (await a('once')) as { ms: number; state: string };
  const afterUp = await serverFigures();
  const aMB = (await a('usageMB')) as number;
  console.log(
    `A → server: ${s(up.ms)} s (${up.state}), server ${afterUp.docs} docs, ${afterUp.mb.toFixed(0)} MB of JSON; ` +
      `A ${aMB.toFixed(0)} MB (library ${aLibraryMB.toFixed(0)} + replica ${(aMB - aLibraryMB).toFixed(0)})`,
  );
  const down = (await b('once')) as { ms: number; state: string };
  const bMB = (await b('usageMB')) as number;
  const bCount = (await b('count')) as number;
  console.log(
    `server → empty B: ${s(down.ms)} s (${down.state}), ${bCount} speeches, B ${bMB.toFixed(0)} MB`,
  );

  await Promise.all([a('live'), b('live')]);
  const latencies: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const { id, at } = (await a('save', TOTAL + i, CHARS)) as { id: string; at: number };
    const seen = (await b('seen', id, 30_000)) as number;
    latencies.push(seen - at);
  }
  const oneSave = median(latencies);
  console.log(
    `one save in A until B lists it: median ${oneSave.toFixed(0)} ms of ${SAVES} (min ${Math.min(...latencies)}, max ${Math.max(...latencies)})`,
  );

  const ids = ((await a('ids')) as string[]).slice(0, BURST);
  const [ta, tb] = (await Promise.all([a('burst', ids, 'title'), b('burst', ids, 'tags')])) as {
    ms: number;
  }[];
  const settled = await until(async () => {
    const [ca, cb, srv] = await Promise.all([a('check', ids), b('check', ids), serverFigures()]);
    const left = [ca, cb] as { missing: number; titles: number; tags: number }[];
    return srv.conflicts === 0 && left.every((c) => c.missing + c.titles + c.tags === 0);
  }, 300_000);
  console.log(
    `burst: ${BURST} speeches edited at once in both (titles in A ${s(ta?.ms ?? 0)} s, tags in B ${s(tb?.ms ?? 0)} s), ` +
      `both edits everywhere and no conflict ${Number.isNaN(settled) ? 'NOT within 300 s' : `${s(settled)} s after`}`,
  );

  await Promise.all([a('stop'), b('stop')]);
  const expected = TOTAL + SAVES;
  const [countA, countB] = (await Promise.all([a('count'), b('count')])) as number[];
  const checks = (await Promise.all([a('check', ids), b('check', ids)])) as {
    missing: number;
    titles: number;
    tags: number;
  }[];
  const end = await serverFigures();
  const lost =
    Math.max(0, expected - (countA ?? 0)) +
    Math.max(0, expected - (countB ?? 0)) +
    Math.max(0, expected - end.docs) +
    checks.reduce((n, c) => n + c.titles + c.tags, 0);
  console.log(`end: A ${countA}, B ${countB}, server ${end.docs} docs (${end.mb.toFixed(0)} MB of JSON)`);
  console.log(
    `sync: ${TOTAL} speeches, lost ${lost}, conflicts left ${end.conflicts}, initial ${s(down.ms)} s, one save ${oneSave.toFixed(0)} ms`,
  );
} finally {
  for (const c of contexts) await c.close();
  await server.close();
  pages.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}
