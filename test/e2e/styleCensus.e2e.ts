import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVED_PAGE_HEADERS } from '../../scripts/browserExtract';

// The live-page hidden-text test reads only the properties the page's style sets (src/extract/dom/
// styleCensus.ts). Checked in Chromium's own CSSOM: what the census finds, and that the reads it skips never
// change an answer, on anti-copy markup and on real pages with large sheets.
const ROOT = join(import.meta.dirname, '../..');
const ORIGIN = 'http://site.test';
const OTHER_ORIGIN = 'http://cdn.test';

interface Probe {
  styledProperties(doc: Document): Set<string> | undefined;
  computedVisibility(view: Window, census?: Set<string>): (el: Element) => number;
}

let browser: Browser;
let probe = '';

beforeAll(async () => {
  const bundle = await build({
    stdin: {
      contents:
        "export { styledProperties } from './src/extract/dom/styleCensus'; export { computedVisibility } from './src/extract/dom/visibility';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__probe',
    target: 'chrome120',
  });
  probe = bundle.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** A page served at site.test with `files` (path → [content type, body]) beside it, the probe loaded. */
async function open(html: string, files: Record<string, [string, string]> = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.href === `${ORIGIN}/page.html`)
      return route.fulfill({ status: 200, headers: SAVED_PAGE_HEADERS, body: html });
    const file = files[url.href];
    return file
      ? route.fulfill({ status: 200, contentType: file[0], body: file[1] })
      : route.abort('blockedbyclient');
  });
  await page.goto(`${ORIGIN}/page.html`, { waitUntil: 'load' });
  // The page's own scripts are blocked (SAVED_PAGE_HEADERS); the probe runs as the engine's bundle does.
  // biome-ignore lint/security/noGlobalEval: the probe bundle, run in the page like a content script.
  await page.evaluate((code) => void globalThis.eval(code), probe);
  return page;
}

async function census(page: Page): Promise<string[] | null> {
  return page.evaluate(() => {
    const found = (globalThis as unknown as { __probe: Probe }).__probe.styledProperties(document);
    return found ? [...found].sort() : null;
  });
}

/** Elements whose answer differs between reading every property and reading what the census allows. */
async function disagreements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { styledProperties, computedVisibility } = (globalThis as unknown as { __probe: Probe }).__probe;
    const all = computedVisibility(window);
    const some = computedVisibility(window, styledProperties(document));
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const [a, b] = [all(el), some(el)];
      if (a !== b) out.push(`${el.localName}.${el.className}: ${a} vs ${b}`);
    }
    return out;
  });
}

const JUNK = [
  '.j1{visibility:hidden}',
  '.j2{font:0/0 a}',
  '.j3{color:#fff}',
  '.j4{position:absolute;left:-9999px}',
  '.j5{clip-path:inset(50%)}',
  '.j6{width:1px;height:1px;overflow:hidden}',
  '.j7{text-indent:-9999px}',
];

describe('the page-style census, in Chromium', () => {
  it('finds the properties set in nested rules, shorthands, style attributes, imports and colour attributes', async () => {
    const page = await open(
      '<head><style>@import url(/more.css); @media screen { @supports (display:grid) { .a { font: 0/0 a } } } .b { & .c { visibility: hidden } }</style></head><body><p style="opacity:.5">x</p><font color="#ffffff">y</font></body>',
      { [`${ORIGIN}/more.css`]: ['text/css', '.d{text-indent:-9999px}'] },
    );
    const found = (await census(page)) ?? [];
    await page.close();
    expect(found).toEqual(
      expect.arrayContaining(['font-size', 'visibility', 'opacity', 'text-indent', 'color']),
    );
    expect(found).not.toContain('clip-path');
    expect(found).not.toContain('position');
  });

  it('gives up (every property read) when a sheet from another origin cannot be read', async () => {
    const page = await open(
      `<head><link rel="stylesheet" href="${OTHER_ORIGIN}/site.css"></head><body>x</body>`,
      {
        [`${OTHER_ORIGIN}/site.css`]: ['text/css', '.x{color:red}'],
      },
    );
    expect(await census(page)).toBeNull();
    await page.close();
  });

  it('never changes an answer on anti-copy markup: each way of hiding, with and without the census', async () => {
    const body = JUNK.map(
      (_, i) => `<p>学习贯彻<span class="j${i + 1}">www.fanwen.com 稿库</span>全会精神。</p>`,
    ).join('');
    const page = await open(`<head><style>${JUNK.join(' ')}</style></head><body>${body}</body>`);
    const masks = await page.evaluate(() => {
      const { styledProperties, computedVisibility } = (globalThis as unknown as { __probe: Probe }).__probe;
      const test = computedVisibility(window, styledProperties(document));
      return Array.from(document.querySelectorAll('span'), (el) => test(el));
    });
    expect(await disagreements(page)).toEqual([]);
    await page.close();
    // Each junk span is hidden, whatever the way.
    expect(masks.every((m) => m > 0)).toBe(true);
  });

  it('never changes an answer where only display can hide: defaults, display:contents, closed details, hidden', async () => {
    const page = await open(
      '<head><style>.c{display:contents} .n{display:none}</style></head><body><p>甲</p><div class="c"><p>乙</p></div><div hidden><p>丙</p></div><details><summary>丁</summary><p>戊</p></details><dialog><p>己</p></dialog><p class="n">庚</p><x-card><p>辛</p></x-card></body>',
    );
    // A custom element's shadow root without a slot leaves its light children without a box.
    await page.evaluate(() => void document.querySelector('x-card')?.attachShadow({ mode: 'open' }));
    expect(await census(page)).toEqual(['display']);
    expect(await disagreements(page)).toEqual([]);
    await page.close();
  });

  it.each([
    'real-youth-overseas-students-two-sessions-article',
    'real-qq-deepmind-dnc-memory-news',
    'real-cna-pingzhen-fire-expired-news',
    'real-chinanews-expand-domestic-demand-theory',
  ])('never changes an answer on a real page with large sheets: %s', async (name) => {
    // Its linked sheets were not saved with it, and a sheet that failed to load cannot be read: the census
    // would give up. Without the links the page's own <style> sheets (hundreds of rules) decide.
    const html = readFileSync(join(ROOT, 'test/fixtures/real', name, 'page.html'), 'utf8').replace(
      /<link\b[^>]*\bstylesheet\b[^>]*>/gi,
      '',
    );
    const page = await open(html);
    const found = await census(page);
    expect(found?.length).toBeGreaterThan(10);
    expect(await disagreements(page)).toEqual([]);
    await page.close();
  });
});
