import { describe, expect, it } from 'vitest';
import { collectLines } from '../../../src/extract/dom/textLines';
import { COMMENTS_HEADER, findSectionLines } from '../../../src/extract/noise/sections';
import { page } from '../../helpers/parse';

describe('comment section headers', () => {
  it.each([
    '网友评论（4）',
    '網友評論(12)',
    '全部评论',
    '热门評論',
    '发表评论：',
    '评论区',
    'Comments (3)',
    '12 Comments',
    'Responses',
    '3 Responses',
    'One Response',
  ])('%s', (header) => {
    expect(COMMENTS_HEADER.test(header)).toBe(true);
  });
  it.each([
    '评论员文章要有理有据',
    '网友评论了很多，我们要认真回应。',
    'Comments on the budget are welcome until Friday.',
    'Response',
  ])('not %s', (line) => {
    expect(COMMENTS_HEADER.test(line)).toBe(false);
  });

  it('takes the header and what follows it in its block, not what precedes it', () => {
    const doc = page(
      '<div><p>正文最后一段，谢谢大家！</p><div><div>网友评论（2）</div><div>写得真好，学习了。</div><div>支持！</div></div></div><div>页脚</div>',
    );
    const lines = collectLines(doc.body);
    const found = findSectionLines(lines);
    expect(lines.filter((_, i) => found.has(i)).map((l) => l.text)).toEqual([
      '网友评论（2）',
      '写得真好，学习了。',
      '支持！',
    ]);
  });
  it('a toolbar’s "Responses" above the story’s own headline heads no section', () => {
    const doc = page(
      '<article><div class="bar"><h2>Responses</h2></div><div><h1>在全县大会上的讲话</h1><p>同志们：今天我们召开全县大会，部署今年的工作。</p><p>要坚持稳中求进，把各项任务落到实处。</p></div></article>',
    );
    expect(findSectionLines(collectLines(doc.body)).size).toBe(0);
  });
});

describe('a box of other articles under its header', () => {
  const para = (t: string) => `<p>${t}要把各项工作抓紧抓实抓好，确保取得实效。</p>`;
  it('takes the box when it is a list of linked titles with excerpts', () => {
    const doc = page(
      `<div class="article">${para('一')}${para('二')}</div><div class="more"><div class="hd">最新文章</div><ul><li><h3><a href="/1">甲文章标题在这里</a></h3><p>甲文章的开头一段文字，讲述了一件事情的来龙去脉。</p></li><li><h3><a href="/2">乙文章标题在这里</a></h3><p>乙文章的开头一段文字，讲述了另一件事情。</p></li></ul></div>`,
    );
    const lines = collectLines(doc.body);
    const found = findSectionLines(lines);
    expect(lines.filter((_, i) => found.has(i)).map((l) => l.text)).toEqual([
      '最新文章',
      '甲文章标题在这里',
      '甲文章的开头一段文字，讲述了一件事情的来龙去脉。',
      '乙文章标题在这里',
      '乙文章的开头一段文字，讲述了另一件事情。',
    ]);
  });
  it('leaves the text when the box the header stands in holds the article itself', () => {
    const doc = page(
      `<div id="content"><div id="spot"><h5>相關文章</h5></div><div class="post">${para('一')}${para('二')}</div></div>`,
    );
    const lines = collectLines(doc.body);
    expect([...findSectionLines(lines).keys()]).toEqual([0]);
  });
});
