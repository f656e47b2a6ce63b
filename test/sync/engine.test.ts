import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Library, openLibrary } from '../../src/library';
import { SyncEngine } from '../../src/sync/engine';
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
    const server = memoryDb('server');
    const [a, b] = [client('a'), client('b')];
    const speech = await saved(a);
    const excerpt = await a.library.addExcerpt(speech.id, speech.body.slice(0, 12));
    await round(a, server);
    await round(b, server);
    expect((await b.library.listExcerpts()).map((e) => e.text)).toEqual([excerpt.text]);
  });
});
