import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Extracted, readCase, scoreOutput } from '../../scripts/corpusScore';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { findSiteModule, SITE_MODULES } from '../../src/extract/sites';
import { listCases } from '../helpers/corpusCases';
import { page, parseHtml } from '../helpers/parse';

const DIRS = [join(__dirname, '../fixtures/pages'), join(__dirname, '../fixtures/corpus')];
const ALL_DIRS = [...DIRS, join(__dirname, '../fixtures/real')];
const NEUTRAL = 'https://neutral.example/page.html';
const cases = DIRS.flatMap((dir) =>
  listCases(dir).map((id) => ({
    id,
    url: (JSON.parse(readFileSync(join(dir, id, 'case.json'), 'utf8')) as { url: string }).url,
  })),
);

describe('site modules', () => {
  // The convention: a module's id is the prefix of the fixture pages written for it (after real-/seed-N-), and
  // their URLs reach the module.
  for (const m of SITE_MODULES) {
    it(`${m.id} has a fixture on one of its hosts`, () => {
      const own = cases.filter((c) => c.id.replace(/^(?:real|seed-\d+)-/, '').startsWith(`${m.id}-`));
      expect(own.length).toBeGreaterThan(0);
      for (const c of own) expect(findSiteModule(c.url)?.id).toBe(m.id);
    });
  }

  // A module earns its place: on the fixtures of its hosts it never does worse than the generic path (the same
  // page moved to a host no module knows), and on at least one it does better.
  for (const m of SITE_MODULES) {
    it(`${m.id} changes a page of its hosts for the better, and none for the worse`, () => {
      let better = 0;
      for (const dir of ALL_DIRS) {
        for (const id of listCases(dir)) {
          const { spec, html, gold } = readCase(dir, id);
          if (findSiteModule(spec.url)?.id !== m.id) continue;
          const own = scoreOutput(id, spec, gold, extractSpeech(parseHtml(html), spec.url) as Extracted);
          const generic = scoreOutput(id, spec, gold, extractSpeech(parseHtml(html), NEUTRAL) as Extracted);
          expect(own.f1, id).toBeGreaterThanOrEqual(generic.f1);
          expect(own.problems.length, id).toBeLessThanOrEqual(generic.problems.length);
          if (own.f1 > generic.f1 || own.problems.length < generic.problems.length) better++;
        }
      }
      expect(better).toBeGreaterThan(0);
    });
  }

  it('a module lives in the file its id names', () => {
    for (const m of SITE_MODULES)
      expect(existsSync(join(__dirname, `../../src/extract/sites/${m.id}.ts`))).toBe(true);
  });

  it('content selectors name a class or an id, as siteRoot assumes', () => {
    for (const m of SITE_MODULES)
      for (const list of m.content)
        for (const selector of list.split(',')) expect(selector.trim(), m.id).toMatch(/^[.#][\w-]+$/);
  });

  it('ids are unique', () => {
    expect(new Set(SITE_MODULES.map((m) => m.id)).size).toBe(SITE_MODULES.length);
  });

  it('a module whose container no longer holds the text falls back to the generic path', () => {
    const speech = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>第${i + 1}段：全县上下要坚持稳中求进工作总基调，统筹发展和安全，确保各项目标任务圆满完成。</p>`,
    ).join('');
    const doc = page(
      `<h1>在全县工作会议上的讲话</h1><div class="TRS_Editor"><p>本页为转载内容，原文见下方，仅供参考。</p></div><div class="main-text">${speech}</div>`,
    );
    const r = extractSpeech(doc, 'http://www.example.gov.cn/art/1.html');
    if (isCaptureError(r)) throw new Error(r.error.message);
    expect(r.extractor).toBe('generic');
    expect(r.body).toContain('第6段');
  });

  it('the first selector that finds prose wins, even inside a later one holding more', () => {
    const para = (n: number) =>
      `<p>第${n}段：全县上下要坚持稳中求进工作总基调，统筹发展和安全，确保各项目标任务圆满完成。</p>`;
    const html = `<h1>在全县工作会议上的讲话</h1><div id="zoom"><div class="TRS_Editor">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para).join('')}</div>${[11, 12].map(para).join('')}</div>`;
    const gov = extractSpeech(page(html), 'http://www.example.gov.cn/art/1.html');
    const generic = extractSpeech(page(html), NEUTRAL);
    if (isCaptureError(gov) || isCaptureError(generic)) throw new Error('refused');
    expect(gov.extractor).toBe('gov');
    expect(gov.body).toContain('第10段');
    expect(gov.body).not.toContain('第11段');
    expect(generic.body).toContain('第12段');
  });

  it('hosts that only look alike do not match', () => {
    expect(findSiteModule('https://mp.weixin.qq.com.example.net/s/1')).toBeUndefined();
    expect(findSiteModule('https://www.notgov.cn/a.html')).toBeUndefined();
  });
});

describe('a short WeChat post', () => {
  it('is captured from its text box even in short unpunctuated display lines', () => {
    const lines = [
      '两会',
      '春天的盛会',
      '各族代表齐聚北京',
      '共商国是',
      '共谋发展',
      '新时代',
      '新气象',
      '新作为',
      '奋进新征程',
      '建功新时代',
      '携手向未来',
      '同心创伟业',
    ];
    const doc = page(
      `<h2 id="activity-name">石榴花开</h2><div id="js_content">${lines.map((l) => `<p style="text-align:center">${l}</p>`).join('')}<p>${lines.join('，')}。</p></div>`,
    );
    const r = extractSpeech(doc, 'https://mp.weixin.qq.com/s/abc');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n').slice(0, 12)).toEqual(lines);
  });
});
