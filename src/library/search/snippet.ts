import type { Highlight } from '../types';
import { foldForSearch } from './query';

/** Occurrences of `needle` in `haystack`, without overlap, up to `cap`. */
export function countOf(haystack: string, needle: string, cap: number): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0 && n < cap; i = haystack.indexOf(needle, i + needle.length))
    n++;
  return n;
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
