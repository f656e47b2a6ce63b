import { describe, expect, it } from 'vitest';
import { foldForSearch, parseQuery } from '../../src/library/search/query';
import type { Library, SearchHit } from '../../src/library/types';
import { capture, freshLibrary } from './helpers';

// More speeches than one block (512) holds, so most are searched through the postings on disk and the rest by
// scanning: both must rank exactly as a scan of every text does (the rules in docs/library.md).

const WORDS = [
  '政协',
  '協商',
  '民主',
  '监督',
  '哈哈哈',
  '工会',
  '乡村振兴',
  '數字',
  '治理',
  '示范',
  '会议',
  '经济',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function speeches(n: number) {
  const r = mulberry32(7);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)] as string;
  return Array.from({ length: n }, (_, i) => {
    let body = '';
    const words = 5 + Math.floor(r() * 40);
    for (let k = 0; k < words; k++) body += pick() + (r() < 0.3 ? '，' : r() < 0.1 ? '。\n' : '');
    return {
      id: `s${String(i).padStart(4, '0')}`,
      title: `第${i}篇${r() < 0.2 ? pick() : ''}讲话`,
      body,
      parts: [],
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      censored: 0,
      extractor: 'generic',
      tags: r() < 0.3 ? [pick()] : [],
      notes: '',
      sources: [{ url: `https://a.cn/${i}`, normalizedUrl: `https://a.cn/${i}`, site: 'A', capturedAt: i }],
      createdAt: i,
      updatedAt: i,
    };
  });
}

/** The ranking rules, applied by scanning every text. */
function scan(all: ReturnType<typeof speeches>, query: string): [string, number][] {
  const { terms, any } = parseQuery(query);
  const count = (h: string, t: string) => {
    let n = 0;
    for (let i = h.indexOf(t); i >= 0 && n < 5; i = h.indexOf(t, i + t.length)) n++;
    return n;
  };
  const out: [string, number][] = [];
  for (const s of all) {
    const title = foldForSearch(s.title);
    const tags = foldForSearch(s.tags.join(' '));
    const body = foldForSearch(s.body);
    let score = 0;
    let matched = 0;
    for (const t of terms) {
      const n = count(body, t);
      const inTitle = title.includes(t);
      const inTags = tags.includes(t);
      if (!inTitle && !inTags && !n) continue;
      matched++;
      score += (inTitle ? 12 : 0) + (inTags ? 10 : 0) + (n ? Math.min(6, 1 + Math.log2(n)) : 0);
    }
    // every term is needed unless the query says OR
    if (matched && (any || matched === terms.length))
      out.push([s.id, score + (matched === terms.length ? 100 : 0) + matched * 20]);
  }
  return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const ranked = (hits: SearchHit[]): [string, number][] =>
  hits
    .map((h): [string, number] => [h.speech.id, h.score])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

async function filled(n: number): Promise<{ library: Library; all: ReturnType<typeof speeches> }> {
  const all = speeches(n);
  const { library } = freshLibrary();
  const file = JSON.stringify({ format: 'gaoku-library', schemaVersion: 1, exportedAt: '', speeches: all });
  expect(await library.importJson(file)).toMatchObject({ ok: true, added: n });
  // Full blocks of 512 are sealed into postings; the rest wait, scanned.
  const db = (library as unknown as { db: { searchMeta: { get(id: string): Promise<{ sealed: number }> } } })
    .db;
  expect((await db.searchMeta.get('meta')).sealed).toBe(Math.floor(n / 512) * 512);
  return { library, all };
}

describe('search through the index on disk', () => {
  it('ranks exactly as a scan of every text, for one, two and longer terms and phrases', {
    timeout: 30_000,
  }, async () => {
    const { library, all } = await filled(1100);
    for (const q of [
      '政协',
      '协商 民主',
      '"乡村振兴"',
      '哈哈',
      '哈哈哈 数字',
      '数字治理示范',
      '監督',
      '会',
      '工会 经济 治理',
      '工会 OR 经济 OR 治理',
      '哈哈哈 OR 数字',
    ]) {
      const hits = await library.search(q, { limit: 5000 });
      expect(ranked(hits), q).toEqual(scan(all, q));
    }
    // The top of a short list is the top of the whole ranking.
    const top = await library.search('民主监督', { limit: 20 });
    expect(top.map((h) => h.score)).toEqual(
      scan(all, '民主监督')
        .slice(0, 20)
        .map(([, s]) => s),
    );
    const [hit] = top;
    if (hit)
      expect(hit.highlights.map(([a, b]) => foldForSearch(hit.snippet.slice(a, b)))).toContain('民主监督');
  });

  it('follows edits, the trash and new texts of speeches already in a block', {
    timeout: 30_000,
  }, async () => {
    const { library } = await filled(600);
    await library.update('s0003', { title: '关于独一无二标题的讲话', tags: ['罕见标签'] });
    expect((await library.search('独一无二标题')).map((h) => h.speech.id)).toEqual(['s0003']);
    expect((await library.search('罕见标签')).map((h) => h.speech.id)).toEqual(['s0003']);
    await library.trash(['s0003']);
    expect(await library.search('独一无二标题')).toEqual([]);
    await library.restore(['s0003']);
    expect((await library.search('独一无二标题')).map((h) => h.speech.id)).toEqual(['s0003']);
    const body = '这篇讲话换上了全新的正文，说的是植树造林与绿化美化的具体安排。';
    await library.replaceText('s0004', capture({ body, url: 'https://a.cn/4' }));
    expect((await library.search('植树造林')).map((h) => h.speech.id)).toEqual(['s0004']);
    await library.trash(['s0004']);
    await library.emptyTrash();
    expect(await library.search('植树造林')).toEqual([]);
  });

  it('another page on the same library finds what this one saved into a block', {
    timeout: 30_000,
  }, async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { openLibrary } = await import('../../src/library');
    const indexedDB = new IDBFactory();
    const page = openLibrary('shared', { indexedDB, IDBKeyRange });
    const popup = openLibrary('shared', { indexedDB, IDBKeyRange });
    const file = JSON.stringify({
      format: 'gaoku-library',
      schemaVersion: 1,
      exportedAt: '',
      speeches: speeches(520),
    });
    expect(await page.search('政协')).toEqual([]);
    await popup.importJson(file);
    await expect.poll(async () => (await page.search('政协', { limit: 5000 })).length).toBeGreaterThan(100);
    page.close();
    popup.close();
  });
});
