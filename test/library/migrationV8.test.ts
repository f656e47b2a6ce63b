import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library';
import { STORES_V7 } from '../../src/library/db';
import { savedSpeech } from '../helpers/savedSpeech';

// Follows migration.test.ts: a database as version 7 wrote it, opened with the current code.

describe('schema v7 → v8', () => {
  it('adds the tables for excerpt deletes and duplicate pairs, and keeps every speech and excerpt', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('gaoku', { indexedDB, IDBKeyRange });
    old.version(7).stores(STORES_V7);
    // A speech row as version 7 stored it: the speech without its text, and the index fields.
    const {
      body,
      parts: _p,
      ...speech
    } = savedSpeech({
      title: '在全市工会工作会议上的讲话',
      body: '同志们：今年工会工作要抓好职工服务。',
      tags: ['工会'],
      createdAt: 100,
      updatedAt: 200,
    });
    const row = {
      ...speech,
      ...{ live: 1, site: '示例市政府', urls: [speech.sources[0]?.normalizedUrl], fingerprint: 'fa' },
      ...{ length: body.length, doc: 0, changedAt: 200, history: [] },
    };
    await old.table('speeches').put(row);
    await old.table('texts').put({ id: 'a', body });
    await old.table('tags').put({ tag: '工会', count: 1 });
    await old.table('searchMeta').put({ id: 'meta', next: 1, sealed: 0, versions: [] });
    const excerpt = {
      id: 'e1',
      speechId: 'a',
      speechTitle: row.title,
      url: speech.sources[0]?.url ?? '',
      site: '示例市政府',
      text: '抓好职工服务',
      note: '',
      createdAt: 300,
    };
    await old.table('excerpts').put(excerpt);
    old.close();

    const library = openLibrary('gaoku', { indexedDB, IDBKeyRange });
    expect((await library.get('a'))?.body).toBe('同志们：今年工会工作要抓好职工服务。');
    expect(await library.get('a')).toEqual({ ...speech, body, parts: [], history: [] });
    expect(await library.listExcerpts()).toEqual([excerpt]);
    expect(await library.deletedExcerpts()).toEqual([]);
    expect(await library.duplicatePairs()).toEqual([]);
    // A delete after the upgrade is kept for sync to send.
    await library.deleteExcerpt('e1');
    expect(await library.listExcerpts()).toEqual([]);
    expect((await library.deletedExcerpts()).map((d) => d.id)).toEqual(['e1']);
    library.close();
  });
});
