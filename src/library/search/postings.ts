import { COUNT_CAP, eachGram } from './grams';

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

class PostingsBuilder {
  bytes: number[] = [];
  prev = -1;
  push(place: number, count: number): void {
    let v = ((place - this.prev) << 3) | count;
    this.prev = place;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.bytes.push(v);
  }
}

/** The gram rows of one block: `folded[place]` is the folded body of the speech at that place (or undefined). */
export function buildBlock(
  block: number,
  folded: readonly (string | undefined)[],
): { k: number; p: Uint8Array }[] {
  const grams = new Map<number, PostingsBuilder>();
  folded.forEach((text, place) => {
    if (text === undefined) return;
    eachGram(text, (g, n) => {
      let b = grams.get(g);
      if (!b) {
        b = new PostingsBuilder();
        grams.set(g, b);
      }
      b.push(place, n);
    });
  });
  const rows: { k: number; p: Uint8Array }[] = [];
  for (const [g, b] of grams) rows.push({ k: gramKey(g, block), p: Uint8Array.from(b.bytes) });
  return rows;
}
