import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Library, openLibrary } from '../../src/library';
import { corpusCapture } from '../helpers/corpusCapture';

// What sync asks of the library: what changed here, and versions from elsewhere merged in without losing or
// removing anything.

const fresh = (): Library => openLibrary('synced', { indexedDB: new IDBFactory(), IDBKeyRange });

async function savedIn(library: Library, name = 'seed-003-plain-speech') {
  const r = await library.save(corpusCapture(name), { tags: ['政协'] });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.speech;
}

describe('applySynced', () => {
  it('brings a speech from elsewhere in, listed and searchable, and does not count it as a change here', async () => {
    const a = fresh();
    const b = fresh();
    const speech = await savedIn(a);
    expect(await b.applySynced([speech])).toBe(1);
    expect((await b.list()).items.map((s) => s.id)).toEqual([speech.id]);
    const word = speech.body.slice(10, 14);
    expect((await b.search(word)).map((h) => h.speech.id)).toEqual([speech.id]);
    expect(await b.changedSince(0, 10)).toEqual([]);
    // The same version again changes nothing.
    expect(await b.applySynced([speech])).toBe(0);
  });

  it('merges an edit made here with one from elsewhere, and sends the merge on', async () => {
    const a = fresh();
    const b = fresh();
    const speech = await savedIn(a);
    await b.applySynced([speech]);
    const inA = await a.update(speech.id, { title: '甲改的标题' });
    await b.update(speech.id, { tags: ['政协', '乙加的标签'] });
    const before = (await b.changedSince(0, 10))[0]?.changedAt ?? 0;
    expect(await b.applySynced([inA])).toBe(1);
    const merged = await b.get(speech.id);
    expect(merged?.title).toBe('甲改的标题');
    expect(merged?.tags).toEqual(['政协', '乙加的标签']);
    // Not what the other side sent: it is to be sent back.
    expect((await b.changedSince(before, 10)).map((c) => c.speech.id)).toEqual([speech.id]);
  });

  it('moves a speech trashed elsewhere to the trash, and never brings in a trash it never had', async () => {
    const a = fresh();
    const b = fresh();
    const speech = await savedIn(a);
    const other = await savedIn(a, 'seed-002-xinwenmi-paywall');
    await b.applySynced([speech]);
    await a.trash([speech.id, other.id]);
    const trashed = await Promise.all([a.get(speech.id), a.get(other.id)]);
    await b.applySynced(trashed.flatMap((s) => (s ? [s] : [])));
    expect((await b.listTrash()).map((s) => s.id)).toEqual([speech.id]);
    expect(await b.get(other.id)).toBeUndefined();
  });

  it('adds excerpts it does not have and keeps its own', async () => {
    const a = fresh();
    const b = fresh();
    const speech = await savedIn(a);
    await b.applySynced([speech]);
    const ex = await a.addExcerpt(speech.id, speech.body.slice(0, 8));
    const mine = await b.addExcerpt(speech.id, speech.body.slice(2, 9));
    await b.applySynced([], [ex]);
    expect((await b.listExcerpts()).map((e) => e.id).sort()).toEqual([ex.id, mine.id].sort());
  });

  it('notes who saved a speech without counting it as a change', async () => {
    const a = fresh();
    const speech = await savedIn(a);
    const last = (await a.changedSince(0, 10))[0]?.changedAt ?? 0;
    await a.noteSavedBy([speech.id], { name: '张三 · 综合科', device: '办公室电脑' });
    expect((await a.get(speech.id))?.savedBy).toEqual({ name: '张三 · 综合科', device: '办公室电脑' });
    expect(await a.changedSince(last, 10)).toEqual([]);
  });

  it('keeps out an excerpt deleted here, and brings one back from a file on purpose', async () => {
    const a = fresh();
    const speech = await savedIn(a);
    const excerpt = await a.addExcerpt(speech.id, speech.body.slice(0, 12));
    const backup = await a.exportJson();
    await a.deleteExcerpt(excerpt.id);
    expect(await a.applySynced([], [excerpt])).toBe(0);
    expect(await a.listExcerpts()).toEqual([]);
    // Imported from a backup, the user wants it back: it is no longer a delete for sync to send.
    await a.importJson(backup);
    expect((await a.listExcerpts()).map((e) => e.id)).toEqual([excerpt.id]);
    expect(await a.deletedExcerpts()).toEqual([]);
  });

  it('deletes an excerpt deleted elsewhere, and keeps the delete', async () => {
    const a = fresh();
    const speech = await savedIn(a);
    const excerpt = await a.addExcerpt(speech.id, speech.body.slice(0, 12));
    expect(await a.applySynced([], [], [{ id: excerpt.id, deletedAt: 5 }])).toBe(1);
    expect(await a.listExcerpts()).toEqual([]);
    expect(await a.deletedExcerpts()).toEqual([{ id: excerpt.id, deletedAt: 5 }]);
    expect(await a.applySynced([], [excerpt])).toBe(0);
  });
});
