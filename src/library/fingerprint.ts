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

/** Share of the smaller sample found in the larger: 1 when one text contains the other. */
export function containment(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < small.length && j < large.length) {
    const x = small[i] as number;
    const y = large[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / small.length;
}

/** Enough shared text to be one speech: most of the shorter copy is in the longer. */
export const NEAR_DUPLICATE = 0.6;
/** On the same url, less shared text than this means another speech on that page (a compilation's part). */
export const SAME_PAGE = 0.3;
/** Too few samples say nothing (a short text); such texts need an exact match. */
export const MIN_SAMPLES = 8;

let last: { text: string; folded: string; hash: string; sample: number[] } | undefined;

/**
 * The folded text, its hash and its sample, for the text last asked about: a save or import checks a text for
 * duplicates and then stores it, and each would otherwise fold and sample the same 5,000 characters again.
 */
export function fingerprintOf(text: string): { folded: string; hash: string; sample: number[] } {
  if (last?.text !== text) {
    const folded = foldText(text);
    last = { text, folded, hash: hashText(folded), sample: shingleSample(folded) };
  }
  return last;
}
