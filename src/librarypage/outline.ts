// Heading lines of a Chinese speech: 一、 （一） (一) 第一章 第一条 and short 一是/第一, lead-ins.
const HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节部分篇])/;

export interface OutlineEntry {
  paragraph: number;
  level: 1 | 2;
  text: string;
}

/** The headings of a body, for the reading view's outline. */
export function outlineOf(body: string): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  body.split('\n').forEach((p, i) => {
    const text = p.trim();
    // A heading is a line, not a paragraph: short, and not a run of clauses (一、二两项工作要……，……，……。).
    if (text.length > 60 || (text.match(/[，,；;]/g)?.length ?? 0) > 2 || !HEADING.test(text)) return;
    out.push({ paragraph: i, level: /^[（(]/.test(text) ? 2 : 1, text });
  });
  return out;
}
