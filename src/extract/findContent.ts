import { isFooterBox } from './dom/elementKinds';
import type { TextLine } from './dom/textLines';
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
 * leaving out the menus, side lists and footers around them. The site's footer is a world apart: its lines
 * vote only for the boxes inside it, and one of those wins only when no box outside it holds more text than
 * noise (a contact blurb under a short news item is not the news).
 */
export function findContentRoot(lines: ClassifiedLine[], body: Element): { root: Element; score: number } {
  // Lines come in document order, so the elements a line votes for are a path from `body` that shares its
  // start with the path before: sums are kept along that path, and an element is judged when the next
  // line's path leaves it (it can hold no later line). A page of 100,000 links spent most of this step
  // keeping a map of every element's sum.
  const path: Element[] = [];
  const sums: number[] = [];
  const firsts: number[] = [];
  const chain: Element[] = [];
  const inFooter: boolean[] = [];
  // The depth of the outermost <aside> on the path down to each depth, or -1.
  const asideAt: number[] = [];
  const footerBest = { el: body, score: Number.NEGATIVE_INFINITY };
  let best: Element = body;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestDepth = -1;
  let bestFirst = 0;
  const judge = (depth: number) => {
    const score = sums[depth] as number;
    const first = firsts[depth] as number;
    // A box in the footer or in an <aside> wins only when no box outside holds more text than noise.
    if (inFooter[depth] || (asideAt[depth] as number) >= 0) {
      if (score > footerBest.score) {
        footerBest.el = path[depth] as Element;
        footerBest.score = score;
      }
      return;
    }
    // Ties go to the deeper element, then to the one reached by an earlier line.
    if (
      score > bestScore ||
      (score === bestScore && (depth > bestDepth || (depth === bestDepth && first < bestFirst)))
    ) {
      best = path[depth] as Element;
      bestScore = score;
      bestDepth = depth;
      bestFirst = first;
    }
  };
  lines.forEach((line, i) => {
    const vote = line.noise || line.linkHeavy ? -line.weight : line.prose ? line.weight : -0.25 * line.weight;
    chain.length = 0;
    for (let el: Element | null = line.block; el; el = el.parentElement) {
      chain.push(el);
      if (el === body) break;
    }
    const depth = chain.length;
    let shared = 0;
    while (shared < depth && shared < path.length && path[shared] === chain[depth - 1 - shared]) shared++;
    // A line in an element above the path's end (text after a nested block) leaves the deeper ones open.
    if (shared < depth) {
      for (let d = path.length - 1; d >= shared; d--) judge(d);
      path.length = sums.length = firsts.length = inFooter.length = asideAt.length = shared;
      for (let d = shared; d < depth; d++) {
        const el = chain[depth - 1 - d] as Element;
        path.push(el);
        sums.push(0);
        firsts.push(i);
        inFooter.push(d > 0 && ((inFooter[d - 1] as boolean) || isFooterBox(el)));
        const above = d > 0 ? (asideAt[d - 1] as number) : -1;
        asideAt.push(above >= 0 ? above : d > 0 && el.tagName === 'ASIDE' ? d : -1);
      }
    }
    // A footer's lines vote only inside the footer: its blurb does not lift the page around it.
    let from = 0;
    if (inFooter[depth - 1]) {
      from = depth - 1;
      while (from > 0 && inFooter[from - 1]) from--;
    }
    // An <aside>'s text (a sidebar of the story's facts and sources) does not lift the box around it either;
    // its links and noise still count against that box.
    const aside = asideAt[depth - 1] as number;
    if (vote > 0 && aside > from) from = aside;
    for (let d = from; d < depth; d++) sums[d] = (sums[d] as number) + vote;
  });
  for (let d = path.length - 1; d >= 0; d--) judge(d);
  if (bestScore <= 0 && footerBest.score > bestScore) return { root: footerBest.el, score: footerBest.score };
  return { root: best, score: bestScore };
}
