import type { CaptureInput } from './types';

// Words every speech has: never a useful tag.
const STOP = new Set(
  '同志们 我们 你们 他们 一个 这个 那个 工作 进一步 坚持 加强 推进 全面 认真 今天 大家 已经 没有 还是 就是 可以 方面 问题 情况 要求 通过 开展 进行 以及 发展 建设 提高 落实 重要 一些 各级 自己 什么 怎么 如何 不断 更加 讲话 致辞 发言'.split(
    ' ',
  ),
);

/** Frequent two-to-four-character words of the title and the opening, by Intl.Segmenter where there is one. */
export function topicWords(capture: CaptureInput, limit: number): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [];
  const seg = new Seg('zh', { granularity: 'word' });
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const s of seg.segment(text)) {
      const w = s.segment;
      if (!s.isWordLike || w.length < 2 || w.length > 6 || STOP.has(w) || /^[\d\p{P}\p{S}a-z]+$/iu.test(w))
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
