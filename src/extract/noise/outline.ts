import type { TextLine } from '../dom/textLines';

/** 目录/提纲 blocks repeat the headings of the text below them. */
export const OUTLINE_HEADER =
  /^(?:目[录錄]|提[纲綱]|[内內]容提要|[内內]容摘要|目[录錄]\s*[/／]\s*提[纲綱])\s*[:：]?/;

/**
 * Indexes of lines that belong to an outline block: the header line, the lines in the same DOM block,
 * and following short lines that repeat a heading found later in the text.
 */
export function findOutlineLines(lines: TextLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!header || !OUTLINE_HEADER.test(header.text) || header.text.length > 40) continue;
    out.add(i);
    const later = lines
      .slice(i + 1)
      .map((l) => l.text.replace(/\s+/g, ''))
      .join('\n');
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as TextLine;
      const compact = line.text.replace(/\s+/g, '');
      const sameBlock = line.block === header.block || header.block.contains(line.block);
      const repeatsHeading =
        !/[。！？]$/.test(compact) &&
        compact.length <= 80 &&
        later.indexOf(compact, later.indexOf(compact) + 1) > 0;
      if (!sameBlock && !repeatsHeading && !/^[…．.]+$/.test(compact)) break;
      out.add(j);
    }
  }
  return out;
}
