import type { Paragraph } from '../structure/paragraphs';
import type { TruncationDetail } from '../types';

type Gap = Extract<TruncationDetail, { kind: 'gap' }>;

/**
 * Stage 5b — each paywall gap at its offset in the finished body: at the end of the paragraph before the one
 * the page resumed with (a paragraph after a gap is never joined onto the one before it), 0 before the first,
 * the body's end after the last. Placed on the body as built, after every repair and join, so the popup, the
 * reader and the exports put the marker exactly where the text is missing.
 */
export function placeGaps(body: string, gaps: Gap[], gapBefore: Map<Gap, Paragraph>): Gap[] {
  let from = 0;
  const placed = new Map<Paragraph, number>();
  return gaps.map((gap) => {
    const next = gapBefore.get(gap);
    if (!next) return { ...gap, offset: body.length };
    let offset = placed.get(next);
    if (offset === undefined) {
      const at = body.indexOf(next.text, from);
      offset = at < 0 ? body.length : Math.max(0, at - 1);
      if (at >= 0) from = at;
      placed.set(next, offset);
    }
    return { ...gap, offset };
  });
}
