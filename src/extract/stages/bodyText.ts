import { splitCompilation } from '../structure/compilation';
import { joinWrappedLines, type Paragraph } from '../structure/paragraphs';
import type { RemovedBlock, SpeechPart } from '../types';

const TITLE_LIKE_MAX = 60;
const isTitleLike = (text: string) => text.length <= TITLE_LIKE_MAX && !/[。！？!?，,]/.test(text);

/**
 * Stage 5 — the body and its parts: a compilation splits at its part markers (its heading lines before the
 * first part go as title copies, an introduction stays); wrapped lines join into paragraphs.
 */
export function bodyText(
  paragraphs: Paragraph[],
  title: string,
): { body: string; parts: SpeechPart[]; removed: RemovedBlock[] } {
  const join = (ps: Paragraph[]) => joinWrappedLines(ps).map((p) => p.text);
  const split = splitCompilation(paragraphs);
  if (!split) {
    const body = join(paragraphs).join('\n');
    return { body, parts: [{ title, body }], removed: [] };
  }
  const removed: RemovedBlock[] = [
    ...split.preamble
      .filter((p) => isTitleLike(p.text))
      .map((p) => ({ reason: 'duplicate-title' as const, text: p.text, at: 0 })),
    ...split.repeatedTitles.map((t) => ({ reason: 'duplicate-title' as const, text: t, at: 0 })),
  ];
  const parts = split.parts.map((p) => ({
    title: p.title,
    body: join(p.paragraphs).join('\n'),
    // A paywall gap inside the part: it is not whole, whatever the other parts are.
    ...(p.paragraphs.some((x) => x.afterGap) ? { truncated: true } : {}),
  }));
  const body = [
    ...join(split.preamble.filter((p) => !isTitleLike(p.text))),
    ...parts.flatMap((p) => [p.title, ...(p.body ? [p.body] : [])]),
  ].join('\n');
  return { body, parts, removed };
}
