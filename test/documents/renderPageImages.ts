/**
 * Page images of known text, rendered in Chromium with the Noto CJK fonts, as a 文库 preview shows a
 * document: what the OCR tests and `npm run -s bench:ocr` read. Writes test/fixtures/ocr/<name>.png|jpg and
 * <name>.json (the text as rendered, line by line, and the speech it holds).
 *   npx tsx test/documents/renderPageImages.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { chromium } from 'playwright-core';
import { REPORT_PARAGRAPHS, REPORT_TITLE, SPEECH_PARAGRAPHS, SPEECH_TITLE, SPEECH_UNDER } from './speechText';

const OUT = join(import.meta.dirname, '../fixtures/ocr');

interface PageSpec {
  name: string;
  lang: 'chi_sim' | 'chi_tra';
  font: string;
  title?: string;
  under?: string[];
  paragraphs: string[];
  header: string;
  footer: string;
  /** Shrunk to 70% and back, saved as JPEG at quality 60: a preview served small. */
  degraded?: boolean;
  watermark?: string;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const SERIF = "'Noto Serif CJK SC'";
const split = 7;

const speechPage1: PageSpec = {
  name: 'speech-1',
  lang: 'chi_sim',
  font: SERIF,
  title: SPEECH_TITLE,
  under: SPEECH_UNDER,
  paragraphs: SPEECH_PARAGRAPHS.slice(0, split),
  header: '某市总工会办公室印发',
  footer: '- 1 -',
};
const speechPage2: PageSpec = {
  name: 'speech-2',
  lang: 'chi_sim',
  font: SERIF,
  paragraphs: SPEECH_PARAGRAPHS.slice(split),
  header: '某市总工会办公室印发',
  footer: '- 2 -',
};
const reportPage: PageSpec = {
  name: 'report-sans',
  lang: 'chi_sim',
  font: "'Noto Sans CJK SC'",
  title: REPORT_TITLE,
  paragraphs: REPORT_PARAGRAPHS,
  header: '政协某市委员会',
  footer: '第1页',
};

const pages: PageSpec[] = [
  speechPage1,
  speechPage2,
  reportPage,
  {
    name: 'report-traditional',
    lang: 'chi_tra',
    font: "'Noto Serif CJK TC'",
    title: toTraditional(REPORT_TITLE),
    paragraphs: REPORT_PARAGRAPHS.map(toTraditional),
    header: toTraditional(reportPage.header),
    footer: '第1頁',
  },
  { ...speechPage1, name: 'speech-1-degraded', degraded: true },
  { ...speechPage2, name: 'speech-2-watermark', watermark: '内部资料 仅供参考' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(p: PageSpec): string {
  const lines = [
    p.title ? `<h1>${esc(p.title)}</h1>` : '',
    ...(p.under ?? []).map((u) => `<p class="c">${esc(u)}</p>`),
    ...p.paragraphs.map((t) => `<p>${esc(t)}</p>`),
  ].join('');
  const mark = p.watermark
    ? `<div class="wm">${Array.from({ length: 6 }, () => esc(p.watermark as string)).join('<br>')}</div>`
    : '';
  return `<!doctype html><meta charset="utf-8"><style>
  body{margin:0;background:#fff}
  #page{position:relative;width:1000px;box-sizing:border-box;padding:70px 90px 60px;font:18px/1.9 ${p.font};color:#111;overflow:hidden}
  .hd{font-size:14px;text-align:center;color:#444;margin-bottom:40px}
  .ft{font-size:15px;text-align:center;margin-top:40px}
  h1{font-size:27px;font-weight:normal;text-align:center;margin:0 0 16px}
  p{margin:0;text-indent:2em;text-align:justify}
  p.c{text-align:center;text-indent:0}
  .wm{position:absolute;left:80px;top:200px;transform:rotate(-30deg);font-size:48px;color:rgba(0,0,0,.12);line-height:3.2;white-space:nowrap;pointer-events:none}
  </style><div id="page"><div class="hd">${esc(p.header)}</div>${lines}<div class="ft">${esc(p.footer)}</div>${mark}</div>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const spec of pages) {
    await page.setContent(html(spec));
    await page.evaluate(() => document.fonts.ready);
    const png = await page.locator('#page').screenshot({ type: 'png' });
    let file = `${spec.name}.png`;
    let bytes: Buffer = png;
    if (spec.degraded) {
      const b64 = await page.evaluate(
        async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const small = new OffscreenCanvas(Math.round(img.width * 0.7), Math.round(img.height * 0.7));
          small.getContext('2d')?.drawImage(img, 0, 0, small.width, small.height);
          const back = new OffscreenCanvas(img.width, img.height);
          back.getContext('2d')?.drawImage(small, 0, 0, img.width, img.height);
          const blob = await back.convertToBlob({ type: 'image/jpeg', quality: 0.6 });
          const buf = new Uint8Array(await blob.arrayBuffer());
          let s = '';
          for (const b of buf) s += String.fromCharCode(b);
          return btoa(s);
        },
        `data:image/png;base64,${png.toString('base64')}`,
      );
      bytes = Buffer.from(b64, 'base64');
      file = `${spec.name}.jpg`;
    }
    writeFileSync(join(OUT, file), bytes);
    const rendered = [spec.header, spec.title, ...(spec.under ?? []), ...spec.paragraphs, spec.footer].filter(
      Boolean,
    );
    const gold = {
      image: file,
      lang: spec.lang,
      text: rendered,
      title: spec.title,
      body: [...(spec.under ?? []), ...spec.paragraphs],
    };
    writeFileSync(join(OUT, `${spec.name}.json`), `${JSON.stringify(gold, null, 2)}\n`);
    console.log(`${file}: ${bytes.length} bytes`);
  }
} finally {
  await browser.close();
}
