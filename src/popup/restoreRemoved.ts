import type { RemovedBlock, TruncationDetail } from '../extract/types';

/**
 * The body with the chosen removed blocks put back where they stood: a block's `at` is the paragraph index
 * it stood before, in the body as captured; blocks with the same `at` keep their order.
 */
export function bodyWithRestored(
  body: string,
  removed: readonly RemovedBlock[],
  restored: ReadonlySet<number>,
): string {
  if (restored.size === 0) return body;
  const paragraphs = body.split('\n');
  const before = new Map<number, string[]>();
  removed.forEach((block, i) => {
    if (!restored.has(i)) return;
    const at = Math.max(0, Math.min(block.at, paragraphs.length));
    before.set(at, [...(before.get(at) ?? []), ...block.text.split('\n')]);
  });
  const out: string[] = [];
  paragraphs.forEach((p, i) => {
    out.push(...(before.get(i) ?? []), p);
  });
  out.push(...(before.get(paragraphs.length) ?? []));
  return out.join('\n');
}

/**
 * The gaps' offsets in the body with blocks put back: a gap keeps its paragraph and its place in it, so a
 * block restored before its paragraph moves it on, and one restored after it (the text past the gap) does not.
 */
export function gapsAfterRestore(
  body: string,
  removed: readonly RemovedBlock[],
  restored: ReadonlySet<number>,
  truncation: readonly TruncationDetail[],
): TruncationDetail[] {
  if (restored.size === 0) return [...truncation];
  const starts: number[] = [];
  let at = 0;
  for (const p of body.split('\n')) {
    starts.push(at);
    at += p.length + 1;
  }
  const inserted = new Map<number, number>(); // paragraph index → characters inserted before it
  removed.forEach((block, i) => {
    if (!restored.has(i)) return;
    const before = Math.max(0, Math.min(block.at, starts.length));
    inserted.set(before, (inserted.get(before) ?? 0) + block.text.length + 1);
  });
  return truncation.map((d) => {
    if (d.kind !== 'gap') return d;
    // the paragraph the gap is in (at its end when it sits on the line break)
    let p = starts.length - 1;
    while (p > 0 && (starts[p] as number) > d.offset) p--;
    let shift = 0;
    for (const [before, chars] of inserted) if (before <= p) shift += chars;
    return { ...d, offset: d.offset + shift };
  });
}
