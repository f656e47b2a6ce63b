import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { generateSpeech } from '../../scripts/bench-library/generate';
import { type Library, openLibrary } from '../../src/library';
import type { Speech } from '../../src/library/types';
import { COMPACT_EVERY_MS, compactIfDue, SyncEngine } from '../../src/sync/engine';
import type { Db } from '../../src/sync/pouch';
import { corpusCapture } from '../helpers/corpusCapture';
import { memoryDb } from './memoryPouch';

// Two browsers (a library and a replica each) and one server database, all in memory: the engine's push and
// pull around PouchDB's own replication, as the extension runs them.

interface Client {
  library: Library;
  replica: Db;
  engine: SyncEngine;
}

function client(name: string): Client {
  const library = openLibrary(name, { indexedDB: new IDBFactory(), IDBKeyRange });
  const replica = memoryDb(name);
  return { library, replica, engine: new SyncEngine(library, replica, { name, device: `${name}的电脑` }) };
}

/** One round as `syncOnce` does it: push, replicate both ways, pull. */
async function round(c: Client, server: Db): Promise<void> {
  await c.engine.push();
  await c.replica.sync(server);
  if ((await c.engine.pull()).resolved > 0) await c.replica.sync(server);
}

async function saved(c: Client, name = 'seed-003-plain-speech') {
  const r = await c.library.save(corpusCapture(name), { tags: ['政协'] });
  if (r.status !== 'saved') throw new Error('not saved');
  return r.speech;
}

async function openConflicts(db: Db): Promise<number> {
  const all = await db.allDocs({ include_docs: true, conflicts: true });
  return all.rows.filter((r) => (r.doc as { _conflicts?: string[] } | null)?._conflicts?.length).length;
}

/** An excerpt saved in A and synced to B. */
async function excerptOnBoth() {
  const server = memoryDb('server');
  const [a, b] = [client('a'), client('b')];
  const speech = await saved(a);
  const excerpt = await a.library.addExcerpt(speech.id, speech.body.slice(0, 12));
  await round(a, server);
  await round(b, server);
  return { server, a, b, excerpt };
}

describe('SyncEngine', () => {
  it('brings a speech saved in A into B, with who saved it, and sends nothing twice', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    await round(a, server);
    await round(b, server);
    expect((await b.library.list()).items.map((s) => s.id)).toEqual([speech.id]);
    expect((await b.library.get(speech.id))?.savedBy).toEqual({ name: 'a', device: 'a的电脑' });
    expect((await a.library.get(speech.id))?.savedBy).toEqual({ name: 'a', device: 'a的电脑' });
    expect(await b.engine.push()).toBe(0);
    expect(await a.engine.push()).toBe(0);
  });

  it('keeps a title edited in A and tags edited in B, on both and on the server, with no conflict left', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    await round(a, server);
    await round(b, server);
    await a.library.update(speech.id, { title: '甲改的标题' });
    await b.library.update(speech.id, { tags: ['政协', '乙加的标签'] });
    await round(a, server);
    await round(b, server);
    await round(a, server);
    for (const c of [a, b]) {
      const s = await c.library.get(speech.id);
      expect(s?.title).toBe('甲改的标题');
      expect(s?.tags).toEqual(['政协', '乙加的标签']);
    }
    expect(await openConflicts(server)).toBe(0);
    expect(await openConflicts(a.replica)).toBe(0);
  });

  it('resolves the same field edited on both sides the same way everywhere, keeping the other in history', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    await round(a, server);
    await round(b, server);
    await a.library.update(speech.id, { notes: '甲的备注' });
    await new Promise((r) => setTimeout(r, 5));
    await b.library.update(speech.id, { notes: '乙的备注' });
    await round(a, server);
    await round(b, server);
    await round(a, server);
    const [inA, inB] = await Promise.all([a.library.get(speech.id), b.library.get(speech.id)]);
    expect(inA?.notes).toBe('乙的备注');
    expect(inB?.notes).toBe('乙的备注');
    expect(inA?.history?.map((h) => h.value)).toContain('甲的备注');
    expect(await openConflicts(server)).toBe(0);
  });

  it('moves a speech deleted in A to the trash in B, and removes nothing the server lacks', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    await round(a, server);
    await round(b, server);
    await a.library.trash([speech.id]);
    await round(a, server);
    await round(b, server);
    expect((await b.library.listTrash()).map((s) => s.id)).toEqual([speech.id]);
    // A server that lost everything (a restart in memory) takes it all back and nothing goes here.
    const empty = memoryDb('server');
    const own = await saved(b, 'seed-002-xinwenmi-paywall');
    await round(b, empty);
    expect((await b.library.get(own.id))?.title).toBe(own.title);
    expect((await empty.info()).doc_count).toBe(2);
  });

  it('brings in a version that replication brought before a local edit was pushed over it', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    await round(a, server);
    await round(b, server);
    await a.library.update(speech.id, { title: '甲改的标题' });
    await round(a, server);
    await b.library.update(speech.id, { tags: ['乙加的标签'] });
    // A's title is in B's replica, not yet in its library, when B's push writes its tags on top of it.
    await b.replica.sync(server);
    await b.engine.push();
    await b.engine.pull();
    const inB = await b.library.get(speech.id);
    expect([inB?.title, inB?.tags]).toEqual(['甲改的标题', ['乙加的标签']]);
  });

  it('carries excerpts both ways', async () => {
    const { b, excerpt } = await excerptOnBoth();
    expect((await b.library.listExcerpts()).map((e) => e.text)).toEqual([excerpt.text]);
  });

  it('deletes in B an excerpt deleted in A, and no round brings it back in A', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    const kept = await a.library.addExcerpt(speech.id, speech.body.slice(0, 12));
    const gone = await a.library.addExcerpt(speech.id, speech.body.slice(12, 30));
    await round(a, server);
    await round(b, server);
    expect((await b.library.listExcerpts()).length).toBe(2);
    await a.library.deleteExcerpt(gone.id);
    await round(a, server);
    await round(b, server);
    await round(a, server);
    for (const c of [a, b]) expect((await c.library.listExcerpts()).map((e) => e.id)).toEqual([kept.id]);
    // B, which has never deleted anything itself, sends nothing back.
    expect(await b.engine.push()).toBe(0);
  });

  it('keeps an excerpt deleted here out when a copy from before the delete arrives', async () => {
    const { server, a, b, excerpt } = await excerptOnBoth();
    // B deletes it while A has not synced since; then A's stale replica version meets B's delete.
    await b.library.deleteExcerpt(excerpt.id);
    await round(b, server);
    await round(a, server);
    expect(await a.library.listExcerpts()).toEqual([]);
    expect(await b.library.listExcerpts()).toEqual([]);
  });

  it('resolves an excerpt deleted on both machines at once, leaving no conflict', async () => {
    const { server, a, b, excerpt } = await excerptOnBoth();
    await a.library.deleteExcerpt(excerpt.id);
    await b.library.deleteExcerpt(excerpt.id);
    await round(a, server);
    await round(b, server);
    await round(a, server);
    expect(await openConflicts(server)).toBe(0);
    for (const c of [a, b]) expect(await c.library.listExcerpts()).toEqual([]);
  });

  it('offers for merging one speech two colleagues saved from two sites, and the merge reaches both', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const capture = corpusCapture('seed-003-plain-speech');
    // A's site showed three quarters of it; B's the whole.
    const shown = capture.body.slice(0, Math.floor(capture.body.length * 0.75));
    const first = await a.library.save({ ...capture, body: shown, truncated: true }, { tags: ['政协'] });
    const second = await b.library.save(
      { ...capture, url: 'https://www.xiexiebang.com/a/123.html' },
      { tags: ['讲话'], notes: '乙的备注' },
    );
    if (first.status !== 'saved' || second.status !== 'saved') throw new Error('not saved');
    await round(a, server);
    await round(b, server);
    await round(a, server);
    const [pairInB] = await b.library.duplicatePairs();
    const [pairInA] = await a.library.duplicatePairs();
    // The same pair on both machines, keeping the copy saved first.
    expect(pairInB?.id).toBe(`${first.speech.id}|${second.speech.id}`);
    expect(pairInA?.id).toBe(pairInB?.id);
    expect(pairInB?.kind).toBe('near-text');
    expect(pairInB?.other.savedBy).toEqual({ name: 'b', device: 'b的电脑' });

    const merged = await b.library.mergeDuplicatePair(pairInB?.id ?? '');
    expect(merged.id).toBe(first.speech.id);
    // The fuller copy's text, both pages as sources, both people's tags and notes.
    expect([merged.body, merged.truncated]).toEqual([capture.body, capture.truncated]);
    expect(merged.sources.map((s) => s.url)).toEqual([capture.url, 'https://www.xiexiebang.com/a/123.html']);
    expect(merged.tags).toEqual(['政协', '讲话']);
    expect(merged.notes).toBe('乙的备注');
    await round(b, server);
    await round(a, server);
    for (const c of [a, b]) {
      expect((await c.library.list()).items.map((s) => s.id)).toEqual([first.speech.id]);
      expect((await c.library.listTrash()).map((s) => s.id)).toEqual([second.speech.id]);
      expect((await c.library.get(first.speech.id))?.tags).toEqual(['政协', '讲话']);
      expect(await c.library.duplicatePairs()).toEqual([]);
    }
    expect(await openConflicts(server)).toBe(0);
  });

  it('does not offer copies one person kept apart on one machine, nor a pair once kept apart', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const capture = corpusCapture('seed-003-plain-speech');
    await a.library.save(capture);
    await a.library.save({ ...capture, url: 'https://www.xiexiebang.com/a/1.html' }, { force: true });
    await round(a, server);
    await round(b, server);
    expect(await b.library.duplicatePairs()).toEqual([]);
    // A third copy by someone else is offered; kept apart, it is not offered again.
    const c = client('c');
    await c.library.save({ ...capture, url: 'https://www.wenmi.com/2.html' }, { force: true });
    await round(c, server);
    await round(b, server);
    const pairs = await b.library.duplicatePairs();
    expect(pairs.length).toBe(1);
    await b.library.keepDuplicatePair(pairs[0]?.id ?? '');
    await round(b, server);
    expect(await b.library.duplicatePairs()).toEqual([]);
    expect((await b.library.list()).total).toBe(3);
  });

  it('compacts the replica once a day: old revisions lose their text, the current one and the sync state stay', async () => {
    const server = memoryDb('server');
    const a = client('a');
    const speech = await saved(a);
    await round(a, server);
    const docId = `speech:${speech.id}`;
    const firstRev = ((await a.replica.get(docId)) as { _rev: string })._rev;
    await a.library.update(speech.id, { title: '改过一次' });
    await round(a, server);
    // Before compaction the replica still holds the old revision's whole text.
    expect(((await a.replica.get(docId, { rev: firstRev })) as { speech: Speech }).speech.body).toBe(
      speech.body,
    );
    // The first sync of a replica starts the day: a new replica holds one revision of each document.
    const now = Date.now();
    expect(await compactIfDue(a.replica, now)).toBe(false);
    expect(((await a.replica.get(docId, { rev: firstRev })) as { speech: Speech }).speech.body).toBe(
      speech.body,
    );
    expect(await compactIfDue(a.replica, now + COMPACT_EVERY_MS - 1)).toBe(false);
    expect(await compactIfDue(a.replica, now + COMPACT_EVERY_MS)).toBe(true);
    await expect(a.replica.get(docId, { rev: firstRev })).rejects.toMatchObject({ status: 404 });
    expect(((await a.replica.get(docId)) as { speech: Speech }).speech.title).toBe('改过一次');
    expect(await compactIfDue(a.replica, now + 2 * COMPACT_EVERY_MS - 1)).toBe(false);
    // Where push and pull got to survives: nothing is sent or taken again.
    expect(await a.engine.push()).toBe(0);
    expect((await a.engine.pull()).applied).toBe(0);
    // A compaction that fails (a full disk) is not the sync's failure, and is tried again next time.
    const failing = Object.assign(Object.create(a.replica) as Db, {
      compact: () => Promise.reject(new Error('QuotaExceededError')),
    });
    expect(await compactIfDue(failing, now + 3 * COMPACT_EVERY_MS)).toBe(false);
    expect(await compactIfDue(a.replica, now + 3 * COMPACT_EVERY_MS)).toBe(true);
  });

  it('brings in a library larger than one pull batch, checking each batch for copies within its write', async () => {
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speeches: Speech[] = Array.from({ length: 250 }, (_, i) => {
      const g = generateSpeech(i, 600);
      const at = 1_700_000_000_000 + i;
      return {
        ...{ id: `g-${i}`, title: g.title, body: g.body, parts: [{ title: g.title, body: g.body }] },
        ...{ truncated: false, truncation: [], meta: { keywords: [] }, facts: {}, censored: 0 },
        ...{ extractor: 'generic', tags: g.tags, notes: '', createdAt: at, updatedAt: at },
        sources: [{ url: g.url, normalizedUrl: g.url, site: 'example.cn', capturedAt: at }],
      };
    });
    const file = {
      format: 'gaoku-library',
      schemaVersion: 3,
      exportedAt: new Date().toISOString(),
      speeches,
    };
    expect((await a.library.importJson(JSON.stringify(file))).ok).toBe(true);
    await round(a, server);
    // The second batch meets the first batch's speeches in the duplicate index, inside one transaction.
    expect((await b.engine.pull()).applied).toBe(0);
    await b.replica.sync(server);
    expect((await b.engine.pull()).applied).toBe(250);
    expect((await b.library.list()).total).toBe(250);
    // Written a batch at a time, B's tag counts and search index are those A built a speech at a time.
    expect(await b.library.tagCounts()).toEqual(await a.library.tagCounts());
    for (const query of [speeches[249]?.title ?? '', '乡村振兴', speeches[3]?.body.slice(40, 52) ?? '']) {
      const ids = async (c: Client) => (await c.library.search(query)).map((h) => h.speech.id).sort();
      expect((await ids(b)).length).toBeGreaterThan(0);
      expect(await ids(b)).toEqual(await ids(a));
    }
  });
});
