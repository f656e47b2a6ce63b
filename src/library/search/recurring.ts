import type { RecurringPassage } from '../types';
import { termGrams } from './grams';
import { BLOCK, type Postings } from './postings';
import { foldForSearch } from './query';
import type { RankSources, SearchDoc } from './rank';

const MIN = 12;
const MAX = 200;

/** Sentences worth comparing: long enough to be a phrase of their own, at most a long sentence. */
export function sentencesOf(body: string): { text: string; paragraph: number }[] {
  const out: { text: string; paragraph: number }[] = [];
  body.split('\n').forEach((p, paragraph) => {
    for (const s of p.split(/(?<=[。！？；!?;])/u)) {
      const text = s.trim();
      const core = text.replace(/[\s\p{P}]+/gu, '');
      if (core.length >= MIN && text.length <= MAX) out.push({ text, paragraph });
    }
  });
  return out;
}

const VERIFY_BATCH = 256;

/**
 * Sentences of `body` found in other speeches, most shared first. A speech in a block is a candidate for a
 * sentence only when it holds every bigram of it; only candidates' texts are read to confirm.
 */
export async function findRecurring(
  body: string,
  docs: readonly SearchDoc[],
  src: RankSources,
  limit = 50,
): Promise<RecurringPassage[]> {
  const sentences = sentencesOf(body).map((s) => ({
    ...s,
    // The sentence without its closing punctuation: the same words end differently in other speeches.
    needle: foldForSearch(s.text).replace(/[。！？；!?;，,、\s]+$/u, ''),
    ids: [] as string[],
    candidates: new Set<number>(),
  }));
  const seen = new Set<string>();
  const unique = sentences.filter((s) => !seen.has(s.needle) && seen.add(s.needle));
  const at = new Map(docs.map((d) => [d.doc, d]));
  for (const d of docs) {
    if (d.body === undefined) continue;
    for (const s of unique) if (d.body.includes(s.needle)) s.ids.push(d.s.id);
  }
  const grams = unique.map((s) => termGrams(s.needle));
  const postings = await src.postings(grams.flat());
  const hits = new Uint8Array(BLOCK);
  unique.forEach((s, k) => {
    const lists = (grams[k] as number[]).map((g) => postings.get(g));
    for (let b = 0; b < src.sealedBlocks; b++) {
      const inBlock = lists.map((l) => l?.get(b));
      if (inBlock.some((p) => !p)) continue;
      hits.fill(0);
      for (const p of inBlock as Postings[])
        for (const place of p.places) hits[place] = (hits[place] as number) + 1;
      for (let place = 0; place < BLOCK; place++) {
        const doc = b * BLOCK + place;
        if (hits[place] === inBlock.length && at.get(doc)?.body === undefined && at.has(doc))
          s.candidates.add(doc);
      }
    }
  });
  const toCheck = [...new Set(unique.flatMap((s) => [...s.candidates]))].sort((a, b) => a - b);
  for (let i = 0; i < toCheck.length; i += VERIFY_BATCH) {
    const batch = toCheck.slice(i, i + VERIFY_BATCH).map((doc) => at.get(doc) as SearchDoc);
    const texts = await src.texts(batch);
    for (const d of batch) {
      const folded = foldForSearch(texts.get(d.doc) ?? '');
      for (const s of unique) if (s.candidates.has(d.doc) && folded.includes(s.needle)) s.ids.push(d.s.id);
    }
  }
  return unique
    .filter((s) => s.ids.length > 0)
    .sort((a, b) => b.ids.length - a.ids.length || a.paragraph - b.paragraph)
    .slice(0, limit)
    .map(({ text, paragraph, ids }) => ({ text, paragraph, ids }));
}
