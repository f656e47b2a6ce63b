import type { CatalogEntry, SearchMetaRow, SpeechRow } from '../rows';
import type { Store } from '../store';
import { emptyBlock, entryOf, sameEntry, setEntry } from './catalog';
import { BLOCK, buildBlock } from './postings';
import { foldForSearch } from './query';

const EMPTY_META: SearchMetaRow = { id: 'meta', next: 0, sealed: 0, versions: [] };

/**
 * Keeps the search index on disk in step with every write, inside the write's transaction. A new or changed
 * text gets the next document number; numbers past the last sealed block are searched by scanning their text;
 * when 512 have gathered, the write seals them into a block (gram postings and a catalog row), written once.
 * A title, tag, fact or trash change rewrites only the catalog entry of its block, batched over the write.
 */
export class IndexWriter {
  /** This write's state: the meta row, texts written (by document number), catalog changes by block. */
  private meta: SearchMetaRow | undefined;
  private readonly fresh = new Map<number, string>();
  private readonly changes = new Map<number, Map<number, CatalogEntry | null>>();
  private sealLimit = Number.POSITIVE_INFINITY;

  constructor(private readonly store: Store) {
    store.onFlush(() => this.flush());
    store.onStale(() => this.reset());
  }

  private reset(): void {
    this.meta = undefined;
    this.fresh.clear();
    this.changes.clear();
    this.sealLimit = Number.POSITIVE_INFINITY;
  }

  /** Within a write: reads what `place` needs, so a caller can issue it beside its own reads. */
  async prepare(): Promise<void> {
    await this.loadMeta();
  }

  private async loadMeta(): Promise<SearchMetaRow> {
    this.meta ??= structuredClone((await this.store.db.searchMeta.get('meta')) ?? EMPTY_META);
    return this.meta;
  }

  private change(doc: number, entry: CatalogEntry | null): void {
    const block = Math.floor(doc / BLOCK);
    let m = this.changes.get(block);
    if (!m) {
      m = new Map();
      this.changes.set(block, m);
    }
    m.set(doc % BLOCK, entry);
  }

  /**
   * Within a write, before the rows are put: gives each row its document number. `before` is the text stored
   * until now (undefined for a new speech). One await for all: between the rows nothing waits, so the
   * transaction cannot commit under a long batch.
   */
  async place(
    items: readonly { row: SpeechRow; body: string; previous?: SpeechRow; before?: string }[],
  ): Promise<void> {
    const meta = await this.loadMeta();
    for (const { row, body, previous, before } of items) {
      const old = previous?.doc;
      if (old !== undefined && before === body) {
        row.doc = old;
        if (old < meta.sealed && previous && !sameEntry(previous, row)) this.change(old, entryOf(row));
        continue;
      }
      if (old !== undefined && old < meta.sealed) this.change(old, null);
      row.doc = meta.next++;
      this.fresh.set(row.doc, body);
    }
  }

  /** Within a write: speeches deleted for good. */
  async forget(rows: readonly SpeechRow[]): Promise<void> {
    const meta = await this.loadMeta();
    for (const r of rows) if (r.doc !== undefined && r.doc < meta.sealed) this.change(r.doc, null);
  }

  /**
   * Within a write of its own: seals one due block. After an upgrade every speech waits to be sealed; the
   * search seals them a block a transaction, so no write waits long behind it.
   */
  async sealOne(): Promise<void> {
    await this.loadMeta();
    this.sealLimit = 1;
  }

  private async flush(): Promise<void> {
    const meta = this.meta;
    if (!meta) return;
    const { db } = this.store;
    for (const [block, entries] of this.changes) {
      const row = await db.searchBlocks.get(block);
      if (!row) continue;
      for (const [place, entry] of entries) setEntry(row, place, entry);
      await db.searchBlocks.put(row);
      meta.versions[block] = (meta.versions[block] ?? 0) + 1;
    }
    for (let n = 0; n < this.sealLimit && meta.next - meta.sealed >= BLOCK; n++) {
      await this.seal(meta.sealed / BLOCK);
      meta.versions[meta.sealed / BLOCK] = 1;
      meta.sealed += BLOCK;
    }
    await db.searchMeta.put(meta);
    this.reset();
  }

  private async seal(block: number): Promise<void> {
    const { db } = this.store;
    const lo = block * BLOCK;
    const rows = await db.speeches
      .where('doc')
      .between(lo, lo + BLOCK, true, false)
      .toArray();
    const missing = rows.filter((r) => !this.fresh.has(r.doc as number));
    const texts = await db.texts.bulkGet(missing.map((r) => r.id));
    const bodies = new Map(missing.map((r, i) => [r.doc as number, texts[i]?.body ?? '']));
    const folded: (string | undefined)[] = new Array(BLOCK).fill(undefined);
    const catalog = emptyBlock(block, BLOCK);
    for (const r of rows) {
      const place = (r.doc as number) - lo;
      folded[place] = foldForSearch(this.fresh.get(r.doc as number) ?? bodies.get(r.doc as number) ?? '');
      setEntry(catalog, place, entryOf(r));
    }
    await db.grams.bulkPut(buildBlock(block, folded));
    await db.searchBlocks.put(catalog);
  }
}
