import type { Paragraph } from '../structure/paragraphs';
import type { RemovedBlock } from '../types';

/**
 * Stage 5c — each block left out, at its place in the finished body: `at` is the index of the body paragraph
 * it stood before, counted after wrapped lines were joined (counted before, a block put back landed paragraphs
 * too late, after a merged paragraph). A block that stood inside a paragraph the join made goes right after it;
 * one after the last paragraph goes at the end. Blocks without a known paragraph (title copies) keep theirs.
 */
export function placeRemoved(
  body: string,
  removed: RemovedBlock[],
  removedBefore: Map<RemovedBlock, Paragraph>,
): RemovedBlock[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of body.split('\n')) {
    starts.push(at);
    at += p.length + 1;
  }
  let from = 0;
  return removed.map((block) => {
    const next = removedBefore.get(block);
    if (!next) return block;
    const found = body.indexOf(next.text, from);
    if (found < 0) return block;
    from = found;
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > found) k--;
    return { ...block, at: starts[k] === found ? k : k + 1 };
  });
}
