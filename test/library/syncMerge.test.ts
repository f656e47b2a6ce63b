import { describe, expect, it } from 'vitest';
import { mergeSynced, recordChanges, syncContent } from '../../src/library/syncMerge';
import type { Speech } from '../../src/library/types';
import { savedSpeech } from '../helpers/savedSpeech';

// Two machines edit one speech while apart; merging their versions must keep both people's work, give the
// same speech whichever side merges, and merge a version that simply follows another into that version.

const base = savedSpeech({ id: 's', createdAt: 100, updatedAt: 100, tags: ['政协'], notes: '原备注' });
const edit = (s: Speech, at: number, change: Partial<Speech>) =>
  recordChanges(s, { ...s, ...change, updatedAt: at }, at, 'edit');
const capture = (s: Speech, at: number, change: Partial<Speech>) =>
  recordChanges(s, { ...s, ...change, updatedAt: at }, at, 'capture');

/** merge(a, b) and merge(b, a) are the same speech, byte for byte. */
function mergeBothWays(a: Speech, b: Speech): Speech {
  const ab = mergeSynced(a, b);
  expect(syncContent(mergeSynced(b, a))).toBe(syncContent(ab));
  return ab;
}

describe('mergeSynced', () => {
  it('keeps a title edited on one machine and tags edited on the other', () => {
    const a = edit(base, 200, { title: '新标题' });
    const b = edit(base, 300, { tags: ['政协', '协商'] });
    const m = mergeBothWays(a, b);
    expect(m.title).toBe('新标题');
    expect(m.tags).toEqual(['政协', '协商']);
    expect(m.updatedAt).toBe(300);
    // Each edit kept what it replaced; nothing lost a merge, so nothing more is kept.
    expect(m.history?.map((h) => [h.field, h.value])).toEqual([
      ['tags', ['政协']],
      ['title', base.title],
    ]);
  });

  it.each([
    ['title', { title: '甲改的标题' }, { title: '乙改的标题' }],
    ['notes', { notes: '甲的备注' }, { notes: '乙的备注' }],
    ['tags', { tags: ['甲'] }, { tags: ['乙'] }],
    ['facts', { facts: { speaker: '甲' } }, { facts: { speaker: '乙' } }],
  ] as [keyof Speech, Partial<Speech>, Partial<Speech>][])(
    'the later edit of %s wins and the other stays in the history',
    (field, early, late) => {
      const a = edit(base, 200, early);
      const b = edit(base, 300, late);
      const m = mergeBothWays(a, b);
      expect(m[field]).toEqual(late[field]);
      const kept = m.history?.filter((h) => h.field === field).map((h) => h.value);
      expect(kept).toContainEqual(early[field]);
      expect(kept).toContainEqual(base[field]);
    },
  );

  it("keeps the user's edit over a later capture", () => {
    const a = edit(base, 200, { facts: { speaker: '张三' } });
    const b = capture(base, 900, { facts: { speaker: '页面上的名字' } });
    expect(mergeBothWays(a, b).facts).toEqual({ speaker: '张三' });
  });

  it('keeps the more complete text, even an older one, and the other text in the history', () => {
    const long = capture(base, 200, { body: `${base.body}还有很长的一段后文，页面上原来没有显示完整。` });
    const short = capture(base, 300, { body: '同志们：', truncated: true });
    const m = mergeBothWays(long, short);
    expect(m.body).toBe(long.body);
    expect(m.truncated).toBe(false);
    expect(m.history?.filter((h) => h.field === 'text').map((h) => h.value)).toContain('同志们：');
  });

  it('joins the sources, the last changed leading', () => {
    const src = (n: number) => ({
      url: `https://b.cn/${n}`,
      normalizedUrl: `https://b.cn/${n}`,
      site: `B${n}`,
      capturedAt: n,
    });
    const a = capture(base, 200, { sources: [...base.sources, src(1)] });
    const b = capture(base, 300, { sources: [src(2), ...base.sources] });
    const m = mergeBothWays(a, b);
    expect(m.sources.map((s) => s.site)).toEqual(['B2', '示例市政府', 'B1']);
  });

  it('moves to the trash and keeps a title edited meanwhile elsewhere', () => {
    const a = recordChanges(base, { ...base, deletedAt: 400 }, 400, 'edit');
    const b = edit(base, 300, { title: '乙改的标题' });
    const m = mergeBothWays(a, b);
    expect(m.deletedAt).toBe(400);
    expect(m.title).toBe('乙改的标题');
  });

  it('a restore after the trash wins over the trash', () => {
    const trashed = recordChanges(base, { ...base, deletedAt: 400 }, 400, 'edit');
    const { deletedAt: _d, ...live } = trashed;
    const restored = recordChanges(trashed, live, 500, 'edit');
    expect(mergeBothWays(trashed, restored).deletedAt).toBeUndefined();
  });

  it('merges a version into the one that followed it as that one: nothing to send back', () => {
    const next = edit(edit(base, 200, { title: '一改' }), 300, { tags: ['二改'] });
    expect(syncContent(mergeSynced(base, next))).toBe(syncContent(next));
    expect(syncContent(mergeSynced(next, base))).toBe(syncContent(next));
    const recaptured = capture(next, 400, { body: `${next.body}补全的后文。` });
    expect(syncContent(mergeSynced(next, recaptured))).toBe(syncContent(recaptured));
    expect(syncContent(mergeSynced(next, next))).toBe(syncContent(next));
  });

  it('keeps the history short, newest first', () => {
    let s = base;
    for (let i = 1; i <= 30; i++) s = edit(s, 100 + i, { title: `第${i}次` });
    expect(s.history).toHaveLength(20);
    expect(s.history?.[0]).toEqual({ field: 'title', value: '第29次', at: 129 });
  });

  it('keeps who saved the speech', () => {
    const a = { ...base, savedBy: { name: '张三 · 综合科', device: '办公室电脑' } };
    expect(mergeBothWays(a, edit(base, 200, { title: 'x' })).savedBy).toEqual(a.savedBy);
  });
});
