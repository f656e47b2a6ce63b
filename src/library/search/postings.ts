import { bigram, COUNT_CAP, unigram } from './grams';

// A sealed block's postings: for each gram, the block's speeches that hold it (their place in the block)
// and how often, as varints of (place - previous place) << 3 | count: one or two bytes a speech.

/** Speeches per block. Blocks are written once, when full; the speeches after the last block are scanned. */
export const BLOCK = 512;
/** Room for 4,096 blocks (two million speeches) in a gram row's key. */
const BLOCKS = 4096;

export const gramKey = (gram: number, block: number): number => gram * BLOCKS + block;
export const blockOfKey = (key: number): number => key % BLOCKS;
export const gramRange = (gram: number): [number, number] => [gram * BLOCKS, gram * BLOCKS + BLOCKS - 1];

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
export function buildBlock(
  block: number,
  folded: readonly (string | undefined)[],
): { k: number; p: Uint8Array }[] {
  const unigrams: (PostingsBuilder | undefined)[] = new Array(65_536);
  const bigrams = new Map<number, PostingsBuilder>();
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
      const g = bigram(a, b);
      let p = bigrams.get(g);
      if (!p) {
        p = new PostingsBuilder();
        bigrams.set(g, p);
      }
      p.add(place);
    }
  });
  const rows: { k: number; p: Uint8Array }[] = [];
  unigrams.forEach((u, c) => {
    if (u) rows.push({ k: gramKey(unigram(c), block), p: u.encode() });
  });
  for (const [g, p] of bigrams) rows.push({ k: gramKey(g, block), p: p.encode() });
  return rows;
}
