import type { CaptureInput } from './types';

// Words of grammar, not of any topic: pronouns, demonstratives, question words. Words of a topic that most
// speeches share (工作, 组织, 社会, 人民) are measured across the library instead (Tags.suggestTags).
const GRAMMAR = new Set(
  '我们 你们 他们 她们 咱们 自己 大家 一个 一些 这个 那个 这些 那些 什么 怎么 如何 已经 还是 就是 可以 没有'.split(
    ' ',
  ),
);

/**
 * Frequent two-to-six-character words of the title and the opening, most frequent first, by Intl.Segmenter
 * where there is one.
 */
export function topicWords(capture: CaptureInput, limit: number): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [];
  const seg = new Seg('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const s of seg.segment(text)) {
      const w = s.segment;
      if (!s.isWordLike || w.length < 2 || w.length > 6 || GRAMMAR.has(w) || /^[\d\p{P}\p{S}a-z]+$/iu.test(w))
        continue;
      counts.set(w, (counts.get(w) ?? 0) + weight);
    }
  };
  add(capture.title, 5);
  add(capture.body.slice(0, 4000), 1);
  return [...counts]
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([w]) => w);
}
