import { describe, expect, it } from 'vitest';
import { joinWrappedLines, type Paragraph } from '../../../src/extract/structure/paragraphs';

const para = (text: string): Paragraph => ({ text, standalone: false, afterGap: false });
const join = (lines: string[]) => joinWrappedLines(lines.map(para)).map((p) => p.text);

describe('hard-wrapped lines are joined', () => {
  it.each([
    [
      'simplified, full-width',
      [
        '今天，我们召开全市老干部工作会议，主要任务是学习贯彻中央和省委关于加强新时代离退休',
        '干部工作的部署要求。',
      ],
      [
        '今天，我们召开全市老干部工作会议，主要任务是学习贯彻中央和省委关于加强新时代离退休干部工作的部署要求。',
      ],
    ],
    [
      'traditional, half-width commas',
      [
        '近幾年來,漢南區政協在區委的領導下,認真貫徹黨中央、省市委關於加強新時期人民',
        '政協工作的一系列指示精神。',
      ],
      [
        '近幾年來,漢南區政協在區委的領導下,認真貫徹黨中央、省市委關於加強新時期人民政協工作的一系列指示精神。',
      ],
    ],
    [
      'a page break mid-sentence',
      [
        '同时也要看到，我们的工作与群众的期盼相比还有差距，我们必须切实把思想和行动统一到',
        '区委、区政府的决策部署上来。',
      ],
      [
        '同时也要看到，我们的工作与群众的期盼相比还有差距，我们必须切实把思想和行动统一到区委、区政府的决策部署上来。',
      ],
    ],
    [
      'a wrapped line that starts with 五、 out of sequence is a tail, not a heading',
      [
        '去年以来，在全市职工中，旗总工会广泛开展以“当好主力军、建功十一',
        '五、和谐奔小康”为主题的职工群众性经济技术创新活动。',
      ],
      [
        '去年以来，在全市职工中，旗总工会广泛开展以“当好主力军、建功十一五、和谐奔小康”为主题的职工群众性经济技术创新活动。',
      ],
    ],
    [
      'English, lower-case continuation',
      [
        'It is a privilege to stand before the Class of 2024, and to welcome the families who',
        'drove through snowstorms to be here.',
      ],
      [
        'It is a privilege to stand before the Class of 2024, and to welcome the families who drove through snowstorms to be here.',
      ],
    ],
  ])('%s', (_name, lines, want) => {
    expect(join(lines)).toEqual(want);
  });
});

describe('never across a heading or a finished sentence', () => {
  const lead = '各级党委要把老干部工作摆上重要位置，定期研究，切实解决老干部关心关注的问题，做到';
  it.each([
    ['一、', '一、提高政治站位'],
    ['（一）', '（一）强化企业创新主体地位'],
    ['(一)', '(一)认识要到位'],
    ['一是', '一是提高政治站位'],
    ['第一，', '第一，压实属地管理责任'],
    ['第一章', '第一章　总则'],
    ['第一条', '第一条　为了促进城市绿化事业发展，制定本条例。'],
    ['1.', '1.加强组织领导'],
    ['1、', '1、加强组织领导'],
    ['(1)', '(1)加强组织领导'],
  ])('%s', (_marker, heading) => {
    expect(join([lead, heading])).toEqual([lead, heading]);
  });

  it.each([
    ['。', '下面，我讲三点意见。'],
    ['！', '向大家表示衷心的感谢！'],
    ['：', '同志们：'],
    ['half-width . after CJK', '下面,我讲三点意见.'],
    ['English full stop', 'Please join me in thanking them.'],
    ['English question', 'How do we know that?'],
  ])('after %s', (_end, line) => {
    expect(join([line, '今天召开的会议非常重要，大家要认真领会。'])).toHaveLength(2);
  });

  it('a heading line is never continued', () => {
    expect(join(['二、突出抓好重点领域专项整治', '一是抓好危险化学品整治。'])).toHaveLength(2);
  });

  it('English capitalised line after an unfinished one starts a new paragraph', () => {
    expect(
      join(['What you carry with you', 'You will forget many of the facts you memorized here.']),
    ).toHaveLength(2);
  });
});
