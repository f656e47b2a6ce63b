import type { Highlight, SpeechSummary } from '../types';
import { foldForSearch } from './query';

/**
 * What one speech contributes to search: its folded title, tags and body. Held in memory by the library page
 * once loaded; a scan of 50 M characters with indexOf takes 5–30 ms in V8 (docs/library.md), less than
 * a round trip through an IndexedDB word index of the same library, and needs no index on disk at all.
 */
export interface SearchDoc {
  id: string;
  /** What a hit shows in the list, without a trip to IndexedDB. */
  summary: SpeechSummary;
  title: string;
  tags: string;
  body: string;
  /** The body as saved, for snippets: the same string as `body` unless folding changed something. */
  raw: string;
  /** Per-document bigram filter: 8192 bits (1 KB), set for every character pair in the body. */
  bits: Uint32Array;
}

const BITS_WORDS = 256;

function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 19;
}

function bigramBits(text: string): Uint32Array {
  const bits = new Uint32Array(BITS_WORDS);
  for (let i = 0; i + 1 < text.length; i++) {
    const bit = pairBit(text.charCodeAt(i), text.charCodeAt(i + 1));
    bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return bits;
}

/** Can the body contain `term`? False means certainly not; true means look. */
export function mayContain(bits: Uint32Array, term: string): boolean {
  for (let i = 0; i + 1 < term.length; i++) {
    const bit = pairBit(term.charCodeAt(i), term.charCodeAt(i + 1));
    if (((bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

export function makeSearchDoc(summary: SpeechSummary, body: string): SearchDoc {
  const folded = foldForSearch(body);
  return {
    id: summary.id,
    summary,
    title: foldForSearch(summary.title),
    tags: foldForSearch(summary.tags.join(' ')),
    body: folded,
    raw: folded === body ? folded : body,
    bits: bigramBits(folded),
  };
}

function countOf(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && n < cap; i = haystack.indexOf(needle, i + needle.length))
    n++;
  return n;
}

export interface RawHit {
  id: string;
  score: number;
  /** Terms matched, out of all. */
  matched: number;
}

// Title and tags above body; every term above some: a speech with all terms in the body outranks one
// with one term in the title.
const TITLE = 12;
const TAG = 10;
const BODY_MAX = 6;
// A body that says a word five times is about it; counting further only costs time on common words.
const BODY_COUNT_CAP = 5;

export function scoreDoc(doc: SearchDoc, terms: readonly string[]): RawHit | undefined {
  let score = 0;
  let matched = 0;
  for (const t of terms) {
    const inTitle = doc.title.includes(t);
    const inTags = doc.tags.includes(t);
    const inBody = mayContain(doc.bits, t) ? countOf(doc.body, t, BODY_COUNT_CAP) : 0;
    if (!inTitle && !inTags && inBody === 0) continue;
    matched++;
    score +=
      (inTitle ? TITLE : 0) + (inTags ? TAG : 0) + (inBody ? Math.min(BODY_MAX, 1 + Math.log2(inBody)) : 0);
  }
  if (matched === 0) return undefined;
  return { id: doc.id, score: score + (matched === terms.length ? 100 : 0) + matched * 20, matched };
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 100;

/**
 * Text around the first place in `body` where the most terms meet, with every term highlighted. `body` is the
 * original text (not folded): NFKC keeps the length of CJK text, so folded offsets are original offsets
 * except after rare compatibility characters, where the highlight is re-found in the original.
 */
export function makeSnippet(
  body: string,
  terms: readonly string[],
): { snippet: string; highlights: Highlight[] } {
  const folded = foldForSearch(body);
  const aligned = folded.length === body.length;
  let at = -1;
  for (const t of terms) {
    const i = folded.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return { snippet: body.slice(0, SNIPPET_LENGTH).replace(/\n/g, ' '), highlights: [] };
  const start = Math.max(0, at - SNIPPET_BEFORE);
  const end = Math.min(body.length, start + SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const text = prefix + body.slice(start, end).replace(/\n/g, ' ') + (end < body.length ? '…' : '');
  const window = aligned ? folded.slice(start, end) : foldForSearch(body.slice(start, end));
  const highlights: Highlight[] = [];
  for (const t of terms) {
    for (let i = window.indexOf(t); i >= 0; i = window.indexOf(t, i + t.length)) {
      highlights.push([prefix.length + i, prefix.length + i + t.length]);
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  return { snippet: text, highlights: mergeRanges(highlights) };
}

function mergeRanges(ranges: Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
