import type { GramRow } from '../rows';
import { bigram, COUNT_CAP, unigram } from './grams';

// A sealed block's postings: for each gram, the block's speeches that hold it (their place in the block)
// and how often, as varints of (place - previous place) << 3 | count: one or two bytes a speech. Grams are
// filed in 1,024 buckets by hash, a row per bucket and block: sealing writes 1,024 rows whatever the
// vocabulary (real text has 10⁵ distinct grams in 512 speeches), and a query reads one row per block per gram.

/** Speeches per block. Blocks are written once, when full; the speeches after the last block are scanned. */
export const BLOCK = 512;
/** Room for 4,096 blocks (two million speeches) in a row's key. */
const BLOCKS = 4096;
const BUCKET_BITS = 10;

/** The bucket of a gram: the top bits of a multiplicative hash of its low and high words. */
export const bucketOf = (gram: number): number =>
  Math.imul((gram >>> 0) ^ Math.floor(gram / 2 ** 32), 0x9e3779b1) >>> (32 - BUCKET_BITS);
export const rowKey = (bucket: number, block: number): number => bucket * BLOCKS + block;
export const blockOfKey = (key: number): number => key % BLOCKS;
/** The keys of a bucket's rows in blocks [from, to). */
export const bucketRange = (bucket: number, from: number, to: number): [number, number] => [
  bucket * BLOCKS + from,
  bucket * BLOCKS + to,
];

/** One gram's postings in a bucket row, or undefined when no speech of that block holds it. */
export function postingsIn(row: GramRow, gram: number): Postings | undefined {
  let lo = 0;
  let hi = row.g.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = row.g[mid] as number;
    if (g === gram) return decodePostings(row.p.subarray(mid === 0 ? 0 : row.o[mid - 1], row.o[mid]));
    if (g < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** One gram's postings in one block, decoded. */
export interface Postings {
  places: Uint16Array;
  counts: Uint8Array;
}

export function decodePostings(bytes: Uint8Array): Postings {
  const places: number[] = [];
  const counts: number[] = [];
  let prev = -1;
  for (let i = 0; i < bytes.length; ) {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++] as number;
      v |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    prev += v >>> 3;
    places.push(prev);
    counts.push(v & COUNT_CAP);
  }
  return { places: Uint16Array.from(places), counts: Uint8Array.from(counts) };
}

/** One gram's postings in a block being sealed, a speech at a time. */
class PostingsBuilder {
  readonly places: number[] = [];
  readonly counts: number[] = [];

  /** One more occurrence in the speech at `place` (places come in order). */
  add(place: number): void {
    const last = this.places.length - 1;
    if (this.places[last] === place) {
      if ((this.counts[last] as number) < COUNT_CAP) this.counts[last] = (this.counts[last] as number) + 1;
    } else {
      this.places.push(place);
      this.counts.push(1);
    }
  }

  encode(): Uint8Array {
    const bytes: number[] = [];
    let prev = -1;
    this.places.forEach((place, i) => {
      let v = ((place - prev) << 3) | (this.counts[i] as number);
      prev = place;
      while (v >= 0x80) {
        bytes.push((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      bytes.push(v);
    });
    return Uint8Array.from(bytes);
  }
}

/**
 * The gram rows of one block: `folded[place]` is the folded body of the speech at that place (or undefined).
 * One pass: unigrams by code in an array, bigrams in one map. A bigram of two equal characters counts without
 * overlap (哈哈 twice in 哈哈哈哈, once in 哈哈哈), as `indexOf` stepping past each hit does.
 */
export function buildBlock(block: number, folded: readonly (string | undefined)[]): GramRow[] {
  const unigrams: (PostingsBuilder | undefined)[] = new Array(65_536);
  // By first character, then a map by the second: small integer keys, several times faster than one map of
  // 33-bit codes (sealing 512 generated speeches: 700-1,100 ms → see the commit).
  const bigrams: (Map<number, PostingsBuilder> | undefined)[] = new Array(65_536);
  folded.forEach((text, place) => {
    if (text === undefined) return;
    let lastSame = -2;
    for (let i = 0; i < text.length; i++) {
      const a = text.charCodeAt(i);
      let u = unigrams[a];
      if (!u) {
        u = new PostingsBuilder();
        unigrams[a] = u;
      }
      u.add(place);
      if (i + 1 >= text.length) break;
      const b = text.charCodeAt(i + 1);
      if (a === b) {
        if (lastSame === i - 1) {
          lastSame = -2;
          continue;
        }
        lastSame = i;
      }
      let second = bigrams[a];
      if (!second) {
        second = new Map();
        bigrams[a] = second;
      }
      let p = second.get(b);
      if (!p) {
        p = new PostingsBuilder();
        second.set(b, p);
      }
      p.add(place);
    }
  });
  const byBucket = new Map<number, [number, PostingsBuilder][]>();
  const file = (g: number, p: PostingsBuilder) => {
    const b = bucketOf(g);
    const list = byBucket.get(b);
    if (list) list.push([g, p]);
    else byBucket.set(b, [[g, p]]);
  };
  unigrams.forEach((u, c) => {
    if (u) file(unigram(c), u);
  });
  bigrams.forEach((second, a) => {
    if (second) for (const [b, p] of second) file(bigram(a, b), p);
  });
  const rows: GramRow[] = [];
  for (const [bucket, list] of byBucket) {
    list.sort((x, y) => x[0] - y[0]);
    const parts = list.map(([, p]) => p.encode());
    const o = new Uint32Array(parts.length);
    const p = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
    let at = 0;
    parts.forEach((x, i) => {
      p.set(x, at);
      at += x.length;
      o[i] = at;
    });
    rows.push({ k: rowKey(bucket, block), g: Float64Array.from(list, ([g]) => g), o, p });
  }
  return rows;
}
