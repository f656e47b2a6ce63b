// The same popup-sized screen for every candidate: a 300-paragraph preview, 40 removed blocks with a
// put-back button each, a title field and a character count that follows the blocks put back.
export const PARAGRAPHS = Array.from(
  { length: 300 },
  (_, i) =>
    `第${i + 1}段：要坚持以人民为中心的发展思想，扎实推进各项工作落地见效，确保全年目标任务圆满完成。`,
);
export const REMOVED = Array.from({ length: 40 }, (_, i) => ({
  reason: '网站页脚',
  text: `版权所有 ${i}`,
  at: i * 7,
}));

export function bodyWith(restored: ReadonlySet<number>): string[] {
  const out = [...PARAGRAPHS];
  for (const i of [...restored].sort((a, b) => b - a))
    out.splice(REMOVED[i]?.at ?? 0, 0, REMOVED[i]?.text ?? '');
  return out;
}

declare global {
  interface Window {
    mounted?: number;
    updated?: number;
  }
}
