/**
 * Hostile pages through the command line as the scorer runs it, plain and --browser: wall-clock seconds per
 * page (process start included) and what came out. The bound is 2 s for each.
 *   npm run -s bench:hostile
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostilePages } from './hostile/pages';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'gaoku-hostile-'));
// Warm the CLI's bundle so the first page does not pay for building it.
spawnSync('node', ['scripts/run.mjs', 'extract', '--help'], { cwd: ROOT });
try {
  for (const page of hostilePages()) {
    const file = join(dir, 'page.html');
    writeFileSync(file, page.html);
    const cells = ['', '--browser'].map((mode) => {
      const t0 = performance.now();
      const run = spawnSync(
        'node',
        [
          'scripts/run.mjs',
          'extract',
          file,
          '--url',
          'https://www.example.gov.cn/a.html',
          ...(mode ? [mode] : []),
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        },
      );
      const s = ((performance.now() - t0) / 1000).toFixed(2);
      let what = `exit ${run.status}`;
      try {
        const out = JSON.parse(run.stdout) as { error?: { code: string }; body?: string };
        what = out.error ? `refusal ${out.error.code}` : `capture ${out.body?.length ?? 0} chars`;
      } catch {}
      return `${mode || 'cli'} ${s} s (${what})`;
    });
    console.log(`${page.name.padEnd(44)} ${cells.join('   ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
