import { describe, expect, it } from 'vitest';
import { recurringPinyinNotes, stripPinyinNotes } from '../../../src/extract/repair/pinyin';
import { repairQuotes } from '../../../src/extract/repair/quotes';
import { tidySpaces } from '../../../src/extract/repair/whitespace';

describe('pinyin debris', () => {
  it.each([
    ['三區(qū)政協主席', '三區政協主席'],
    ['發(fā)展經濟', '發展經濟'],
    ['全区(qū)经济发(fā)展', '全区经济发展'],
    ['县(xiàn)委书记', '县委书记'],
    ['重(zhòng)要讲话', '重要讲话'],
    ['綠(lǜ)色發展', '綠色發展'],
    ['參( cān )加會議', '參加會議'],
  ])('%s → %s', (input, output) => {
    expect(stripPinyinNotes(input)).toBe(output);
  });

  it('takes a full-width note only when it recurs on the page: an editor’s note for a rare character stays', () => {
    const page = ['全（quán）面推进改革', '全（quán）体党员'];
    const recurring = recurringPinyinNotes(page);
    expect(page.map((t) => stripPinyinNotes(t, recurring))).toEqual(['全面推进改革', '全体党员']);
    const note = '华夏儿女以八佾（yì）雅乐之仪';
    expect(stripPinyinNotes(note, recurringPinyinNotes([note]))).toBe(note);
  });

  it.each([
    '国内生产总值(GDP)增长5.2%',
    '世界贸易组织(WTO)规则',
    '他的名字是王(wang)',
    '人工智能(AI)赋能千行百业',
    'Remarks (as delivered)',
  ])('keeps %s', (input) => {
    expect(stripPinyinNotes(input)).toBe(input);
  });
});

describe('mis-encoded quotes', () => {
  it.each([
    ['‚十一五‛规划', '“十一五”规划'],
    ['‚瞄准三年发展目标,争当自强沿海人‛的活动主题', '“瞄准三年发展目标,争当自强沿海人”的活动主题'],
    ['„两不愁三保障‟', '“两不愁三保障”'],
    ['堅持‚四個全面‛戰略佈局', '堅持“四個全面”戰略佈局'],
  ])('%s → %s', (input, output) => {
    expect(repairQuotes(input)).toBe(output);
  });

  it('keeps quotes that are right', () => {
    expect(repairQuotes('“放管服”改革与「微腐敗」問題')).toBe('“放管服”改革与「微腐敗」問題');
  });
});

describe('spaces', () => {
  it.each([
    ['　　同志们：', '同志们：'],
    ['县委副书记、县长　周立新', '县委副书记、县长周立新'],
    ['全 面 推 进', '全面推进'],
    ['Thank  you,\u00a0Chair.', 'Thank you, Chair.'],
    ['增长 12.3% ，高于全国', '增长 12.3%，高于全国'],
    ['　　第一条　为了规范物业 管理活动', '第一条 为了规范物业管理活动'],
    ['第二章  业主及业主组织', '第二章 业主及业主组织'],
    ['第十二條 本條例自公布之日起施行', '第十二條 本條例自公布之日起施行'],
    ['依照第三条 规定执行', '依照第三条规定执行'],
  ])('%j → %j', (input, output) => {
    expect(tidySpaces(input)).toBe(output);
  });
});
