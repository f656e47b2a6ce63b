import { describe, expect, it } from 'vitest';
import { historyFrom, stampsFrom } from '../../src/library/exchange/validateStamps';

// Stamps and history from a file or a server are hostile input: only known fields in the library's shapes pass.
describe('stamps and history from outside', () => {
  it('keep the known fields with a time and a kind, and nothing else', () => {
    expect(
      stampsFrom({
        title: { at: 5, kind: 'edit' },
        tags: { at: -1, kind: 'edit' },
        notes: { at: 7, kind: 'admin' },
        password: { at: 1, kind: 'edit' },
        __proto__: { polluted: 1 },
      }),
    ).toEqual({ title: { at: 5, kind: 'edit' } });
    expect(stampsFrom('edit')).toBeUndefined();
  });

  it('keep history entries of known fields and plain, bounded values, at most twenty', () => {
    const ok = { field: 'title', value: '旧标题', at: 3 };
    const list = [
      ok,
      { field: 'password', value: 'x', at: 1 },
      { field: 'text', value: '长'.repeat(2_000_001), at: 2 },
      { field: 'facts', value: { speaker: '张三', nested: { deep: 1 } }, at: 4 },
      { field: 'tags', value: ['政协', '工会'], at: 5 },
      ...Array.from({ length: 30 }, (_, i) => ({ field: 'notes', value: `第${i}条`, at: 10 + i })),
    ];
    const kept = historyFrom(list) ?? [];
    expect(kept[0]).toEqual(ok);
    expect(kept[1]).toEqual({ field: 'tags', value: ['政协', '工会'], at: 5 });
    expect(kept.filter((h) => h.field === 'notes')).toHaveLength(15);
    expect(kept.some((h) => ['password', 'text', 'facts'].includes(h.field))).toBe(false);
    expect(historyFrom({ 0: ok })).toBeUndefined();
  });
});
