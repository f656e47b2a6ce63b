import type { DocumentBlock } from './blocksDocument';
import type { PdfLine } from './pdfLayout';

/** 一、 （一） 1. 第一章: a line that opens a numbered section starts a paragraph of its own. */
const SECTION_START =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节部分篇])/;
/** A line that ends a sentence or a clause list and sits short of the edge closes its paragraph. */
/** 某某市人民政府文件: the issuing organ's masthead over a 文号, set large but not the title. */
const MASTHEAD = /(?:文件|简报|通报|公报|纪要)$/;

/**
 * Lines joined into the paragraphs the layout wrapped: a line continues the one before it unless it is
 * indented, opens a numbered section, is set large or centred, or the line before ended short of its
 * column's edge. The first run of large lines is the title (a title wraps too); a masthead is not.
 */
export function pdfBlocks(lines: PdfLine[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let open: DocumentBlock | null = null;
  let previous: PdfLine | null = null;
  let title: 'before' | 'in' | 'after' = 'before';
  for (const line of lines) {
    const display = line.large || line.centered;
    if (title === 'before' && line.large && !MASTHEAD.test(line.text)) title = 'in';
    else if (title === 'in' && !line.large) title = 'after';
    const kind: DocumentBlock['kind'] = title === 'in' ? 'title' : display ? 'heading' : 'paragraph';
    const continues =
      open !== null &&
      previous !== null &&
      open.kind === kind &&
      (kind === 'title' ||
        (kind === 'paragraph' &&
          !line.indented &&
          !SECTION_START.test(line.text) &&
          !previous.endsShort &&
          !previous.centered));
    if (continues && open) open.text = joinWrapped(open.text, line.text);
    else {
      open = { kind, text: line.text };
      blocks.push(open);
    }
    previous = line;
  }
  return blocks;
}

/** A wrapped line's halves: Chinese runs on without a space, Latin words get one, a hyphenated word none. */
function joinWrapped(before: string, after: string): string {
  if (/[A-Za-z]-$/.test(before) && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  if (/[A-Za-z0-9,.;:!?]$/.test(before) && /^[A-Za-z0-9(]/.test(after)) return `${before} ${after}`;
  return before + after;
}
