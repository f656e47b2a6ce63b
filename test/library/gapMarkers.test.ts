import { describe, expect, it } from 'vitest';
import type { TruncationDetail } from '../../src/extract/types';
import { speechToMarkdown, speechToText } from '../../src/library/exchange/textFormats';
import { bodyWithMarkers, markedParagraphs } from '../../src/library/gapMarkers';
import { savedSpeech } from '../helpers/savedSpeech';

// Gold: a body written here with its gaps where a paywall cut it, and the markers a reader must see there.
const BODY = '一是召开会议传达精神。\n二是两次召开区委办、区政府办、区\n，加强领导和协调。\n三是改善条件。';
const gapAt = BODY.indexOf('\n，加强'); // the page's notice stood right after "区", at the line break
const gap = (offset: number, omitted = 706): TruncationDetail => ({
  kind: 'gap',
  omitted,
  offset,
  notice: '',
});
const stated: TruncationDetail = { kind: 'stated-length', total: 3926, shown: 1983, notice: '' };

describe('markers where the page did not show the text', () => {
  it('put a gap at a line break at the end of the paragraph it cut, before the text that resumes', () => {
    const paragraphs = markedParagraphs(BODY, { truncated: true, truncation: [gap(gapAt)] });
    expect(paragraphs[1]).toEqual([
      { text: '二是两次召开区委办、区政府办、区' },
      { marker: { kind: 'gap', omitted: 706 } },
    ]);
    expect(paragraphs[2]).toEqual([{ text: '，加强领导和协调。' }]);
    expect(paragraphs).toHaveLength(4);
  });

  it('put a gap inside a paragraph between its two halves, and a cut end after the last paragraph', () => {
    const mid = BODY.indexOf('区政府办');
    const text = bodyWithMarkers(BODY, { truncated: true, truncation: [gap(mid, 120), stated] });
    expect(text.split('\n')).toEqual([
      '一是召开会议传达精神。',
      '二是两次召开区委办、〔原页面此处省略约120字〕区政府办、区',
      '，加强领导和协调。',
      '三是改善条件。',
      '〔原页面到此为止，全文共3926字〕',
    ]);
  });

  it('say nothing for a whole text, and no end for a text whose only loss is a gap', () => {
    expect(bodyWithMarkers(BODY, { truncated: false, truncation: [] })).toBe(BODY);
    expect(bodyWithMarkers(BODY, { truncated: true, truncation: [gap(gapAt)] })).not.toContain('到此为止');
    expect(bodyWithMarkers(BODY, { truncated: true, truncation: [] }).endsWith('〔原页面到此为止〕')).toBe(
      true,
    );
  });

  it('are written into Markdown and text exports, never into the body', () => {
    const speech = savedSpeech({ body: BODY, truncated: true, truncation: [gap(gapAt), stated] });
    const md = speechToMarkdown(speech);
    expect(md).toContain('二是两次召开区委办、区政府办、区〔原页面此处省略约706字〕\n\n，加强领导和协调。');
    expect(md).toContain('〔原页面到此为止，全文共3926字〕');
    expect(speechToText(speech)).toContain('区〔原页面此处省略约706字〕\n，加强');
    expect(speech.body).toBe(BODY);
  });
});
