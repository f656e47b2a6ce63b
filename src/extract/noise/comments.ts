import type { TextLine } from '../dom/textLines';

/** The header of a reader-comment section: 网友评论（4）, 全部評論, 热门评论, 发表评论, Comments (12). */
export const COMMENTS_HEADER =
  /^(?:网友|網友|[读讀]者|[热熱]门|[热熱]門|最新|全部|精彩|[发發]表|用[户戶])?[评評][论論](?:[区區]|列表)?\s*[（(]?\s*\d*\s*[)）]?\s*[:：]?$|^(?:\d+\s+)?(?:Comments?|Responses?|Reader comments)\s*\(?\d*\)?$/i;

/**
 * Lines of reader-comment sections found by their header, for pages whose comment box has no telling
 * class (the DOM signal in dom/textLines.ts covers the rest): the header line and every later line in
 * the block that holds it.
 */
export function findCommentLines(lines: TextLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as TextLine;
    if (header.text.length > 20 || !COMMENTS_HEADER.test(header.text)) continue;
    const box = header.block.parentElement ?? header.block;
    out.add(i);
    for (let j = i + 1; j < lines.length && box.contains((lines[j] as TextLine).block); j++) out.add(j);
  }
  return out;
}
