/**
 * Hostile pages through the command line as the scorer runs it, plain and --browser: wall-clock seconds per
 * page (process start included; for --browser also Chromium's start, the page's load and the capture in the
 * page) and what came out. Then as a user meets them: the page open and drawn in Chromium with the built
 * extension, the toolbar clicked, until the popup shows the preview or the refusal (median of 3).
 * The bound is 2 s for each.
 *   npm run build && npm run -s bench:hostile
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtensionBrowser } from '../test/e2e/harness/extensionBrowser';
import { startFixtureServer } from '../test/e2e/harness/fixtureServer';
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
          ...(mode ? [mode, '--timing'] : []),
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
      // In Chromium: the page's own load and the capture in it, apart from starting the browser.
      const inPage = /load (\d+) ms, capture (\d+) ms/.exec(run.stderr ?? '');
      const parts = inPage ? `; load ${inPage[1]} ms, capture ${inPage[2]} ms` : '';
      return `${mode || 'cli'} ${s} s (${what}${parts})`;
    });
    console.log(`${page.name.padEnd(44)} ${cells.join('   ')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const RUNS = 3;
const [browser, server] = await Promise.all([launchExtensionBrowser(), startFixtureServer()]);
try {
  for (const [i, hostile] of hostilePages().entries()) {
    const page = await browser.openPage(server.url(`hostile/${i}.html`));
    // A user clicks on a page they see: wait until Chromium has drawn it (its first layout of 100,000 list
    // items takes seconds on this machine, and a click during it waits for it).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    const times: number[] = [];
    let what = '';
    for (let run = 0; run < RUNS; run++) {
      const popup = await browser.openPopup(await browser.clickAction(page));
      // The popup opens with the click: its clock starts there. The preview sets a mark when it is on screen.
      const answer = await popup.waitForFunction(
        () => {
          const mark = performance.getEntriesByName('gaoku:preview')[0]?.startTime;
          if (mark !== undefined) return { ms: mark, what: 'preview' };
          const error = document.querySelector<HTMLElement>('#capture-error');
          return error && !error.hidden
            ? { ms: performance.now(), what: `refusal ${error.dataset.code}` }
            : false;
        },
        undefined,
        { timeout: 30_000, polling: 10 },
      );
      const { ms, what: w } = (await answer.jsonValue()) as { ms: number; what: string };
      times.push(ms);
      what = w;
      await popup.close();
    }
    await page.close();
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
    console.log(
      `${hostile.name.padEnd(44)} toolbar click → popup ${(median / 1000).toFixed(2)} s (${what}; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
