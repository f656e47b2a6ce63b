import type { TextLine } from './dom/textLines';
import { looksLikeProse, textWeight } from './text';
import type { RemovalReason } from './types';

export interface ClassifiedLine extends TextLine {
  weight: number;
  /** Whole-line noise found by a phrase family or a DOM signal. */
  noise: RemovalReason | null;
  prose: boolean;
  linkHeavy: boolean;
}

/**
 * The element that holds the speech: every line votes for all its ancestors, prose for, link lists and
 * noise against, labels slightly against; the best-scoring element wins and, on a tie, the deeper one.
 * This keeps a whole compilation or a paged preview together (their parent outscores each page) while
 * leaving out the menus, side lists and footers around them.
 */
export function findContentRoot(lines: ClassifiedLine[], body: Element): { root: Element; score: number } {
  const scores = new Map<Element, number>();
  for (const line of lines) {
    const vote = line.noise || line.linkHeavy ? -line.weight : line.prose ? line.weight : -0.25 * line.weight;
    for (let el: Element | null = line.block; el; el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + vote);
      if (el === body) break;
    }
  }
  let best: Element = body;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestDepth = -1;
  for (const [el, score] of scores) {
    const d = elementDepth(el, body);
    if (score > bestScore || (score === bestScore && d > bestDepth)) {
      best = el;
      bestScore = score;
      bestDepth = d;
    }
  }
  return { root: best, score: bestScore };
}

function elementDepth(el: Element, body: Element): number {
  let d = 0;
  for (let e: Element | null = el; e && e !== body; e = e.parentElement) d++;
  return d;
}

/** A line with its weight and kind; `text` replaces the line's own when notices were cut out of it. */
export function classify(
  line: TextLine,
  noise: RemovalReason | null,
  text = line.text,
  weight = textWeight(text),
): ClassifiedLine {
  const linkHeavy = line.linkChars > 0 && line.linkChars / Math.max(1, nonSpaceLength(text)) > 0.5;
  // A data table's cells are the table's text, however short (序号 | 当事人名称 | 罚款56万元).
  const prose = !noise && !linkHeavy && (looksLikeProse(text, weight) || (line.cell && weight > 0));
  // Built field by field: a spread that then overrides `text` leaves V8 a slow object (4× the cost).
  const { linkChars, block, centered, heading, comment, caption, cell, dated, afterImage } = line;
  return {
    text,
    linkChars,
    block,
    centered,
    heading,
    comment,
    caption,
    cell,
    dated,
    afterImage,
    weight,
    noise,
    linkHeavy,
    prose,
  };
}

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}
