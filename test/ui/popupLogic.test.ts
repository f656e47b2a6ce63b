// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureRecord, RemovedBlock } from '../../src/extract/types';
import { capturesToSave } from '../../src/popup/capturesToSave';
import { bodyWithRestored } from '../../src/popup/restoreRemoved';
import { truncationNotices, truncationSummary } from '../../src/popup/truncationSummary';
import { formatNumber, t, tn } from '../../src/ui/i18n';
import { genreLabel, levelLabel, removalLabel } from '../../src/ui/labels';

beforeEach(() => Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true }));

describe('truncationSummary', () => {
  it.each([
    [
      'stated length and one gap (新文秘网)',
      [
        { kind: 'stated-length', total: 3926, shown: 1983, notice: '(未完,全文共3926字,当前仅显示1983字' },
        { kind: 'gap', omitted: 706, offset: 3, notice: '……(…省略706字,正式会员可完整阅读)……' },
      ],
      '仅显示 1,983/3,926 字，中间省略 706 字。',
    ],
    [
      'two gaps',
      [
        { kind: 'gap', omitted: 300, offset: 1, notice: '省略300字' },
        { kind: 'gap', omitted: 200, offset: 5, notice: '省略200字' },
      ],
      '中间 2 处共省略 500 字。',
    ],
    ['pages left', [{ kind: 'pages-left', pages: 3, notice: '还剩3页未读' }], '还有 3 页没有显示。'],
    [
      'a preview cut before a download prompt',
      [{ kind: 'preview-cut', notice: '下载文档' }],
      '正文在句中中断，后面的内容需要下载。',
    ],
    ['truncated with no detail', [], '页面没有显示全文。'],
  ] as const)('%s', (_name, truncation, expected) => {
    expect(
      truncationSummary({ truncated: true, truncation: [...truncation] as CaptureRecord['truncation'] }),
    ).toBe(expected);
  });

  it('says nothing of a complete page, and lists each notice once', () => {
    expect(truncationSummary({ truncated: false, truncation: [] })).toBeUndefined();
    expect(
      truncationNotices({
        truncation: [
          { kind: 'preview-cut', notice: '下载文档' },
          { kind: 'pages-left', pages: 2, notice: '下载文档' },
        ],
      }),
    ).toEqual(['下载文档']);
  });
});

describe('bodyWithRestored', () => {
  const body = '第一段\n第二段\n第三段';
  const removed: RemovedBlock[] = [
    { reason: 'download-prompt', text: '下载文档', at: 0 },
    { reason: 'page-marker', text: '第1页 共2页', at: 2 },
    { reason: 'footer', text: '版权所有\nICP备', at: 3 },
    { reason: 'keywords', text: '关键词：政协', at: 2 },
  ];

  it('puts chosen blocks back where they stood, in page order', () => {
    expect(bodyWithRestored(body, removed, new Set([1, 3]))).toBe(
      '第一段\n第二段\n第1页 共2页\n关键词：政协\n第三段',
    );
    expect(bodyWithRestored(body, removed, new Set([0, 2]))).toBe(
      '下载文档\n第一段\n第二段\n第三段\n版权所有\nICP备',
    );
  });

  it('leaves the body alone when nothing is chosen, and clamps a position past the end', () => {
    expect(bodyWithRestored(body, removed, new Set())).toBe(body);
    expect(bodyWithRestored(body, [{ reason: 'footer', text: '页脚', at: 99 }], new Set([0]))).toBe(
      `${body}\n页脚`,
    );
  });
});

describe('capturesToSave', () => {
  const record = {
    title: '群团工作会议讲话(精选5篇)',
    body: '篇一\n正文一\n篇二\n正文二',
    parts: [
      { title: '篇一', body: '正文一' },
      { title: '篇二', body: '正文二' },
    ],
  } as CaptureRecord;

  it('saves the page as one speech with the edited title and body', () => {
    const [one, ...rest] = capturesToSave(record, { title: ' 我的标题 ', body: '改过的正文', parts: [] });
    expect(rest).toEqual([]);
    expect(one?.title).toBe('我的标题');
    expect(one?.capture.body).toBe('改过的正文');
  });

  it('saves each chosen part as a speech of its own', () => {
    const jobs = capturesToSave(record, { title: 'x', body: 'y', parts: [1] });
    expect(jobs.map((j) => [j.title, j.capture.body, j.capture.parts.length])).toEqual([
      ['篇二', '正文二', 1],
    ]);
  });

  it('falls back to the captured title when the field is emptied', () => {
    expect(capturesToSave(record, { title: '  ', body: 'y', parts: [] })[0]?.title).toBe(
      '群团工作会议讲话(精选5篇)',
    );
  });
});

describe('in English', () => {
  const english = () => Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
  afterEach(() => Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true }));

  it.each([
    [
      [
        { kind: 'stated-length', total: 3926, shown: 1983, notice: '(未完,全文共3926字,当前仅显示1983字' },
        { kind: 'gap', omitted: 706, offset: 3, notice: '……(…省略706字,正式会员可完整阅读)……' },
      ],
      'Only 1,983 of 3,926 characters shown; 706 characters left out in the middle.',
    ],
    [[{ kind: 'gap', omitted: 1, offset: 1, notice: '省略1字' }], '1 character left out in the middle.'],
    [[{ kind: 'pages-left', pages: 1, notice: '还剩1页未读' }], '1 more page not shown.'],
    [[{ kind: 'pages-left', pages: 3, notice: '还剩3页未读' }], '3 more pages not shown.'],
    [[], 'The page did not show the whole text.'],
  ] as const)('says what the page did not show: %j', (truncation, expected) => {
    english();
    expect(
      truncationSummary({ truncated: true, truncation: [...truncation] as CaptureRecord['truncation'] }),
    ).toBe(expected);
  });

  it("counts with plural forms and the locale's digits, and names codes in English", () => {
    english();
    expect([tn('removed', 1), tn('removed', 2), tn('libCount', 12_345)]).toEqual([
      '1 block removed',
      '2 blocks removed',
      '12,345 speeches',
    ]);
    expect(formatNumber(1983)).toBe('1,983');
    expect([removalLabel('footer'), genreLabel('致辞'), levelLabel('区')]).toEqual([
      'Site footer',
      'Address',
      'District level',
    ]);
    expect(t('lang')).toBe('en');
  });

  it('says the same in Chinese, with one form for every count', () => {
    expect([tn('removed', 1), tn('removed', 2), levelLabel('区'), t('lang')]).toEqual([
      '已去除 1 处',
      '已去除 2 处',
      '区级',
      'zh-CN',
    ]);
  });
});
