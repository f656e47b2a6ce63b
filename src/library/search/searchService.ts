import type { SearchMetaRow } from '../rows';
import { hasFilter, matchesFilter } from '../speechRows';
import type { Store } from '../store';
import type { SearchHit, SpeechFilter } from '../types';
import { entryOf, liveEntries } from './catalog';
import { termGrams } from './grams';
import type { IndexWriter } from './indexWriter';
import { BLOCK, type Postings } from './postings';
import { foldForSearch, parseQuery } from './query';
import { type RankSources, rankDocs, type SearchDoc } from './rank';
import { PostingsCache, TextCache } from './readCaches';
import { makeSnippet } from './snippet';

/** A library this small says nothing of which words are common. */
const MIN_COMMON = 3;

interface Loaded {
  meta: SearchMetaRow;
  /** Catalog of each sealed block as last read, with its version. */
  blocks: Map<number, { version: number; docs: SearchDoc[] }>;
  /** Live speeches after the last sealed block, with their texts (folded in `body`, as saved in `raw`). */
  pending: Map<number, SearchDoc & { raw: string; id: string }>;
  /** Every live speech. */
  docs: SearchDoc[];
}

/**
 * Search over the index on disk (docs/library.md, "Search"). Owns what it has read: the block
 * catalogs and the speeches after the last block, brought up to date before a query whenever any write may have
 * changed them (this library's or another page's: the store's onStale), and the postings and texts caches, which
 * never go stale. Opening reads the catalogs (a row per 512 speeches), not the texts.
 */
export class Search {
  private loaded: Loaded | undefined;
  private stale = true;
  private refreshing: Promise<Loaded> | undefined;
  private readonly postings: PostingsCache;
  private readonly texts: TextCache;

  constructor(
    private readonly store: Store,
    private readonly writer: IndexWriter,
  ) {
    this.postings = new PostingsCache(store.db);
    this.texts = new TextCache(store.db);
    store.onStale(() => {
      this.stale = true;
    });
  }

  private ready(): Promise<Loaded> {
    if (!this.stale && this.loaded) return Promise.resolve(this.loaded);
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<Loaded> {
    const { db } = this.store;
    for (;;) {
      this.stale = false;
      const meta = (await db.searchMeta.get('meta')) ?? { id: 'meta', next: 0, sealed: 0, versions: [] };
      // After an upgrade every speech waits for its block: seal them a block a write, then read.
      if (meta.next - meta.sealed < BLOCK) break;
      await this.store.write(() => this.writer.sealOne());
    }
    const loaded = await db.transaction('r', [db.searchMeta, db.searchBlocks, db.speeches], async () => {
      const meta = (await db.searchMeta.get('meta')) ?? {
        id: 'meta' as const,
        next: 0,
        sealed: 0,
        versions: [],
      };
      const blocks = new Map(this.loaded?.blocks);
      const want: number[] = [];
      for (let b = 0; b < meta.sealed / BLOCK; b++)
        if (blocks.get(b)?.version !== (meta.versions[b] ?? 0)) want.push(b);
      for (const row of await db.searchBlocks.bulkGet(want)) {
        if (!row) continue;
        const docs = liveEntries(row).map(({ place, entry: e }) => ({
          doc: row.block * BLOCK + place,
          s: e.s,
          t: e.t,
          g: e.g,
        }));
        blocks.set(row.block, { version: meta.versions[row.block] ?? 0, docs });
      }
      const rows = await db.speeches.where('doc').aboveOrEqual(meta.sealed).toArray();
      return { meta, blocks, rows };
    });
    const { meta, blocks, rows } = loaded;
    const before = this.loaded?.pending;
    const pending = new Map<number, SearchDoc & { raw: string; id: string }>();
    const missing = rows.filter((r) => r.live && !before?.has(r.doc as number));
    const texts = await db.texts.bulkGet(missing.map((r) => r.id));
    const bodies = new Map(missing.map((r, i) => [r.id, texts[i]?.body ?? '']));
    for (const r of rows) {
      if (!r.live || r.doc === undefined) continue;
      const had = before?.get(r.doc);
      const raw = had?.raw ?? bodies.get(r.id) ?? '';
      const e = entryOf(r);
      pending.set(r.doc, {
        doc: r.doc,
        id: r.id,
        s: e.s,
        t: e.t,
        g: e.g,
        raw,
        body: had?.body ?? foldForSearch(raw),
      });
    }
    const docs: SearchDoc[] = [];
    for (const b of blocks.values()) docs.push(...b.docs);
    docs.push(...pending.values());
    this.loaded = { meta, blocks, pending, docs };
    return this.loaded;
  }

  private sources(l: Loaded): RankSources {
    return {
      postings: (grams) => this.postings.read(grams, l.meta.sealed / BLOCK),
      sealedBlocks: l.meta.sealed / BLOCK,
      texts: (docs) => this.bodies(l, docs),
    };
  }

  private async bodies(l: Loaded, docs: SearchDoc[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    const sealed: { doc: number; id: string }[] = [];
    for (const d of docs) {
      const p = l.pending.get(d.doc);
      if (p) out.set(d.doc, p.raw);
      else sealed.push({ doc: d.doc, id: d.s.id });
    }
    for (const [doc, t] of await this.texts.read(sealed)) out.set(doc, t);
    return out;
  }

  async prepare(): Promise<void> {
    await this.ready();
  }

  /**
   * Which of `words` most live speeches hold (at least half of them, and at least MIN_COMMON): counted from the
   * postings, a word of three or more characters where all its bigrams are (an upper bound, never read).
   */
  async commonWords(words: readonly string[]): Promise<Set<string>> {
    const l = await this.ready();
    const out = new Set<string>();
    const total = l.docs.length;
    if (total < MIN_COMMON || words.length === 0) return out;
    const live = new Uint8Array(l.meta.next);
    for (const d of l.docs) live[d.doc] = 1;
    const folded = words.map(foldForSearch);
    const grams = folded.map(termGrams);
    const sealed = l.meta.sealed / BLOCK;
    const postings = await this.postings.read(grams.flat(), sealed);
    const hits = new Uint8Array(BLOCK);
    folded.forEach((w, i) => {
      let df = 0;
      for (const d of l.pending.values()) if (d.body?.includes(w)) df++;
      const lists = (grams[i] as number[]).map((g) => postings.get(g));
      for (let b = 0; b < sealed; b++) {
        const inBlock = lists.map((p) => p?.get(b));
        if (inBlock.some((p) => !p)) continue;
        hits.fill(0);
        for (const p of inBlock as Postings[])
          for (const place of p.places) hits[place] = (hits[place] as number) + 1;
        for (let place = 0; place < BLOCK; place++)
          if (hits[place] === inBlock.length && live[b * BLOCK + place]) df++;
      }
      if (df >= MIN_COMMON && df * 2 >= total) out.add(words[i] as string);
    });
    return out;
  }

  async search(
    query: string,
    filter: SpeechFilter & { limit?: number; anyTerm?: boolean } = {},
  ): Promise<SearchHit[]> {
    const { terms, any } = parseQuery(query);
    if (terms.length === 0) return [];
    const l = await this.ready();
    const docs = hasFilter(filter) ? l.docs.filter((d) => matchesFilter(d.s, filter)) : l.docs;
    const needAll = !(any || filter.anyTerm);
    const ranked = await rankDocs(docs, terms, l.meta.next, filter.limit ?? 200, this.sources(l), needAll);
    const bodies = await this.bodies(
      l,
      ranked.filter((r) => r.inBody).map((r) => r.doc),
    );
    return ranked.map(({ doc, score, inBody }) => {
      const fromBody = inBody ? makeSnippet(bodies.get(doc.doc) ?? '', terms) : undefined;
      const { snippet, highlights } =
        fromBody && fromBody.highlights.length > 0 ? fromBody : makeSnippet(doc.s.title, terms);
      return { speech: doc.s, score, snippet, highlights };
    });
  }
}
