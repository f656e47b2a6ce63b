import type { TextLine } from '../dom/textLines';
import { textWeight } from '../text';
import type { RemovalReason } from '../types';

/**
 * The header of a reader-comment section: 网友评论（4）, 全部評論, 热门评论, 发表评论, Comments (12), 3 Responses.
 * `Response` alone is a heading of the text (an API's Response object), not one.
 */
export const COMMENTS_HEADER =
  /^(?:网友|網友|[读讀]者|[热熱]门|[热熱]門|最新|全部|精彩|[发發]表|用[户戶])?[评評][论論](?:[区區]|列表)?\s*[（(]?\s*\d*\s*[)）]?\s*[:：]?$|^(?:\d+\s+)?(?:Comments?|Responses|Reader comments)\s*\(?\d*\)?$|^(?:\d+|One)\s+Responses?$/i;

/** The header of the other answers on a Q&A page: 更多回答, 其他 3 条回答, 其他网友的回答 (12). */
export const MORE_ANSWERS_HEADER =
  /^(?:更多|其他|其它)\s*(?:\d+\s*(?:个|個|条|條)\s*)?(?:网友|網友)?的?(?:回答|答案)\s*(?:[（(]\s*\d+\s*[)）])?$/;

/** A platform's disclaimer under a post: 特别声明, 免责声明： (its text follows in the same box). */
export const DISCLAIMER_HEADER =
  /^(?:特别|特別|免[责責]|版[权權](?:与|與|和|及)?(?:免[责責])?)[声聲]明\s*[:：]?$/;

/**
 * The header of a box of other articles: 最新文章, 相关阅读, 推荐阅读, 猜你喜欢, 热门推荐, Recommended for You,
 * Related stories. Their items can carry
 * excerpts that read as text (a title, then the first lines of another article).
 */
export const RELATED_HEADER =
  /^[【[]?(?:最新|相[关關]|推[荐薦]|[热熱]门|[热熱]門|精彩|延伸|猜你|往期)(?:文章|[阅閱][读讀]|推[荐薦]|新[闻聞]|[资資][讯訊]|内容|內容|喜[欢歡]|回[顾顧]|[点點][阅閱])[】\]]?\s*[:：]?$|^(?:Recommended(?: for you)?|Related(?: (?:stories|articles|posts|content|coverage))?|More (?:stories|news|to read)|You (?:may|might) (?:also )?like(?: these)?(?: posts| stories| articles)?|Trending(?: now)?|Most (?:read|popular|viewed))\s*:?$/i;

const SECTIONS: [RegExp, RemovalReason][] = [
  [COMMENTS_HEADER, 'comments'],
  [MORE_ANSWERS_HEADER, 'other-answer'],
  [DISCLAIMER_HEADER, 'site-notice'],
  [RELATED_HEADER, 'related-list'],
];

/** How far above its header a section's box may be: a header sits in a title bar inside the section. */
const MAX_BOX_CLIMB = 3;

/**
 * Sections found by their header line, for pages whose boxes have no telling class (the DOM signal in
 * dom/textLines.ts covers reader comments that do): the header and every later line in its box. Returns line
 * index → reason.
 */
export function findSectionLines(lines: TextLine[]): Map<number, RemovalReason> {
  const out = new Map<number, RemovalReason>();
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as TextLine;
    if (header.text.length > 20) continue;
    const reason = SECTIONS.find(([re]) => re.test(header.text))?.[1];
    if (!reason) continue;
    // A header alone in its title bar (div.List-header > h4) stands for the box around that bar.
    const near = [lines[i - 1], lines[i + 1]].filter((l): l is TextLine => !!l);
    // Items set under the header in its own block (【熱門點閱】<br>●…) are the section; else the header's box.
    const sameBlock = lines[i + 1]?.block === header.block;
    let box = sameBlock ? header.block : (header.block.parentElement ?? header.block);
    for (let k = 0; !sameBlock && k < MAX_BOX_CLIMB && box.parentElement; k++) {
      if (near.some((l) => box.contains(l.block))) break;
      box = box.parentElement;
    }
    let end = i + 1;
    while (end < lines.length && box.contains((lines[end] as TextLine).block)) end++;
    // A header over the page's own headline (a toolbar's "Responses" button above the story) heads no section.
    if (!sameBlock && lines.slice(i + 1, end).some((l) => l.block.tagName === 'H1')) continue;
    out.set(i, reason);
    // A box of other articles is a box of links (with excerpts); when the box found holds prose alone, it is
    // the page's own text under an empty related box (a blog's 相關文章 filled by script), not the list.
    if (reason === 'related-list' && !sameBlock && !mostlyLinked(lines.slice(i + 1, end))) continue;
    for (let j = i + 1; j < end; j++) out.set(j, reason);
  }
  return out;
}

function mostlyLinked(lines: TextLine[]): boolean {
  // An item's date and its category (March 17, 2016; In "News") are neither title nor excerpt: not counted.
  const counted = lines.filter((l) => textWeight(l.text) >= ITEM_META_MAX);
  const linked = counted.filter((l) => l.linkChars * 2 >= l.text.length).length;
  return linked * LINKED_SHARE >= counted.length;
}
/** A line lighter than this under a related header is an item's date or category. */
const ITEM_META_MAX = 4;
/** One line in three linked: a list of titles with excerpts under them. */
const LINKED_SHARE = 3;
