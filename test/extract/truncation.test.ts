import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { pagerPages } from '../../src/extract/stages/truncation';
import { page } from '../helpers/parse';

const LEAD = '（本台记者某某报道）今天上午，全县召开安全生产工作会议，部署今年的安全生产工作。';
const PARAS = [
  '会议指出，安全生产事关人民群众生命财产安全，事关改革发展稳定大局，必须常抓不懈。',
  '会议要求，各乡镇各部门要压实责任，深入开展隐患排查整治，坚决遏制重特大事故发生。',
  '会议强调，要加强应急值守，完善预案体系，做到早发现、早报告、早处置，守住安全底线。',
];

describe('a page that says it withholds the rest', () => {
  it.each([
    '您所浏览的新闻已过查询时效，请加入付费会员查看全文。',
    '本文为付费内容，开通正式会员后可阅读全文。',
  ])('keeps what it shows, even a lead alone, and says it is cut: %s', (notice) => {
    const doc = page(`<article><h1>全县召开安全生产工作会议</h1><p>${LEAD}</p><p>${notice}</p></article>`);
    const r = extractSpeech(doc, 'https://news.example.tw/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).toBe(LEAD);
    expect(r.truncated).toBe(true);
  });
});

describe('a page that states the whole length', () => {
  it.each([
    ['本文约1.2万字，下载后阅读完整内容', 12_000],
    ['全篇共三千余字，下载文档阅读全篇', 3000],
    ['全文共3926字，开通会员后可阅读全文', 3926],
  ])('%s: the total it states, and what is shown', (notice, total) => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>${notice}</p></div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncated).toBe(true);
    const shown = PARAS.join('').length;
    expect(r.truncation).toEqual([{ kind: 'stated-length', total, shown, notice }]);
  });
  it('is whole under a reading-time note, an estimate rounded up (本文约3000字，阅读约需8分钟)', () => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c"><p>（本文约3000字，阅读约需8分钟）</p>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncated).toBe(false);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('is whole when the stated length is what the page shows', () => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c"><p>本文约120字。</p>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncated).toBe(false);
  });
});

describe('an article split over pages', () => {
  it.each([
    ['< 1 2 3 4 5 6 7 > 在本页阅读全文', 7],
    ['共3页: 上一页 1 2 3 下一页', 3],
    ['首页 1 2 尾页', 2],
    ['上一頁 1 2 3 4 下一頁', 4],
  ])('%s has %i pages', (pager, pages) => {
    expect(pagerPages(pager)).toBe(pages);
  });
  it.each(['2024 1 2 3', '第1 2条', '1 3 5', '电话 1 2 3'])('not a pager: %s', (line) => {
    expect(pagerPages(line)).toBeUndefined();
  });
  it('marks the capture as showing one page of several', () => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div class="pages"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a></div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncated).toBe(true);
    expect(r.truncation).toEqual([{ kind: 'pages-left', pages: 2, notice: '1 2 3 下一页' }]);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('keeps a pager typed as text inside the text box out of the speech, and still reads it', () => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>1 2 3 下一页 尾页</p></div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.truncation).toEqual([{ kind: 'pages-left', pages: 2, notice: '1 2 3 下一页 尾页' }]);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
});

describe('a page that withholds the rest without a figure, or gives it as a share or a page count', () => {
  const capture = (notice: string) => {
    const doc = page(
      `<h1>关于安全生产工作的通知</h1><div class="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>${notice}</p></div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    return r;
  };
  const shown = PARAS.join('').length;
  it.each([
    '（篇幅所限，以下内容省略）',
    '……全文未完，登录后查看',
    '剩余内容已隐藏，支付5元即可查看全文',
    '內容過長，僅展示頭部和尾部部分文字預覽，全文請查看圖片預覽。',
    '限于篇幅，全文略。',
    '以下为付费内容',
    '以下內容僅對會員開放',
    '余下全文请下载',
    '登录后查看剩余内容',
  ])('%s: cut, and the notice is not text', (notice) => {
    const r = capture(notice);
    expect(r.body.split('\n')).toEqual(PARAS);
    expect(r.truncated).toBe(true);
    expect(r.truncation?.[0]?.kind).toBe('preview-cut');
  });
  it('查看剩余85%内容: the whole length worked out from the share left', () => {
    const r = capture('点击查看剩余85%内容');
    expect(r.body.split('\n')).toEqual(PARAS);
    expect(r.truncation?.[0]).toMatchObject({
      kind: 'stated-length',
      shown,
      total: Math.round(shown / 0.15),
    });
  });
  it.each([
    ['本文共5页，当前第1页', 4],
    ['第 1 页 / 共 3 页', 2],
  ])('%s: the pages not shown', (notice, pages) => {
    const r = capture(notice);
    expect(r.body.split('\n')).toEqual(PARAS);
    expect(r.truncation?.[0]).toMatchObject({ kind: 'pages-left', pages });
  });
  it('…… 此处隐藏1562字 ……: a gap of what it hides, where it stands', () => {
    const r = capture('…… 此处隐藏1562字 ……');
    expect(r.body.split('\n')).toEqual(PARAS);
    expect(r.truncation?.[0]).toMatchObject({ kind: 'gap', omitted: 1562 });
  });
  it('剩余约2000字: what is left, with its 约', () => {
    const r = capture('剩余约2000字，请下载后阅读');
    expect(r.truncation?.[0]).toMatchObject({ kind: 'stated-length', total: shown + 2000, shown });
  });
  it.each([
    '公司把收入的97%用于还贷，剩下3%维持公司运转，已经难以为继了。',
    '部分内容已折叠，点击展开',
    '各级领导干部要带头学习，其余同志结合实际参加。',
    '会员单位要按时缴纳会费，积极参加协会组织的各项活动，发挥示范带头作用。',
  ])('is whole when a sentence names a share, or the page only folds its text: %s', (line) => {
    const r = capture(line);
    expect(r.truncated).toBe(false);
  });
});
