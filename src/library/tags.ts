import { cleanTags } from './speechRows';
import type { Store } from './store';
import { topicWords } from './tagSuggestions';
import type { CaptureInput, TagCount } from './types';

/** Tag counts (the `tags` table) and what is read from them. Owns the sorted counts, dropped on any write. */
export class Tags {
  private counts: TagCount[] | undefined;

  constructor(private readonly store: Store) {
    store.onStale(() => {
      this.counts = undefined;
    });
  }

  /** Within a write: a speech's live tags went from `removed` to `added`. */
  async adjust(removed: readonly string[], added: readonly string[]): Promise<void> {
    const { db } = this.store;
    const delta = new Map<string, number>();
    for (const t of removed) delta.set(t, (delta.get(t) ?? 0) - 1);
    for (const t of added) delta.set(t, (delta.get(t) ?? 0) + 1);
    for (const [tag, d] of delta) {
      if (d === 0) continue;
      const row = await db.tags.get(tag);
      const count = (row?.count ?? 0) + d;
      if (count > 0) await db.tags.put({ tag, count });
      else await db.tags.delete(tag);
    }
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

  async suggestTags(capture: CaptureInput, limit = 8): Promise<string[]> {
    const text = `${capture.title}\n${capture.body}`;
    const inUse = (await this.tagCounts()).filter((t) => text.includes(t.tag)).map((t) => t.tag);
    return cleanTags([...capture.meta.keywords, ...inUse, ...topicWords(capture, limit)]).slice(0, limit);
  }
}
