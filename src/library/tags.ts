import { cleanTags } from './speechRows';
import type { Store } from './store';
import { topicWords } from './tagSuggestions';
import type { CaptureInput, TagCount } from './types';

/**
 * Tag counts (the `tags` table) and what is read from them. Owns the sorted counts, dropped on any write, and
 * the counts' changes during a write, applied once at its end (an import of 1,500 speeches touches each tag once).
 */
export class Tags {
  private counts: TagCount[] | undefined;
  private readonly delta = new Map<string, number>();

  constructor(private readonly store: Store) {
    store.onStale(() => {
      this.counts = undefined;
      this.delta.clear();
    });
    store.onFlush(() => this.flush());
  }

  /** Within a write: a speech's live tags went from `removed` to `added`. */
  adjust(removed: readonly string[], added: readonly string[]): void {
    for (const t of removed) this.delta.set(t, (this.delta.get(t) ?? 0) - 1);
    for (const t of added) this.delta.set(t, (this.delta.get(t) ?? 0) + 1);
  }

  private async flush(): Promise<void> {
    const { db } = this.store;
    const changed = [...this.delta].filter(([, d]) => d !== 0);
    this.delta.clear();
    if (changed.length === 0) return;
    const rows = await db.tags.bulkGet(changed.map(([tag]) => tag));
    const put: TagCount[] = [];
    const gone: string[] = [];
    changed.forEach(([tag, d], i) => {
      const count = (rows[i]?.count ?? 0) + d;
      if (count > 0) put.push({ tag, count });
      else gone.push(tag);
    });
    if (put.length > 0) await db.tags.bulkPut(put);
    if (gone.length > 0) await db.tags.bulkDelete(gone);
  }

  async tagCounts(): Promise<TagCount[]> {
    this.counts ??= (await this.store.db.tags.toArray()).sort(
      (a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1),
    );
    return this.counts;
  }

  async completeTags(prefix: string, limit = 10): Promise<string[]> {
    const p = prefix.trim().toLowerCase();
    const all = await this.tagCounts();
    if (!p) return all.slice(0, limit).map((t) => t.tag);
    const starts = all.filter((t) => t.tag.toLowerCase().startsWith(p));
    const contains = all.filter((t) => !t.tag.toLowerCase().startsWith(p) && t.tag.toLowerCase().includes(p));
    return [...starts, ...contains].slice(0, limit).map((t) => t.tag);
  }

  /**
   * The page's keywords, tags in use that the text holds, then the text's frequent words less those most of the
   * library's speeches hold (`common`, measured by the search index: 组织, 社会, 人民 say nothing of a speech).
   */
  async suggestTags(
    capture: CaptureInput,
    limit = 8,
    common: (words: string[]) => Promise<Set<string>> = async () => new Set(),
  ): Promise<string[]> {
    const text = `${capture.title}\n${capture.body}`;
    const inUse = (await this.tagCounts()).filter((t) => text.includes(t.tag)).map((t) => t.tag);
    const words = topicWords(capture, limit * 4);
    const everywhere = await common(words);
    const topical = words.filter((w) => !everywhere.has(w));
    return cleanTags([...capture.meta.keywords, ...inUse, ...topical]).slice(0, limit);
  }
}
