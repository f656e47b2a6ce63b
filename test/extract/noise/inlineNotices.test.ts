import { describe, expect, it } from 'vitest';
import { cutInlineNotices, type InlineNotice, parseCount } from '../../../src/extract/noise/inlineNotices';

// [line as the page shows it, text left after cutting, what the notice states]
type Row = [line: string, left: string, notice: Partial<InlineNotice>];

const rows: Row[] = [
  // 省略N字 paywall gaps, with or without a site name and URL inside, both scripts and widths.
  [
    '兩次召開區委辦、區……(新文秘網http://jey722.cn省略706字,正式會員可完整閱讀)……,加強領導',
    '兩次召開區委辦、區,加強領導',
    { reason: 'paywall-notice', omitted: 706 },
  ],
  [
    '全面推行村务公开……（公文站省略1,024字，正式会员可完整阅读）……凡是涉及',
    '全面推行村务公开凡是涉及',
    { omitted: 1024 },
  ],
  ['要抓好落实【省略 58 字】确保实效', '要抓好落实确保实效', { omitted: 58 }],
  // 全文共N字，当前仅显示M字 tails.
  [
    '一律公開、接受監督。(未完，全文共3185字，當前僅顯示1126字，請閱讀下面提示信息。',
    '一律公開、接受監督。',
    { total: 3185, shown: 1126 },
  ],
  [
    '确保全年任务完成。（未完待续,全文共 5120 字,目前只能阅读前 1200 字）',
    '确保全年任务完成。',
    { total: 5120, shown: 1200 },
  ],
  ['做好各项工作。全文约4200字，您可预览2000字', '做好各项工作。', { total: 4200, shown: 2000 }],
  // The whole named 本文/全篇/文档, counts with units.
  ['本文共1.2万字，仅显示前2000字，下载后阅读全文', '', { total: 12000, shown: 2000 }],
  ['全篇共三千余字，当前仅显示一千字', '', { total: 3000, shown: 1000 }],
  ['（文檔共2萬字，目前只能閱讀前5000字）', '', { total: 20000, shown: 5000 }],
  // 未完 alone, 还剩N页, 试读结束.
  ['以更高标准推进教育事业发展。（未完）', '以更高标准推进教育事业发展。', { cut: true }],
  ['還剩3頁未讀，點擊繼續閱讀', '，點擊繼續閱讀', { pagesLeft: 3, cut: true }],
  ['剩余12页内容未读', '', { pagesLeft: 12 }],
  ['免费预览已结束，剩余 3 页可下载查看', '', { pagesLeft: 3, cut: true }],
  ['还有5页未读', '', { pagesLeft: 5 }],
  ['试读已结束，如需继续阅读请下载', '', { cut: true }],
  ['預覽結束，付費後可閱讀全文', '', { cut: true }],
  // Source and editor tails on a news copy's last paragraph.
  ['奋力开创高质量发展新局面。（来源：东江日报）', '奋力开创高质量发展新局面。', { reason: 'byline' }],
  ['讓我們攜手共建美麗家園！(責任編輯:王明)', '讓我們攜手共建美麗家園！', { reason: 'byline' }],
  // Site stamps spliced into the text.
  [
    '在市群团工作会议上的讲话www.xiexiebang.com【写写帮范文网】同志们',
    '在市群团工作会议上的讲话同志们',
    { reason: 'watermark' },
  ],
  ['https://fanwen.example.cn/a/1.html【范文先生网】今天召开', '今天召开', { reason: 'watermark' }],
];

// Prose that looks near these notices and must come through whole.
const untouched = [
  '全市共发生生产安全事故41起、死亡23人，同比分别下降18%。',
  '省略号要用六个点，这是标点符号用法的规定。',
  '会议全文共分三个部分，请大家认真学习。',
  '本文共分三个部分，约八千字，请大家认真学习。',
  '请登录www.gov.cn查询政策原文。',
  '我们的工作还没有结束，还剩最后一公里。',
  '这一经验（来源于基层的创造）值得推广。',
];

describe('inline notices', () => {
  it.each(rows)('%s', (line, left, notice) => {
    const cut = cutInlineNotices(line);
    expect(cut.text).toBe(left);
    expect(cut.notices.length).toBeGreaterThan(0);
    expect(
      cut.notices.some((n) => Object.entries(notice).every(([k, v]) => n[k as keyof InlineNotice] === v)),
    ).toBe(true);
  });

  it.each(untouched)('keeps %s', (line) => {
    expect(cutInlineNotices(line)).toEqual({ text: line, notices: [] });
  });
});

describe('counts as pages write them', () => {
  it.each([
    ['706', 706],
    ['1,024', 1024],
    ['1.2万', 12000],
    ['2千', 2000],
    ['三千余', 3000],
    ['两万', 20000],
    ['一千五百', 1500],
    ['十二', 12],
  ])('%s → %i', (raw, n) => {
    expect(parseCount(raw)).toBe(n);
  });

  it.each([
    ['前文……此处省略2千字，请下载全文', 2000],
    ['（…省略一千二百字，正式会员可完整阅读）', 1200],
  ])('a gap: %s', (line, omitted) => {
    expect(cutInlineNotices(line).notices[0]?.omitted).toBe(omitted);
  });

  it.each([
    ['要把各项工作抓紧抓实。剩余三千余字', 3000],
    ['要把各项工作抓紧抓实。以上为节选，剩余2000字开通VIP会员后可阅读全文', 2000],
    ['还有1.2万字未显示', 12000],
  ])('what is left: %s', (line, remaining) => {
    const cut = cutInlineNotices(line);
    expect(cut.notices[0]?.remaining).toBe(remaining);
    expect(cut.text).not.toMatch(/剩余|还有/);
  });
});
