import { describe, expect, it } from 'vitest';
import { speechFacts, statedDate } from '../../src/facts/speechFacts';

describe('speechFacts', () => {
  it.each([
    [
      'meeting, date line and speaker line',
      '在全市政协工作会议上的讲话',
      '市委书记 张三\n（2012年3月9日）\n同志们：\n今天召开全市政协工作会议。',
      {
        occasion: '全市政协工作会议',
        date: '2012-03-09',
        speaker: '张三',
        post: '市委书记',
        genre: '讲话',
        level: '市',
      },
    ],
    [
      'a speaker line of its own under the title, with two posts',
      '在2019年教师节表彰大会上的讲话',
      '县第一中学党委书记、校长王琛\n老师们、同学们：\n今天我们隆重集会。',
      {
        occasion: '2019年教师节表彰大会',
        speaker: '王琛',
        post: '县第一中学党委书记、校长',
        genre: '讲话',
      },
    ],
    [
      'a post and name in the title',
      '县长李四在全县安全生产工作会议上的讲话',
      '同志们：今天的会议很重要。',
      { occasion: '全县安全生产工作会议', speaker: '李四', post: '县长', genre: '讲话', level: '县' },
    ],
    [
      'a greeting with a date in Chinese numerals',
      '在2023年新春团拜会上的致辞',
      '二〇二三年一月十八日\n尊敬的各位来宾：',
      { occasion: '2023年新春团拜会', date: '2023-01-18', genre: '致辞' },
    ],
    ['a party lesson', '乡镇党委书记专题党课讲稿', '同志们：', { genre: '党课', level: '乡镇' }],
    [
      'a traditional-script report',
      '三區政協主席秘書長聯席會交流材料',
      '近幾年來，漢南區政協在區委的領導下。',
      { genre: '汇报', level: '区' },
    ],
    ['nothing stated', '关于加强作风建设的几点思考', '作风建设是永恒课题。', {}],
    [
      'a speech read at an event by the provincial governor',
      '在第十届全省职工运动会开幕式上的致辞',
      '——副省长 王五\n各位运动员：',
      { occasion: '第十届全省职工运动会开幕式', speaker: '王五', post: '副省长', genre: '致辞', level: '省' },
    ],
  ])('%s', (_name, title, body, expected) => {
    expect(speechFacts(title, body)).toEqual(expected);
  });

  it.each([
    ['（2012年3月9日）', '2012-03-09'],
    ['(2019年12月31日)', '2019-12-31'],
    ['二〇一九年十二月三十一日', '2019-12-31'],
    ['2019 年 1 月 5 日', '2019-01-05'],
    ['2019年13月5日', undefined],
    ['会议于今年召开', undefined],
  ])('statedDate(%s)', (text, date) => {
    expect(statedDate(text)).toBe(date);
  });
});

describe('speechFacts in Traditional script and with a year before the post', () => {
  it.each([
    [
      '市長王六在全市科技創新大會上的講話',
      '同志們：',
      { occasion: '全市科技創新大會', post: '市長', speaker: '王六', genre: '讲话', level: '市' },
    ],
    [
      '在全鎮黨風廉政建設工作會議上的講話',
      '同志們：',
      { occasion: '全鎮黨風廉政建設工作會議', genre: '讲话', level: '乡镇' },
    ],
    [
      '2023年区长在区委政协工作会议上的致辞',
      '同志们：',
      { occasion: '区委政协工作会议', post: '区长', genre: '致辞', level: '区' },
    ],
  ])('%s', (title, body, expected) => {
    expect(speechFacts(title, body)).toEqual(expected);
  });
});
