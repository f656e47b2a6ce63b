import type { RemovedBlock } from '../extract/types';

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
