import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V6 } from '../../src/library/db';

// A database as version 1 wrote it: whole speeches, text included, in one table.
const V1_ROWS = [
  {
    id: 'a',
    title: '在全市政协工作会议上的讲话',
    body: '同志们：\n今天召开全市政协工作会议，研究部署协商民主工作。',
    parts: [
      {
        title: '在全市政协工作会议上的讲话',
        body: '同志们：\n今天召开全市政协工作会议，研究部署协商民主工作。',
      },
    ],
    truncated: true,
    truncation: [{ kind: 'gap', omitted: 706, offset: 1, notice: '省略706字' }],
    meta: { keywords: ['政协'], docId: '2019484' },
    censored: 2,
    extractor: 'xinwenmi',
    tags: ['政协', '讲话'],
    notes: '用过一次',
    sources: [
      {
        url: 'https://a.cn/1?utm_source=x',
        normalizedUrl: 'https://a.cn/1',
        site: '新文秘网',
        capturedAt: 1_700_000_000_000,
      },
    ],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    fingerprint: 'x',
    urls: ['https://a.cn/1'],
  },
  {
    id: 'b',
    title: '已删除的一篇',
    body: '回收站里的讲话也要保留。',
    parts: [],
    truncated: false,
    truncation: [],
    meta: { keywords: [] },
    censored: 0,
    extractor: 'generic',
    tags: ['讲话'],
    notes: '',
    sources: [{ url: 'https://b.cn/2', normalizedUrl: 'https://b.cn/2', site: 'B', capturedAt: 1 }],
    createdAt: 1,
    updatedAt: 2,
    deletedAt: 3,
    fingerprint: 'y',
    urls: ['https://b.cn/2'],
  },
];

describe('schema v1 → v2', () => {
  it('moves text apart, adds index fields and tag counts, loses nothing', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(1).stores(STORES_V1);
    await old.table('speeches').bulkPut(V1_ROWS);
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    const { body, parts, fingerprint: _f, urls: _u, ...fields } = V1_ROWS[0] as (typeof V1_ROWS)[0];
    expect(await library.get('a')).toEqual({
      ...fields,
      body,
      parts,
      // Version 3 reads the facts from the text.
      facts: { occasion: '全市政协工作会议', genre: '讲话', level: '市' },
      // Version 6 gives every speech a history.
      history: [],
    });
    expect((await library.get('b'))?.deletedAt).toBe(3);
    expect((await library.list()).items.map((s) => s.id)).toEqual(['a']);
    expect((await library.list()).items[0]).toMatchObject({ site: '新文秘网', length: expect.any(Number) });
    expect((await library.listTrash()).map((s) => s.id)).toEqual(['b']);
    expect(await library.tagCounts()).toEqual([
      { tag: '政协', count: 1 },
      { tag: '讲话', count: 1 },
    ]);
    expect((await library.search('协商民主'))[0]?.speech.id).toBe('a');
    // The upgraded speech still takes part in duplicate checks.
    const again = await library.save({
      title: 'x',
      body: V1_ROWS[0]?.body ?? '',
      parts: [],
      truncated: false,
      truncation: [],
      removed: [],
      meta: { keywords: [] },
      censored: 0,
      url: 'https://a.cn/1',
      site: '新文秘网',
      extractor: 'generic',
    });
    expect(again).toMatchObject({ status: 'duplicate', kind: 'same-url' });
    library.close();
  });
});

describe('schema v2 → v3', () => {
  it('reads facts from every text, keeps facts already there, and changes nothing else', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(2).stores(STORES_V2);
    const row = (id: string, title: string, extra: object = {}) => ({
      id,
      title,
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      censored: 0,
      extractor: 'generic',
      tags: ['讲话'],
      notes: '',
      sources: [{ url: `https://a.cn/${id}`, normalizedUrl: `https://a.cn/${id}`, site: 'A', capturedAt: 1 }],
      createdAt: 1,
      updatedAt: 2,
      live: 1,
      site: 'A',
      urls: [`https://a.cn/${id}`],
      fingerprint: id,
      length: 10,
      ...extra,
    });
    await old
      .table('speeches')
      .bulkPut([
        row('a', '县长李四在全县安全生产工作会议上的讲话'),
        row('b', '在全市政协工作会议上的讲话', { facts: { speaker: '用户改过的', genre: '报告' } }),
      ]);
    await old.table('texts').bulkPut([
      { id: 'a', body: '（2021年5月6日）\n同志们：', partTitle: '县长李四在全县安全生产工作会议上的讲话' },
      { id: 'b', body: '同志们：' },
    ]);
    await old.table('tags').bulkPut([{ tag: '讲话', count: 2 }]);
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    const a = await library.get('a');
    expect(a?.facts).toEqual({
      occasion: '全县安全生产工作会议',
      date: '2021-05-06',
      post: '县长',
      speaker: '李四',
      genre: '讲话',
      level: '县',
    });
    expect(a?.parts).toEqual([
      { title: '县长李四在全县安全生产工作会议上的讲话', body: '（2021年5月6日）\n同志们：' },
    ]);
    expect((await library.get('b'))?.facts).toEqual({ speaker: '用户改过的', genre: '报告' });
    expect((await library.list({ genre: '讲话' })).items.map((s) => s.id)).toEqual(['a']);
    expect(await library.tagCounts()).toEqual([{ tag: '讲话', count: 2 }]);
    library.close();
  });
});

describe('schema v3 → v4', () => {
  it('adds the excerpts table and keeps every speech', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(3).stores(STORES_V3);
    await old.table('speeches').put({
      id: 'a',
      title: '讲话',
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      facts: { genre: '讲话' },
      censored: 0,
      extractor: 'generic',
      tags: [],
      notes: '要留着',
      sources: [{ url: 'https://a.cn/1', normalizedUrl: 'https://a.cn/1', site: 'A', capturedAt: 1 }],
      createdAt: 1,
      updatedAt: 2,
      live: 1,
      site: 'A',
      urls: ['https://a.cn/1'],
      fingerprint: 'x',
      length: 4,
    });
    await old.table('texts').put({ id: 'a', body: '同志们：今天开会。' });
    old.close();
    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    expect(await library.get('a')).toMatchObject({
      notes: '要留着',
      facts: { genre: '讲话' },
      body: '同志们：今天开会。',
    });
    expect(await library.listExcerpts()).toEqual([]);
    await library.addExcerpt('a', '今天开会');
    expect(await library.listExcerpts()).toHaveLength(1);
    library.close();
  });
});

describe('schema v4 → v5', () => {
  it('numbers every text for the search index, seals full blocks on the first search, and keeps every field', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(4).stores(STORES_V4);
    const rows = Array.from({ length: 600 }, (_, i) => ({
      id: `s${i}`,
      title: i === 7 ? '在全县政協工作会议上的讲话' : `讲话${i}`,
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      facts: { genre: '讲话' },
      censored: 0,
      extractor: 'generic',
      tags: i % 2 ? ['单数'] : [],
      notes: i === 7 ? '用户的备注' : '',
      sources: [{ url: `https://a.cn/${i}`, normalizedUrl: `https://a.cn/${i}`, site: 'A', capturedAt: i }],
      createdAt: i,
      updatedAt: i,
      ...(i === 9 ? { deletedAt: 5 } : {}),
      live: i === 9 ? 0 : 1,
      site: 'A',
      urls: [`https://a.cn/${i}`],
      fingerprint: `f${i}`,
      length: 12,
    }));
    await old.table('speeches').bulkPut(rows);
    await old.table('texts').bulkPut(
      rows.map((r, i) => ({
        id: r.id,
        body: `第${i}篇：编号甲${i}乙，${i === 9 ? '回收站里的' : ''}协商民主。`,
      })),
    );
    await old.table('tags').put({ tag: '单数', count: 299 });
    await old.table('excerpts').put({
      id: 'e',
      speechId: 's7',
      speechTitle: 'x',
      url: '',
      site: '',
      text: '协商',
      note: '',
      createdAt: 1,
    });
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    const {
      live: _l,
      site: _s,
      urls: _u,
      fingerprint: _f,
      length: _n,
      ...fields
    } = rows[7] as (typeof rows)[0];
    expect(await library.get('s7')).toEqual({
      ...fields,
      body: '第7篇：编号甲7乙，协商民主。',
      parts: [],
      history: [],
    });
    expect((await library.search('甲599乙')).map((h) => h.speech.id)).toEqual(['s599']);
    expect((await library.search('甲3乙')).map((h) => h.speech.id)).toEqual(['s3']);
    expect((await library.search('政协 甲7乙'))[0]?.speech.id).toBe('s7');
    expect(await library.search('回收站里的')).toEqual([]);
    await library.restore(['s9']);
    expect((await library.search('回收站里的')).map((h) => h.speech.id)).toEqual(['s9']);
    const db = (
      library as unknown as {
        db: { searchMeta: { get(id: string): Promise<{ sealed: number; next: number }> } };
      }
    ).db;
    expect(await db.searchMeta.get('meta')).toMatchObject({ sealed: 512, next: 600 });
    expect((await library.list({ limit: 1000 })).total).toBe(600);
    expect(await library.tagCounts()).toEqual([{ tag: '单数', count: 300 }]);
    expect(await library.listExcerpts()).toHaveLength(1);
    library.close();
  });
});

describe('schema v6 → v7', () => {
  it('marks every speech changed when it last was, gives it a history, and keeps every field', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(6).stores(STORES_V6);
    const row = (id: string, doc: number, extra: object) => ({
      id,
      title: `在全市政协工作会议上的讲话${id}`,
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      facts: { genre: '讲话' },
      censored: 0,
      extractor: 'generic',
      tags: ['政协'],
      notes: '备注',
      sources: [{ url: `https://a.cn/${id}`, normalizedUrl: `https://a.cn/${id}`, site: 'A', capturedAt: 1 }],
      createdAt: 100,
      updatedAt: 200,
      live: 1,
      site: 'A',
      urls: [`https://a.cn/${id}`],
      fingerprint: `f${id}`,
      length: 10,
      doc,
      ...extra,
    });
    const rows = [row('a', 0, {}), row('b', 1, { deletedAt: 300, live: 0 })];
    await old.table('speeches').bulkPut(rows);
    await old.table('texts').bulkPut([
      { id: 'a', body: '甲篇：协商民主。' },
      { id: 'b', body: '乙篇：回收站里的。' },
    ]);
    await old.table('tags').put({ tag: '政协', count: 1 });
    await old.table('searchMeta').put({ id: 'meta', next: 2, sealed: 0, versions: [] });
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    const {
      live: _l,
      site: _s,
      urls: _u,
      fingerprint: _f,
      length: _n,
      doc: _d,
      ...fields
    } = rows[0] as (typeof rows)[0];
    expect(await library.get('a')).toEqual({ ...fields, body: '甲篇：协商民主。', parts: [], history: [] });
    expect((await library.get('b'))?.deletedAt).toBe(300);
    // The first sync sends both, the trash too, at the time each last changed.
    const changed = await library.changedSince(0, 10);
    expect(changed.map((c) => [c.speech.id, c.changedAt])).toEqual([
      ['a', 200],
      ['b', 300],
    ]);
    expect((await library.search('协商民主')).map((h) => h.speech.id)).toEqual(['a']);
    expect((await library.listTrash()).map((s) => s.id)).toEqual(['b']);
    expect(await library.tagCounts()).toEqual([{ tag: '政协', count: 1 }]);
    // An edit after the upgrade is the only change since, and its history keeps the title it replaced.
    await library.update('a', { title: '新标题' });
    const after = await library.changedSince(300, 10);
    expect(after.map((c) => c.speech.id)).toEqual(['a']);
    expect(after[0]?.speech.history).toEqual([
      { field: 'title', value: '在全市政协工作会议上的讲话a', at: 100 },
    ]);
    expect(after[0]?.speech.stamps?.title).toMatchObject({ kind: 'edit' });
    library.close();
  });
});
