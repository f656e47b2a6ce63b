import type { SpeechSummary } from '../types';
import { exactFromGrams, termGrams } from './grams';
import { BLOCK, type Postings } from './postings';
import { foldForSearch } from './query';
import { countOf } from './snippet';

/** A live speech as search sees it: the catalog entry, and for a speech not yet in a block its folded text. */
export interface SearchDoc {
  doc: number;
  s: SpeechSummary;
  /** Folded title; folded tags joined by spaces. */
  t: string;
  g: string;
  /** Folded body, for speeches after the last sealed block (scanned, not looked up). */
  body?: string;
}

export interface RankSources {
  /** Postings of each gram in each sealed block. */
  postings(grams: number[]): Promise<Map<number, Map<number, Postings>>>;
  sealedBlocks: number;
  /** Texts as saved, for terms of three characters or more that the grams cannot settle. */
  texts(docs: SearchDoc[]): Promise<Map<number, string>>;
}

export interface Ranked {
  doc: SearchDoc;
  score: number;
  /** Some term is in the body: the snippet comes from it, else from the title. */
  inBody: boolean;
}

// Title and tags above body; every term above some: a speech with all terms in the body outranks one
// with one term in the title.
const TITLE = 12;
const TAG = 10;
const BODY_MAX = 6;
// A body that says a word five times is about it; counting further only costs time on common words.
const BODY_COUNT_CAP = 5;
const VERIFY_BATCH = 64;

const bodyPoints = (n: number) => (n ? Math.min(BODY_MAX, 1 + Math.log2(n)) : 0);

/**
 * The best `limit` speeches for `terms`, by the ranking rules of docs/library.md: per term title 12, tags 10,
 * body 1 + log2 of up to five occurrences (at most 6); 20 per term matched and 100 when all are; ties go to
 * the newer text. Terms of one or two characters are counted from their gram; a longer term's count is at most
 * the smallest count of its bigrams, and is checked in the text only for speeches that could still make the list.
 */
export async function rankDocs(
  docs: readonly SearchDoc[],
  terms: readonly string[],
  size: number,
  limit: number,
  src: RankSources,
  /** Every term must be there (the default), or any one. */
  needAll = true,
): Promise<Ranked[]> {
  const at: (SearchDoc | undefined)[] = new Array(size);
  for (const d of docs) at[d.doc] = d;
  const field = terms.map(() => new Uint8Array(size));
  const count = terms.map(() => new Uint8Array(size));
  const unsure = terms.map(() => new Uint8Array(size));
  const touched: number[] = [];
  const seen = new Uint8Array(size);
  const touch = (doc: number) => {
    if (!seen[doc]) {
      seen[doc] = 1;
      touched.push(doc);
    }
  };

  terms.forEach((t, ti) => {
    const f = field[ti] as Uint8Array;
    const c = count[ti] as Uint8Array;
    for (const d of docs) {
      const bits = (d.t.includes(t) ? 1 : 0) | (d.g.includes(t) ? 2 : 0);
      if (bits) f[d.doc] = bits;
      if (d.body !== undefined) c[d.doc] = countOf(d.body, t, BODY_COUNT_CAP);
      if (bits || c[d.doc]) touch(d.doc);
    }
  });

  const grams = terms.map(termGrams);
  const postings = await src.postings(grams.flat());
  const hits = new Uint8Array(BLOCK);
  const least = new Uint8Array(BLOCK);
  terms.forEach((t, ti) => {
    const c = count[ti] as Uint8Array;
    const u = unsure[ti] as Uint8Array;
    const exact = exactFromGrams(t);
    const lists = (grams[ti] as number[]).map((g) => postings.get(g));
    for (let b = 0; b < src.sealedBlocks; b++) {
      const inBlock = lists.map((l) => l?.get(b));
      if (inBlock.some((p) => !p)) continue;
      hits.fill(0);
      least.fill(BODY_COUNT_CAP);
      for (const p of inBlock as Postings[]) {
        for (let i = 0; i < p.places.length; i++) {
          const place = p.places[i] as number;
          hits[place] = (hits[place] as number) + 1;
          least[place] = Math.min(least[place] as number, p.counts[i] as number);
        }
      }
      const base = b * BLOCK;
      for (let place = 0; place < BLOCK; place++) {
        if (hits[place] !== inBlock.length || !at[base + place]) continue;
        c[base + place] = least[place] as number;
        if (!exact) u[base + place] = 1;
        touch(base + place);
      }
    }
  });

  const scoreOf = (doc: number) => {
    let score = 0;
    let matched = 0;
    for (let ti = 0; ti < terms.length; ti++) {
      const f = (field[ti] as Uint8Array)[doc] as number;
      const n = (count[ti] as Uint8Array)[doc] as number;
      if (!f && !n) continue;
      matched++;
      score += (f & 1 ? TITLE : 0) + (f & 2 ? TAG : 0) + bodyPoints(n);
    }
    if (matched === 0 || (needAll && matched < terms.length)) return 0;
    return score + (matched === terms.length ? 100 : 0) + matched * 20;
  };
  const isUnsure = (doc: number) => unsure.some((u) => u[doc]);
  const before = (a: { score: number; doc: number }, b: { score: number; doc: number }) =>
    b.score - a.score || b.doc - a.doc;

  const candidates = touched.map((doc) => ({ doc, score: scoreOf(doc) })).sort(before);
  const out: { doc: number; score: number }[] = [];
  for (let i = 0; i < candidates.length; ) {
    const last = out[limit - 1];
    const next = candidates[i] as { doc: number; score: number };
    if (last && before(last, next) <= 0) break;
    const batch = candidates.slice(i, i + VERIFY_BATCH);
    i += batch.length;
    const check = batch.filter((x) => isUnsure(x.doc)).map((x) => at[x.doc] as SearchDoc);
    if (check.length > 0) {
      const texts = await src.texts(check);
      for (const d of check) {
        const body = foldForSearch(texts.get(d.doc) ?? '');
        terms.forEach((t, ti) => {
          if (!(unsure[ti] as Uint8Array)[d.doc]) return;
          (count[ti] as Uint8Array)[d.doc] = countOf(body, t, BODY_COUNT_CAP);
          (unsure[ti] as Uint8Array)[d.doc] = 0;
        });
      }
    }
    for (const x of batch) {
      const score = scoreOf(x.doc);
      if (score > 0) out.push({ doc: x.doc, score });
    }
    out.sort(before);
    if (out.length > limit) out.length = limit;
  }
  return out.map(({ doc, score }) => ({
    doc: at[doc] as SearchDoc,
    score,
    inBody: count.some((c) => (c[doc] as number) > 0),
  }));
}
