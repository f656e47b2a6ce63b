// Bundle size and startup of the popup-sized screen in scripts/bench-ui/ for each reactive layer that was a
// candidate (docs/extension.md): `npm run -s bench:ui`. Solid is not a dependency of the project: install it
// for this run only with `npm install --no-save solid-js vite-plugin-solid`; without it Solid is skipped.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, type InlineConfig } from 'vite';

const DIR = join(import.meta.dirname, 'bench-ui');
const RUNS = Number(process.env.RUNS ?? 25);

async function candidates(): Promise<{ name: string; entry: string; config: InlineConfig }[]> {
  const list: { name: string; entry: string; config: InlineConfig }[] = [
    { name: 'vanilla (today)', entry: 'vanilla.ts', config: {} },
    {
      name: 'preact + signals',
      entry: 'preact.tsx',
      config: { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } } as InlineConfig,
    },
  ];
  try {
    const solid = (await import('vite-plugin-solid' as string)).default as () => never;
    list.push({ name: 'solid', entry: 'solid.tsx', config: { plugins: [solid()] } });
  } catch {
    console.log('solid: skipped (npm install --no-save solid-js vite-plugin-solid)');
  }
  return list;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const out = await mkdtemp(join(tmpdir(), 'gaoku-bench-ui-'));
const results: { name: string; raw: number; gz: number; mount: number; update: number }[] = [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const c of await candidates()) {
    const dir = join(out, c.entry.replace(/\W/g, '-'));
    await writeFile(
      join(DIR, `.${c.entry}.html`),
      `<!doctype html><html><body><div id="app"></div><script type="module" src="./${c.entry}"></script></body></html>`,
    );
    await build({
      ...c.config,
      root: DIR,
      base: './',
      logLevel: 'silent',
      configFile: false,
      build: { outDir: dir, emptyOutDir: true, rollupOptions: { input: join(DIR, `.${c.entry}.html`) } },
    });
    await rm(join(DIR, `.${c.entry}.html`));
    const assets = join(dir, 'assets');
    const js = (await readdir(assets)).filter((f) => f.endsWith('.js'));
    const bytes = await Promise.all(js.map((f) => readFile(join(assets, f))));
    const raw = bytes.reduce((n, b) => n + b.length, 0);
    const gz = bytes.reduce((n, b) => n + gzipSync(b).length, 0);

    const server = createServer(async (req, res) => {
      const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      try {
        const body = await readFile(path.endsWith('/') ? join(path, `.${c.entry}.html`) : path);
        const type = extname(path) === '.js' ? 'text/javascript' : 'text/html';
        res.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const mounts: number[] = [];
    const updates: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/.${c.entry}.html`);
      await page.waitForFunction(() => window.mounted !== undefined);
      // From the last script byte received to the first screen drawn: parse, run, render.
      mounts.push(
        await page.evaluate(() => {
          const scripts = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          return (window.mounted ?? 0) - Math.max(0, ...scripts.map((s) => s.responseEnd));
        }),
      );
      // One put-back: the click to the preview showing the block (layout included).
      updates.push(
        await page.evaluate(async () => {
          const t0 = performance.now();
          document.querySelector<HTMLButtonElement>('.restore')?.click();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          if (!document.querySelector('#preview')?.textContent?.includes('版权所有 0'))
            throw new Error('no update');
          return performance.now() - t0;
        }),
      );
      await page.close();
    }
    server.close();
    results.push({ name: c.name, raw, gz, mount: median(mounts), update: median(updates) });
  }
} finally {
  await browser.close();
  await rm(out, { recursive: true, force: true });
}
for (const r of results) {
  console.log(
    `${r.name}: ${(r.raw / 1024).toFixed(1)} KB JS (${(r.gz / 1024).toFixed(1)} KB gzip), ` +
      `first screen ${r.mount.toFixed(1)} ms after the script arrived, put-back ${r.update.toFixed(1)} ms (median of ${RUNS})`,
  );
}
