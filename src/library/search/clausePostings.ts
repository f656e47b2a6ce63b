import type { GramTable } from './gramTable';

// 套话 looks up every 12-gram of one speech among the kept hashes of all the others. Scanning each speech's
// hashes costs the whole library on every look (16 M lookups at 10,000 speeches of 5,000 characters); filed by
// hash, a look costs what it finds.

const BUCKET_BITS = 18;
const LOW_MASK = (1 << (32 - BUCKET_BITS)) - 1;

/** Where a source's speeches hold a speech's 12-grams: `emit(x, u)` for speech `ids[x]` and gram number `u`. */
export interface ClauseSource {
  /** '' where no speech is (one left out): never emitted. */
  ids: readonly string[];
  /** Adds (x, u) to `out` for each kept hash of speech x that is the table's gram u. */
  match(table: GramTable, out: Pairs): void;
}

/** (speech, gram) matches, in two growing typed arrays. */
export class Pairs {
  x = new Int32Array(4096);
  u = new Int32Array(4096);
  length = 0;

  push(x: number, u: number): void {
    if (this.length === this.x.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.x = grow(this.x);
      this.u = grow(this.u);
    }
    this.x[this.length] = x;
    this.u[this.length] = u;
    this.length++;
  }
}

/** Speeches' kept hashes as they are, each scanned: for few speeches (a write's changes, tests). */
export function scanSource(prints: ReadonlyMap<string, Int32Array>, skip?: string): ClauseSource {
  const ids = [...prints.keys()].filter((id) => id !== skip);
  return {
    ids,
    match(table, out) {
      ids.forEach((id, x) => {
        const list = prints.get(id) as Int32Array;
        for (let i = 0; i < list.length; i++) {
          const u = table.lookup(list[i] as number);
          if (u >= 0) out.push(x, u);
        }
      });
    },
  };
}

/**
 * Every speech's kept hashes filed by their top 18 bits, each with the rest of its bits and its speech:
 * six bytes a hash, built once from the rows (two passes, no sort).
 */
export class ClausePostings {
  readonly ids: string[];
  private readonly start: Uint32Array;
  private readonly low: Uint16Array;
  private readonly doc: Uint32Array;

  constructor(rows: readonly { id: string; p: Int32Array }[]) {
    this.ids = rows.map((r) => r.id);
    const start = new Uint32Array((1 << BUCKET_BITS) + 1);
    for (const r of rows) {
      for (const h of r.p) {
        const b = (h >>> (32 - BUCKET_BITS)) + 1;
        start[b] = (start[b] as number) + 1;
      }
    }
    for (let b = 1; b < start.length; b++) start[b] = (start[b] as number) + (start[b - 1] as number);
    const total = start[start.length - 1] as number;
    const fill = start.slice(0, -1);
    this.low = new Uint16Array(total);
    this.doc = new Uint32Array(total);
    rows.forEach((r, x) => {
      for (const h of r.p) {
        const b = h >>> (32 - BUCKET_BITS);
        const k = fill[b] as number;
        fill[b] = k + 1;
        this.low[k] = h & LOW_MASK;
        this.doc[k] = x;
      }
    });
    this.start = start;
  }

  get size(): number {
    return this.doc.length;
  }

  /** Every posting of the table's grams, but for speeches where `skip[x]` is set. */
  match(table: GramTable, skip: Uint8Array, out: Pairs): void {
    for (let u = 0; u < table.size; u++) {
      const h = table.hashOf[u] as number;
      const b = h >>> (32 - BUCKET_BITS);
      const low = h & LOW_MASK;
      const end = this.start[b + 1] as number;
      for (let k = this.start[b] as number; k < end; k++) {
        if (this.low[k] !== low) continue;
        const x = this.doc[k] as number;
        if (!skip[x]) out.push(x, u);
      }
    }
  }
}
