import type { SpeechRow, TextRow } from '../rows';
import { hasFilter, matchesFilter, summaryOf } from '../speechRows';
import type { Store } from '../store';
import type { RecurringPassage, SearchHit, SpeechFilter } from '../types';
import { parseQuery } from './query';
import { findRecurring } from './recurring';
import { makeSearchDoc, makeSnippet, type SearchDoc, scoreDoc } from './searchIndex';

const LOAD_PAGE = 500;

/**
 * Search and set phrases over every live speech. Owns the search documents: loaded on the first search, kept in
 * step with every write of this library, dropped when a write rolls back or another page writes.
 */
export class Search {
  private docs: Map<string, SearchDoc> | undefined;
  private loading: Promise<Map<string, SearchDoc>> | undefined;

  constructor(private readonly store: Store) {
    store.onStale((why) => {
      if (why === 'write') return;
      this.docs = undefined;
      this.loading = undefined;
    });
  }

  /** Within a write: the speech as now stored (body given when it was written). */
  async indexed(row: SpeechRow, body: string): Promise<void> {
    if (!this.docs) return;
    if (row.live) this.docs.set(row.id, makeSearchDoc(summaryOf(row), body));
    else this.docs.delete(row.id);
  }

  /** Within a write: speeches deleted for good (they were in the trash, so not searched). */
  async forget(_ids: string[]): Promise<void> {}

  private load(): Promise<Map<string, SearchDoc>> {
    if (this.docs) return Promise.resolve(this.docs);
    this.loading ??= (async () => {
      const { db } = this.store;
      const rows = await db.speeches.where('live').equals(1).toArray();
      const docs = new Map<string, SearchDoc>();
      const byId = new Map(rows.map((r) => [r.id, r]));
      // Pages of getAll by primary key: many times faster than a cursor, and the page paints between them.
      let after: string | undefined;
      for (;;) {
        const page: TextRow[] = await (after === undefined
          ? db.texts.orderBy(':id')
          : db.texts.where(':id').above(after)
        )
          .limit(LOAD_PAGE)
          .toArray();
        for (const t of page) {
          const r = byId.get(t.id);
          if (r) docs.set(t.id, makeSearchDoc(summaryOf(r), t.body));
        }
        if (page.length < LOAD_PAGE) break;
        after = page[page.length - 1]?.id;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.docs = docs;
      return docs;
    })();
    return this.loading;
  }

  async prepare(): Promise<void> {
    await this.load();
  }

  async search(query: string, filter: SpeechFilter & { limit?: number } = {}): Promise<SearchHit[]> {
    const { terms } = parseQuery(query);
    if (terms.length === 0) return [];
    const docs = await this.load();
    const hits = [];
    for (const doc of docs.values()) {
      const h = scoreDoc(doc, terms);
      if (h) hits.push(h);
    }
    hits.sort((a, b) => b.score - a.score);
    const limit = filter.limit ?? 200;
    const filtering = hasFilter(filter);
    const out: SearchHit[] = [];
    for (const h of hits) {
      if (out.length >= limit) break;
      const doc = docs.get(h.id);
      if (!doc || (filtering && !matchesFilter(doc.summary, filter))) continue;
      const inBody = makeSnippet(doc.raw, terms);
      const { snippet, highlights } =
        inBody.highlights.length > 0 ? inBody : makeSnippet(doc.summary.title, terms);
      out.push({ speech: doc.summary, score: h.score, snippet, highlights });
    }
    return out;
  }

  async recurringPassages(id: string): Promise<RecurringPassage[]> {
    const [docs, text] = await Promise.all([this.load(), this.store.db.texts.get(id)]);
    return findRecurring(text?.body ?? '', id, docs.values());
  }
}
