/**
 * Speed of the capture engine against Mozilla Readability on the same parsed pages.
 *   npm run -s bench [-- --runs N]
 * Every corpus, real and fixture page is parsed once (parse5 into linkedom, as the CLI does); each run times
 * extractSpeech(doc) and
 * new Readability(doc.cloneNode(true)).parse() (Readability rewrites the tree it reads, so it needs the
 * clone a browser caller would make). Generated pages of about 0.5, 1 and 2 MB show how time grows with size.
 * The two engines' runs alternate on each page (15 of each by default, after one warm-up run of each).
 * Prints `name  extract X ms  readability Y ms  ratio R` per page (medians of the runs), then the median ratio.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractSpeech } from '../src/extract';
import { parseHtml } from './parseHtml';

interface Page {
  name: string;
  url: string;
  doc: Document;
}

const ROOT = join(import.meta.dirname, '..');
const DIRS = ['corpus', 'real', 'pages'].map((d) => join(ROOT, 'test/fixtures', d));

function corpusPages(): Page[] {
  return DIRS.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((id) => existsSync(join(dir, id, 'case.json')))
          .sort()
          .map((id) => ({
            name: id,
            url: (JSON.parse(readFileSync(join(dir, id, 'case.json'), 'utf8')) as { url: string }).url,
            doc: parseHtml(readFileSync(join(dir, id, 'page.html'), 'utf8')),
          }))
      : [],
  );
}

const SENTENCES = [
  '今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中向好。',
  '要深化“放管服”改革，持续优化营商环境，让市场主体放心投资、安心经营。',
  '各级各部门要切实扛起责任，以钉钉子精神抓好各项任务落实。',
  '我们要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。',
  '对工作不力、推诿扯皮的，发现一起、查处一起、通报一起，决不姑息。',
  '全年新增城镇就业3.2万人，城镇调查失业率控制在5.5%以内。',
];

/** A speech page of about `bytes` bytes: site shell, numbered sections of paragraphs, a related list, a footer. */
function generatedPage(bytes: number): string {
  const shell = (inner: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全市经济工作会议上的讲话_领导讲话_某市人民政府</title></head><body>
<div class="nav">${['首页', '政务公开', '政务服务', '互动交流', '走进本市'].map((t, i) => `<a href="/c${i}/">${t}</a>`).join('')}</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="main"><h1>在全市经济工作会议上的讲话</h1><div class="info">来源：市政府办公室　发布时间：2024-01-12　字号：[ 大 中 小 ]</div>
<div class="TRS_Editor">${inner}</div><div class="share">分享到：微信 微博</div></div>
<div class="side"><h3>相关链接</h3><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/l/${i}.html">在全市第${i + 1}次工作会议上的讲话</a></li>`).join('')}</ul></div>
<div class="footer">主办单位：某市人民政府办公室　版权所有　京ICP备00000000号</div></body></html>`;
  const parts: string[] = [];
  let size = shell('').length;
  for (let section = 1; size < bytes; section++) {
    const heading = `<p><strong>${section}. 第${section}部分工作安排</strong></p>`;
    parts.push(heading);
    size += Buffer.byteLength(heading);
    for (let p = 0; p < 8 && size < bytes; p++) {
      const text = Array.from({ length: 4 }, (_, k) => SENTENCES[(section + p + k) % SENTENCES.length]).join(
        '',
      );
      const para = `<p style="text-indent:2em">${text}</p>\n`;
      parts.push(para);
      size += Buffer.byteLength(para);
    }
  }
  return shell(parts.join(''));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Median times of the two engines on one page, their runs interleaved (A B A B …) so that a burst of load on
 * the machine, or a GC pause one engine leaves behind, falls on both sides rather than on one.
 */
function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  a(); // warm-up: JIT and lazily built regexps
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}

function main(argv: string[]): void {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 15;
  const pages: Page[] = [
    ...corpusPages(),
    ...[0.5, 1, 2].map((mb) => ({
      name: `generated-${mb}MB`,
      url: 'https://www.example.gov.cn/art/2024/1/12/art_1.html',
      doc: parseHtml(generatedPage(mb * 1024 * 1024)),
    })),
  ];
  const ratios: { name: string; ratio: number; extract: number; readability: number }[] = [];
  const width = Math.max(...pages.map((p) => p.name.length));
  for (const page of pages) {
    const [extract, readability] = timePair(
      () => extractSpeech(page.doc, page.url),
      () => new Readability(page.doc.cloneNode(true) as Document).parse(),
      runs,
    );
    const ratio = extract / readability;
    ratios.push({ name: page.name, ratio, extract, readability });
    console.log(
      `${page.name.padEnd(width)}  extract ${extract.toFixed(2)} ms  readability ${readability.toFixed(2)} ms  ratio ${ratio.toFixed(2)}`,
    );
  }
  const real = ratios.filter((r) => r.name.startsWith('real-'));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  console.log(
    `real pages: median ratio ${median(real.map((r) => r.ratio)).toFixed(2)}, ${real.filter((r) => r.ratio > 1).length} of ${real.length} above 1.0`,
  );
  console.log(`highest ratio: ${worst.ratio.toFixed(2)} (${worst.name})`);
  // The sums compare two checkouts on one machine better than ratios do: each page's noise is its own.
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0).toFixed(1);
  console.log(
    `real pages, sum of medians: extract ${sum(real.map((r) => r.extract))} ms, readability ${sum(real.map((r) => r.readability))} ms`,
  );
  console.log(`ratio extract/readability: ${median(ratios.map((r) => r.ratio)).toFixed(2)}`);
}

main(process.argv.slice(2));
