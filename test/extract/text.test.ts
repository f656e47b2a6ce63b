import { describe, expect, it } from 'vitest';
import { looksLikeProse, textWeight } from '../../src/extract/text';

describe('looksLikeProse', () => {
  it.each([
    '同志们，今天我们召开全县经济工作会议。',
    '一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅',
    '沿着古道一路向上 两旁竹林随风摇曳 不时传来鸟鸣声声',
  ])('running text: %s', (line) => {
    expect(looksLikeProse(line)).toBe(true);
  });
  it.each(['首页 新闻中心 政务公开 办事服务', '求真务实 创先争优 再铸辉煌', '在全县经济工作会议上的讲话'])(
    'a label or a title: %s',
    (line) => {
      expect(looksLikeProse(line)).toBe(false);
    },
  );
});

describe('textWeight', () => {
  it('counts a Chinese character one and an ASCII letter a third', () => {
    expect(textWeight('讲话稿')).toBe(3);
    expect(textWeight('speech 2024!')).toBe(2);
  });
  it.each([
    ['Cyrillic', 'Речь губернатора', 15 / 3],
    ['accented Latin', 'Déclaration élue', 15 / 3],
    ['Greek', 'Ομιλία', 6 / 3],
    ['Korean syllables', '연설문', 3],
    ['kana', 'ひらがなカタカナ', 8],
  ])('weighs the letters of %s too', (_name, text, weight) => {
    expect(textWeight(text)).toBeCloseTo(weight);
  });
  it('weighs neither signs nor digits', () => {
    expect(textWeight('× ÷ — 123 ·')).toBe(0);
  });
});
