import type { GaokuDb } from '../db';
import { blockOfKey, bucketOf, bucketRange, type Postings, postingsIn } from './postings';

// What the search reads from disk, kept while it is small. Neither cache is ever invalidated: a sealed block's
// postings never change, and a document number always names the same text (a new text gets a new number).

const POSTINGS_CAP = 4_000_000;
const TEXT_CAP = 8_000_000;

/** Gram postings by gram, then by block; a gram read once is read again only for blocks sealed since. */
export class PostingsCache {
  private readonly grams = new Map<number, { upTo: number; blocks: Map<number, Postings> }>();
  private size = 0;

  constructor(private readonly db: GaokuDb) {}

  /** Every sealed block's postings of each gram (blocks below `sealedBlocks`). */
  async read(grams: readonly number[], sealedBlocks: number): Promise<Map<number, Map<number, Postings>>> {
    const out = new Map<number, Map<number, Postings>>();
    // The grams still to read, by bucket: one range read per bucket serves all its grams.
    const wanted = new Map<number, { from: number; grams: number[] }>();
    for (const g of new Set(grams)) {
      let cached = this.grams.get(g);
      if (!cached) {
        cached = { upTo: 0, blocks: new Map() };
        this.grams.set(g, cached);
      }
      out.set(g, cached.blocks);
      if (cached.upTo >= sealedBlocks) continue;
      const b = bucketOf(g);
      const w = wanted.get(b);
      if (w) {
        w.grams.push(g);
        w.from = Math.min(w.from, cached.upTo);
      } else wanted.set(b, { from: cached.upTo, grams: [g] });
    }
    await Promise.all(
      [...wanted].map(async ([bucket, w]) => {
        const [lo, hi] = bucketRange(bucket, w.from, sealedBlocks);
        const rows = await this.db.grams.where('k').between(lo, hi, true, false).toArray();
        for (const g of w.grams) {
          const entry = this.grams.get(g) as { upTo: number; blocks: Map<number, Postings> };
          for (const r of rows) {
            const block = blockOfKey(r.k);
            if (block < entry.upTo) continue;
            const p = postingsIn(r, g);
            if (!p) continue;
            entry.blocks.set(block, p);
            this.size += p.places.length;
          }
          entry.upTo = sealedBlocks;
        }
      }),
    );
    if (this.size > POSTINGS_CAP) {
      // Bounded, not clever: keep this query's grams, drop the rest.
      for (const g of this.grams.keys()) if (!out.has(g)) this.grams.delete(g);
      this.size = 0;
      for (const { blocks } of this.grams.values())
        for (const p of blocks.values()) this.size += p.places.length;
    }
    return out;
  }
}

/** Texts as saved, by document number, least recently used dropped first. */
export class TextCache {
  private readonly texts = new Map<number, string>();
  private size = 0;

  constructor(private readonly db: GaokuDb) {}

  async read(docs: readonly { doc: number; id: string }[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    const missing: { doc: number; id: string }[] = [];
    for (const d of docs) {
      const t = this.texts.get(d.doc);
      if (t === undefined) missing.push(d);
      else {
        this.texts.delete(d.doc);
        this.texts.set(d.doc, t);
        out.set(d.doc, t);
      }
    }
    if (missing.length > 0) {
      const rows = await this.db.texts.bulkGet(missing.map((d) => d.id));
      missing.forEach((d, i) => {
        const body = rows[i]?.body ?? '';
        out.set(d.doc, body);
        this.texts.set(d.doc, body);
        this.size += body.length;
      });
    }
    for (const [doc, t] of this.texts) {
      if (this.size <= TEXT_CAP) break;
      this.texts.delete(doc);
      this.size -= t.length;
    }
    return out;
  }
}
