import type { RecurringPassage } from '../types';
import { foldForSearch } from './query';
import { mayContain, type SearchDoc } from './searchIndex';

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

/**
 * Sentences of `body` found in other speeches, most shared first. The bit filter rules out nearly every
 * speech before any `indexOf`, so a 100-sentence speech against 10,000 others takes a moment, not a scan each.
 */
export function findRecurring(
  body: string,
  selfId: string,
  docs: Iterable<SearchDoc>,
  limit = 50,
): RecurringPassage[] {
  const sentences = sentencesOf(body).map((s) => ({
    ...s,
    // The sentence without its closing punctuation: the same words end differently in other speeches.
    needle: foldForSearch(s.text).replace(/[。！？；!?;，,、\s]+$/u, ''),
    ids: [] as string[],
  }));
  const seen = new Set<string>();
  const unique = sentences.filter((s) => !seen.has(s.needle) && seen.add(s.needle));
  for (const doc of docs) {
    if (doc.id === selfId) continue;
    for (const s of unique)
      if (mayContain(doc.bits, s.needle) && doc.body.includes(s.needle)) s.ids.push(doc.id);
  }
  return unique
    .filter((s) => s.ids.length > 0)
    .sort((a, b) => b.ids.length - a.ids.length || a.paragraph - b.paragraph)
    .slice(0, limit)
    .map(({ text, paragraph, ids }) => ({ text, paragraph, ids }));
}
