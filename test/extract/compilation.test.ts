import { describe, expect, it } from 'vitest';
import { partMarker, splitCompilation } from '../../src/extract/structure/compilation';
import type { Paragraph } from '../../src/extract/structure/paragraphs';

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
  ])('%s', (line, n, title) => {
    expect(partMarker(line)).toEqual({ n, title });
  });

  it.each([
    '第一篇章要写好，这是全年工作的开局。',
    '这篇讲话稿一共分为三个部分。',
    '范文要结合实际修改，不能照搬照抄，这一点请大家注意。',
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
