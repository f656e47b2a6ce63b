import { CLAUSE_MIN, type Core, coreOf, gramHashes } from './clauses';

/**
 * One speech's 12-grams by hash, for 套话: an open-addressed table of its distinct hashes (numbered 0…size-1),
 * each with the starts where it occurs. A hash is looked up once per kept hash of every other speech, so the
 * lookup is a few typed-array reads.
 */
export class GramTable {
  private readonly keys: Int32Array;
  private readonly slot: Int32Array;
  private readonly mask: number;
  /** One bit per value of a hash's top 16 bits: most hashes the speech lacks stop here, in one read. */
  private readonly seen = new Uint32Array(2048);
  /** For each distinct hash, its first start; `next` chains the others (-1 ends). */
  readonly first: Int32Array;
  readonly next: Int32Array;
  /** Each distinct hash, by number. */
  readonly hashOf: Int32Array;
  /** The distinct hash at each start, or -1 where none (a paragraph break). */
  readonly gramAt: Int32Array;
  readonly size: number;

  constructor(hashes: Int32Array) {
    let cap = 16;
    while (cap < hashes.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.slot = new Int32Array(cap).fill(-1);
    this.next = new Int32Array(hashes.length).fill(-1);
    this.gramAt = new Int32Array(hashes.length).fill(-1);
    const first: number[] = [];
    const hashOf: number[] = [];
    for (let p = hashes.length - 1; p >= 0; p--) {
      const h = hashes[p] as number;
      if (h === 0) continue;
      let s = Math.imul(h, 0x9e3779b1) & this.mask;
      while ((this.slot[s] as number) >= 0 && this.keys[s] !== h) s = (s + 1) & this.mask;
      let u = this.slot[s] as number;
      if (u < 0) {
        u = first.length;
        this.keys[s] = h;
        this.slot[s] = u;
        first.push(p);
        hashOf.push(h);
      } else {
        this.next[p] = first[u] as number;
        first[u] = p;
      }
      this.gramAt[p] = u;
      this.seen[h >>> 21] = (this.seen[h >>> 21] as number) | (1 << ((h >>> 16) & 31));
    }
    this.first = Int32Array.from(first);
    this.hashOf = Int32Array.from(hashOf);
    this.size = first.length;
  }

  /** The number of the distinct hash `h`, or -1 when the speech has no such 12-gram. */
  lookup(h: number): number {
    if (!((this.seen[h >>> 21] as number) & (1 << ((h >>> 16) & 31)))) return -1;
    let s = Math.imul(h, 0x9e3779b1) & this.mask;
    for (;;) {
      const u = this.slot[s] as number;
      if (u < 0 || this.keys[s] === h) return u;
      s = (s + 1) & this.mask;
    }
  }

  /** Marks the starts of `core` (the table's speech) whose 12 characters are also in `other`, compared as text. */
  exactStarts(core: Core, other: string): Uint8Array {
    const o = coreOf(other).text;
    const out = new Uint8Array(this.gramAt.length);
    const hashes = gramHashes(o);
    for (let j = 0; j < hashes.length; j++) {
      const h = hashes[j] as number;
      const u = h === 0 ? -1 : this.lookup(h);
      if (u < 0) continue;
      for (let p = this.first[u] as number; p >= 0; p = this.next[p] as number)
        if (!out[p] && core.text.startsWith(o.slice(j, j + CLAUSE_MIN), p)) out[p] = 1;
    }
    return out;
  }
}
