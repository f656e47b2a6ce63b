import type { TextLine } from '../dom/textLines';

/** 目录/提纲 blocks repeat the headings of the text below them. */
export const OUTLINE_HEADER =
  /^(?:目\s*[录錄]|提\s*[纲綱]|[内內]容提要|[内內]容摘要)(?:\s*[/／]\s*提[纲綱])?\s*(?:[:：]|$)/;

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
    const compacts = lines.slice(i + 1).map((l) => l.text.replace(/\s+/g, ''));
    const later = compacts.join('\n');
    // Offset in `later` just past line j: a heading is repeated only when it occurs again below itself.
    let end = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as TextLine;
      const compact = compacts[j - i - 1] as string;
      end += compact.length + 1;
      const sameBlock = line.block === header.block || header.block.contains(line.block);
      const repeatsHeading =
        !/[。！？]$/.test(compact) && compact.length <= 80 && later.indexOf(compact, end) >= 0;
      if (!sameBlock && !repeatsHeading && !/^[…．.]+$/.test(compact)) break;
      out.add(j);
    }
  }
  return out;
}
