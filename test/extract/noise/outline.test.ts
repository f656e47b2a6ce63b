import { describe, expect, it } from 'vitest';
import { collectLines } from '../../../src/extract/dom/textLines';
import { findOutlineLines } from '../../../src/extract/noise/outline';
import { page } from '../../helpers/parse';

/** Texts of the lines taken as outline in a page built from paragraphs. */
function outlineOf(paragraphs: string[]): string[] {
  const doc = page(paragraphs.map((p) => `<p>${p}</p>`).join(''));
  const lines = collectLines(doc.body);
  const found = findOutlineLines(lines);
  return lines.filter((_, i) => found.has(i)).map((l) => l.text);
}

const variants: { name: string; header: string; headings: string[] }[] = [
  { name: '目录, simplified', header: '目录', headings: ['一、总体要求', '二、重点任务', '三、保障措施'] },
  {
    name: '目　　录, spaced',
    header: '目　　录',
    headings: ['第一章　总则', '第二章　规划与建设', '第三章　附则'],
  },
  {
    name: '目錄/提綱, traditional',
    header: '目錄/提綱：',
    headings: ['一、貫徹落實情況', '二、存在的問題', '三、下一步打算'],
  },
  { name: '提纲:', header: '提纲:', headings: ['(一)认识要到位', '(二)措施要有力', '(三)作风要扎实'] },
];

describe('outline blocks', () => {
  for (const v of variants) {
    it(v.name, () => {
      const body = v.headings.flatMap((h) => [
        h,
        `${h.slice(2)}是做好工作的前提，我们必须高度重视，认真抓好落实。`,
      ]);
      const got = outlineOf([v.header, ...v.headings, ...body]);
      // The header and the repeated headings go; the real headings below stay.
      expect(got).toEqual([v.header, ...v.headings]);
    });
  }

  it('a page without a 目录 header has no outline, even with repeated lines', () => {
    expect(outlineOf(['一、总体要求', '正文第一段。', '一、总体要求', '正文第二段。'])).toEqual([]);
  });

  it('a sentence that mentions 目录 is no header', () => {
    expect(
      outlineOf([
        '目录管理要规范，清单之外不得增加审批事项，这是今年改革的重点。',
        '一、总体要求',
        '一、总体要求',
      ]),
    ).toEqual([]);
  });
});
