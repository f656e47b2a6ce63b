// @vitest-environment happy-dom

import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { exportFileName, safeFileName, safeHref } from '../../src/librarypage/fileNames';
import { outlineOf } from '../../src/librarypage/outline';
import { watchSearchInput } from '../../src/librarypage/searchInput';
import { visibleRange } from '../../src/librarypage/virtualList';
import { Highlighted } from '../../src/ui/Highlighted';

describe('watchSearchInput', () => {
  it('waits out a pinyin composition and searches once, for the characters chosen', () => {
    vi.useFakeTimers();
    const input = document.createElement('input');
    const queries: string[] = [];
    watchSearchInput(input, (q) => queries.push(q), 150);
    input.dispatchEvent(new CompositionEvent('compositionstart'));
    for (const partial of ['z', 'zh', 'zhe', 'zheng', 'zhengx', 'zhengxie']) {
      input.value = partial;
      input.dispatchEvent(new InputEvent('input', { isComposing: true }));
      vi.advanceTimersByTime(200);
    }
    input.value = '政协';
    input.dispatchEvent(new CompositionEvent('compositionend'));
    vi.advanceTimersByTime(200);
    expect(queries).toEqual(['政协']);
    vi.useRealTimers();
  });

  it('debounces plain typing', () => {
    vi.useFakeTimers();
    const input = document.createElement('input');
    const queries: string[] = [];
    watchSearchInput(input, (q) => queries.push(q), 150);
    for (const v of ['a', 'ab', 'abc ']) {
      input.value = v;
      input.dispatchEvent(new InputEvent('input'));
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(200);
    expect(queries).toEqual(['abc']);
    vi.useRealTimers();
  });
});

describe('highlighted', () => {
  it('marks the ranges and keeps markup in captured text as text', () => {
    const box = document.createElement('div');
    render(<Highlighted text="<img src=x onerror=alert(1)>加强民主监督" ranges={[[30, 34]]} />, box);
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('mark')?.textContent).toBe('民主监督');
    expect(box.textContent).toBe('<img src=x onerror=alert(1)>加强民主监督');
  });

  it('ignores ranges that overlap or fall outside the text', () => {
    const box = document.createElement('div');
    render(
      <Highlighted
        text="政协协商"
        ranges={[
          [0, 2],
          [1, 3],
          [3, 99],
        ]}
      />,
      box,
    );
    expect([...box.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['政协']);
    expect(box.textContent).toBe('政协协商');
  });
});

describe('outlineOf', () => {
  it('finds 一、 and （一） headings, not sentences that start alike', () => {
    const body = [
      '同志们：',
      '一、充分认识做好政协工作的重要意义',
      '（一）提高政治站位',
      '(二)突出工作重点',
      '一、二两项工作要同步推进，各部门要密切配合，形成工作合力，确保各项任务按时完成，取得实效，让群众满意。',
      '第二章 组织机构',
      '二、加强组织领导',
    ].join('\n');
    expect(outlineOf(body).map((o) => [o.paragraph, o.level])).toEqual([
      [1, 1],
      [2, 2],
      [3, 2],
      [5, 1],
      [6, 1],
    ]);
  });
});

describe('small helpers', () => {
  it('renders only the rows in view, with a margin', () => {
    expect(visibleRange(0, 800, 80, 10_000)).toEqual({ first: 0, last: 18 });
    expect(visibleRange(80_000, 800, 80, 10_000)).toEqual({ first: 992, last: 1018 });
    expect(visibleRange(799_000, 800, 80, 10_000)).toEqual({ first: 9979, last: 10_000 });
  });

  it('links only http(s) sources', () => {
    expect(safeHref('https://www.gov.cn/a.html')).toBe('https://www.gov.cn/a.html');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('names exports by day, and a single speech by its title', () => {
    expect(exportFileName('json', new Date(2026, 10, 5))).toBe('gaoku-20261105.json');
    expect(safeFileName('关于“十四五”规划的讲话: 上/下篇?')).toBe('关于“十四五”规划的讲话 上 下篇');
    expect(safeFileName('../../etc')).toBe('.. .. etc');
    expect(safeFileName('<>')).toBe('gaoku');
  });
});

describe('renderStats', () => {
  it('draws totals and bars scaled to the largest value, labels as text', async () => {
    const { StatsView } = await import('../../src/librarypage/components/StatsPanel');
    Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
    const box = document.createElement('div');
    render(
      <StatsView
        stats={{
          speeches: 3,
          characters: 12_345,
          truncated: 1,
          byTag: [
            { tag: '政协', count: 2 },
            { tag: '<b>工会</b>', count: 1 },
          ],
          bySite: [{ site: '新文秘网', count: 3 }],
          byYear: [{ year: 2026, count: 3 }],
          yearFrom: { speech: 1, page: 0, saved: 2 },
        }}
      />,
      box,
    );
    expect(box.querySelector('.stats-totals')?.textContent).toBe('共 3 篇，12,345 字，其中 1 篇不完整。');
    const tagBars = [...box.querySelectorAll<HTMLElement>('[data-chart="tag"] .stats-bar')].map(
      (b) => b.style.width,
    );
    expect(tagBars).toEqual(['100%', '50%']);
    expect(box.querySelector('b')).toBeNull();
    expect(box.querySelector('[data-chart="year"] .stats-label')?.textContent).toBe('2026');
    expect(box.querySelector('[data-chart="year"] .stats-note')?.textContent).toBe(
      '按讲话日期；无日期的按网页日期或收藏日期（讲话日期 1 篇，网页日期 0 篇，收藏日期 2 篇）',
    );
  });
});
