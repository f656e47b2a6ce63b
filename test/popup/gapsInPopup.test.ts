import { describe, expect, it } from 'vitest';
import type { CaptureRecord, RemovedBlock, TruncationDetail } from '../../src/extract/types';
import { bodyWithMarkers } from '../../src/library/gapMarkers';
import { capturesToSave } from '../../src/popup/capturesToSave';
import { bodyWithRestored, gapsAfterRestore } from '../../src/popup/restoreRemoved';

// The popup keeps each gap where the page cut the text: through blocks put back, and into each part of a
// compilation saved on its own. Gold: bodies written here, the markers a reader must see.
const BODY = '第一段。\n第二段写到区\n，加强领导。\n第三段。';
const GAP: TruncationDetail = { kind: 'gap', omitted: 300, offset: BODY.indexOf('\n，加强'), notice: '' };
const block = (at: number, text: string): RemovedBlock =>
  ({ reason: 'site-notice', text, at }) as RemovedBlock;

describe('gaps in the popup', () => {
  it('move on with a block put back before them, and stay put for one put back after them', () => {
    const removed = [block(0, '插回的开头'), block(2, '插回的中间')];
    const restored = new Set([0, 1]);
    const body = bodyWithRestored(BODY, removed, restored);
    const truncation = gapsAfterRestore(BODY, removed, restored, [GAP]);
    expect(bodyWithMarkers(body, { truncated: true, truncation }).split('\n')).toEqual([
      '插回的开头',
      '第一段。',
      '第二段写到区〔原页面此处省略约300字〕',
      '插回的中间',
      '，加强领导。',
      '第三段。',
    ]);
  });

  it('save each part of a compilation with its own completeness', () => {
    const one = '甲篇正文，写完了。';
    const two = '乙篇正文写到区';
    const record = {
      title: '合集',
      body: `${one}\n${two}\n后面没有了`,
      parts: [
        { title: '甲', body: one, truncated: false },
        { title: '乙', body: two, truncated: true },
      ],
      truncated: true,
      truncation: [
        { kind: 'gap', omitted: 50, offset: one.length + 1 + two.length, notice: '' },
        { kind: 'stated-length', total: 900, shown: 400, notice: '' },
      ],
    } as CaptureRecord;
    const [a, b] = capturesToSave(record, { title: '合集', body: record.body, parts: [0, 1] });
    expect(a?.capture.truncated).toBe(false);
    expect(a?.capture.truncation).toEqual([]);
    expect(b?.capture.truncated).toBe(true);
    expect(b?.capture.truncation).toEqual([{ kind: 'gap', omitted: 50, offset: two.length, notice: '' }]);
    expect(bodyWithMarkers(b?.capture.body ?? '', b?.capture ?? record)).toBe(
      '乙篇正文写到区〔原页面此处省略约50字〕',
    );
  });
});
