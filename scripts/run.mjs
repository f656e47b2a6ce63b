#!/usr/bin/env node
// Runs a TypeScript script of scripts/ as one bundle kept in node_modules/.cache/gaoku: the extractor CLI is
// run once per page by the corpus scorer, and compiling the sources on every start (tsx) cost most of its
// second. The bundle is rebuilt whenever a source under src/ or scripts/ is newer than it.
//   node scripts/run.mjs extract PAGE.html --url URL
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
const entry = join(root, 'scripts', `${name}.ts`);
const outdir = join(root, 'node_modules', '.cache', 'gaoku', name);
const bundle = join(outdir, `${name}.mjs`);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (
  !existsSync(bundle) ||
  statSync(bundle).mtimeMs < Math.max(newest(join(root, 'src')), newest(join(root, 'scripts')))
) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    outdir: `${outdir}.${process.pid}`,
    outExtension: { '.js': '.mjs' },
    // Split, so what a script loads only on demand (Playwright for --browser) stays out of its start.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
    // The bundle lives in node_modules/.cache: import.meta.dirname must still be the script's own folder.
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts')) },
  });
  // Swapped in whole, so a run started meanwhile never imports half a bundle.
  rmSync(outdir, { recursive: true, force: true });
  renameSync(`${outdir}.${process.pid}`, outdir);
}
process.argv = [process.argv[0], bundle, ...args];
await import(pathToFileURL(bundle).href);
