import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library';
import { STORES_V5 } from '../../src/library/db';

// Follows migration.test.ts: a database as version 5 wrote it, opened with the current code.
const CLAUSE = '善于发现苗头性、倾向性问题，分析原因，研究对策';

describe('schema v5 → v6', () => {
  it('adds the clause table, fills it the first time 套话 is asked for, and keeps every speech', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(5).stores(STORES_V5);
    const bodies = [`我们要${CLAUSE}，化解矛盾。`, `各级干部必须${CLAUSE}。`, `回收站里的：${CLAUSE}。`];
    const rows = bodies.map((_, i) => ({
      id: `s${i}`,
      title: `讲话${i}`,
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      facts: {},
      censored: 0,
      extractor: 'generic',
      tags: [],
      notes: i === 0 ? '用户的备注' : '',
      sources: [{ url: `https://a.cn/${i}`, normalizedUrl: `https://a.cn/${i}`, site: 'A', capturedAt: i }],
      createdAt: i,
      updatedAt: i,
      ...(i === 2 ? { deletedAt: 5 } : {}),
      live: i === 2 ? 0 : 1,
      site: 'A',
      urls: [`https://a.cn/${i}`],
      fingerprint: `f${i}`,
      length: 30,
      doc: i,
    }));
    await old.table('speeches').bulkPut(rows);
    await old.table('texts').bulkPut(rows.map((r, i) => ({ id: r.id, body: bodies[i] })));
    await old.table('searchMeta').put({ id: 'meta', next: 3, sealed: 0, versions: [] });
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    expect((await library.get('s0'))?.notes).toBe('用户的备注');
    expect((await library.recurringPassages('s0')).map((p) => [p.text, p.ids])).toEqual([
      [`${CLAUSE}，`, ['s1']],
    ]);
    const db = (
      library as unknown as { db: { clauses: { toCollection(): { primaryKeys(): Promise<string[]> } } } }
    ).db;
    // Live speeches only: the one in the trash has no row until it is restored.
    expect((await db.clauses.toCollection().primaryKeys()).sort()).toEqual(['s0', 's1']);
    await library.restore(['s2']);
    expect((await library.recurringPassages('s0'))[0]?.ids.sort()).toEqual(['s1', 's2']);
    expect((await library.search('苗头性')).length).toBe(3);
    library.close();
  });
});
