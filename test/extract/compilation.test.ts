import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { partMarker, splitCompilation } from '../../src/extract/structure/compilation';
import type { Paragraph } from '../../src/extract/structure/paragraphs';
import { page } from '../helpers/parse';

describe('part markers', () => {
  it.each([
    ['第一篇：在全县工作会议上的讲话', 1, '在全县工作会议上的讲话'],
    ['第2篇 在全區工作會議上的講話', 2, '在全區工作會議上的講話'],
    ['【第3篇】植樹節活動講話稿', 3, '植樹節活動講話稿'],
    ['篇一：开学典礼讲话', 1, '开学典礼讲话'],
    ['【篇二】', 2, ''],
    ['范文一：校长讲话', 1, '校长讲话'],
    ['範文2：', 2, ''],
    ['【范文3】教师代表发言', 3, '教师代表发言'],
    ['精选范文4：家长代表发言', 4, '家长代表发言'],
    ['例文五', 5, ''],
    ['区长在区委政协工作会议上的讲话篇1', 1, '区长在区委政协工作会议上的讲话篇1'],
    ['2024年个人述职报告范文一', 1, '2024年个人述职报告范文一'],
    ['年終工作總結範文2', 2, '年終工作總結範文2'],
    ['开学典礼致辞例文（三）', 3, '开学典礼致辞例文（三）'],
    ['在全县党建工作会议上的讲话（一）', 1, '在全县党建工作会议上的讲话（一）'],
    ['党建工作会议讲话稿(2)', 2, '党建工作会议讲话稿(2)'],
  ])('%s', (line, n, title) => {
    expect(partMarker(line)).toEqual({ n, title });
  });

  it.each([
    '第一篇章要写好，这是全年工作的开局。',
    '这篇讲话稿一共分为三个部分。',
    '范文要结合实际修改，不能照搬照抄，这一点请大家注意。',
    '请大家对照这篇范文一',
    '本次征文共收到范文3',
    '一、加强理论学习（一）',
    '要抓好工作落实（二）',
  ])('not %s', (line) => {
    expect(partMarker(line)).toBeNull();
  });
});

describe('splitting a compilation', () => {
  const p = (text: string): Paragraph => ({ text, standalone: false, afterGap: false });
  it('splits only at markers numbered 1, 2, 3… in order', () => {
    const split = splitCompilation(
      ['【第1篇】甲', '同志们：', '正文一。', '【第2篇】乙', '正文二。', '【第4篇】丁', '正文四。'].map(p),
    );
    expect(split?.parts.map((x) => x.title)).toEqual(['甲', '乙']);
    expect(split?.parts[1]?.paragraphs.map((x) => x.text)).toEqual(['正文二。', '【第4篇】丁', '正文四。']);
  });
  it('one marker is no compilation', () => {
    expect(splitCompilation(['第一篇：甲', '正文。'].map(p))).toBeNull();
  });
});

describe('a set of reports headed by numbered person and post lines', () => {
  it.each([
    ['1.王某某（党委书记、校长）', 1],
    ['2、李 明（副县长）', 2],
    ['3. 赵某（县委常委、组织部部长）', 3],
  ])('%s is part %i', (line, n) => {
    expect(partMarker(line)?.n).toBe(n);
  });
  it.each(['1.以身作则是做好工作的基础。', '2.完善制度（试行）', '3.王某某'])('not %s', (line) => {
    expect(partMarker(line)).toBeNull();
  });
});

describe('each part of a compilation carries its own completeness', () => {
  const part = (n: string, last: string) =>
    `<p>第${n}篇 在全县大会上的讲话</p><p>同志们：今天召开大会，部署全年重点工作，要把各项任务抓紧抓实抓好。</p><p>要坚持问题导向，压实工作责任，确保各项工作落地见效，取得实实在在的成效。</p><p>${last}</p>`;
  it('a finished part is whole though a later part is cut', () => {
    const doc = page(
      `<h1>全县大会讲话稿精选</h1><div id="c">${part('一', '谢谢大家！')}${part('二', '下一步，我们要在以下几个方面持续发力，一是要加强组织领导')}</div><div class="more">还剩5页未读，点击下载全文</div>`,
    );
    const r = extractSpeech(doc, 'https://fanwen.example.cn/d/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncated).toBe(true);
    expect(r.parts.map((p) => p.truncated)).toEqual([false, true]);
  });
  it('a part with a paywall gap inside is cut, the others whole', () => {
    const doc = page(
      `<h1>全县大会讲话稿精选</h1><div id="c">${part('一', '要狠抓落实……(…省略706字,正式会员可完整阅读)……确保完成全年目标。')}${part('二', '谢谢大家！')}</div>`,
    );
    const r = extractSpeech(doc, 'https://fanwen.example.cn/d/2.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.parts.map((p) => p.truncated)).toEqual([true, false]);
  });
});

describe('a compilation whose parts are headed 述职报告范文一, 述职报告范文二', () => {
  it('holds one part per heading, each titled by it', () => {
    const para = (k: string) =>
      `<p>${k}，本人认真履行岗位职责，坚持学习政治理论和业务知识，团结同志，较好地完成了各项工作任务。</p>`;
    const doc = page(
      `<h1>述职报告范文</h1><div id="c"><p>述职报告范文一</p>${para('一年来')}${para('在工作中')}<p>述职报告范文二</p>${para('今年以来')}${para('下一步')}</div>`,
    );
    const r = extractSpeech(doc, 'https://fanwen.example.cn/d/3.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.parts.map((p) => p.title)).toEqual(['述职报告范文一', '述职报告范文二']);
    expect(r.parts.map((p) => p.body.split('\n').length)).toEqual([2, 2]);
  });
});
