// Duplicate detection compares text a person would call the same: widths, spaces and punctuation folded.

/** The length a person reads: characters without whitespace (字数, punctuation included). */
export const charCount = (text: string): number => [...text.replace(/\s+/gu, '')].length;

/** NFKC (full-width → half-width), lower case, no whitespace, punctuation or symbols. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** 53-bit FNV-1a style hash, hex: cheap, stable across browsers. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(16);
}

const SHINGLE = 8;
const KEEP_ONE_IN = 32;

function hashShingle(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + SHINGLE; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * The hashes of the 8-character shingles that fall on 1 in 32 hash values: chosen by content, so two
 * copies of one speech with other noise or a cut keep the same samples where their text is the same.
 */
export function shingleSample(folded: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= folded.length; i++) {
    const h = hashShingle(folded, i);
    if ((h & (KEEP_ONE_IN - 1)) === 0) out.add(h);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Share of the smaller sample found in the larger: 1 when one text contains the other. With `atLeast`, the
 * count stops as soon as the share cannot reach it (and what it returns is then below it): looking for a
 * near copy among hundreds of speeches that share a phrase, most are given up a third of the way in.
 */
export function containment(a: readonly number[], b: readonly number[], atLeast = 0): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const n = small.length;
  let i = 0;
  let j = 0;
  let common = 0;
  let missed = 0;
  while (i < n && j < large.length) {
    const x = small[i] as number;
    const y = large[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      i++;
      missed++;
      if ((n - missed) / n < atLeast) return common / n;
    } else j++;
  }
  return common / n;
}

/** Enough shared text to be one speech: most of the shorter copy is in the longer. */
export const NEAR_DUPLICATE = 0.6;
/** On the same url, less shared text than this means another speech on that page (a compilation's part). */
export const SAME_PAGE = 0.3;
/** Too few samples say nothing (a short text); such texts need an exact match. */
export const MIN_SAMPLES = 8;

type Fingerprint = { folded: string; hash: string; sample: number[] };
/** A batch of sync's pull (200 texts) and more; a few long texts take the room of many. */
const RECENT = 256;
const RECENT_CHARS = 2_000_000;
const recent = new Map<string, Fingerprint>();
let recentChars = 0;

/**
 * The folded text, its hash and its sample, for the texts last asked about: a save, an import or a pulled batch
 * checks texts for duplicates and stores them, and each would otherwise fold and sample the same 5,000
 * characters again.
 */
export function fingerprintOf(text: string): Fingerprint {
  let print = recent.get(text);
  if (!print) {
    const folded = foldText(text);
    print = { folded, hash: hashText(folded), sample: shingleSample(folded) };
    recent.set(text, print);
    recentChars += text.length;
    for (const oldest of recent.keys()) {
      if (recent.size <= 1 || (recent.size <= RECENT && recentChars <= RECENT_CHARS)) break;
      recent.delete(oldest);
      recentChars -= oldest.length;
    }
  }
  return print;
}
