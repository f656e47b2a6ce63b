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
  ])('%s', (header) => {
    expect(COMMENTS_HEADER.test(header)).toBe(true);
  });
  it.each([
    '评论员文章要有理有据',
    '网友评论了很多，我们要认真回应。',
    'Comments on the budget are welcome until Friday.',
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
});
