import type { CaptureError, CaptureErrorCode } from '../types';
import type { PageLine } from './pageLines';

const MESSAGES: Record<CaptureErrorCode, string> = {
  'no-text': '此页面没有可识别的正文。',
  'list-page': '这是一个列表页，没有讲话稿正文。请打开其中一篇文章后再保存。',
  'image-only': '此页面的文档只以图片或画布显示，没有可复制的文字，无法收录。',
  'too-short': '正文太短，不像一篇讲话稿。',
};

export function refuse(code: CaptureErrorCode): CaptureError {
  return { error: { code, message: MESSAGES[code] } };
}

/** A block of short linked items with little running text is a list of documents, not a document. */
export function looksLikeList(lines: PageLine[]): boolean {
  // A list interleaves its links with their excerpts; a run of related links after the text (or before
  // it) is a related list the text keeps its own weight against (real-people-anhui-justice-cadre-warning).
  const first = lines.findIndex((l) => l.prose);
  const last = lines.findLastIndex((l) => l.prose);
  // Items are titles: a row of one-word links (an about page's list of the tools it uses) lists no documents.
  const links = lines
    .slice(Math.max(0, first - 1), last + 2)
    .filter((l) => l.linkHeavy && l.weight >= LIST_TITLE_MIN).length;
  const prose = lines.filter((l) => l.prose);
  const longest = Math.max(0, ...prose.map((l) => l.weight));
  return links >= 8 && links >= prose.length && longest < 150;
}

/** Why a page that holds no speech holds none: a list of titles, a document shown as pictures, or nothing. */
export function whyNoSpeech(doc: Document, lines: PageLine[]): CaptureErrorCode {
  // A list page lists titles; a page of menus (百度首页, 登录, 帮助 | 反馈) lists none.
  // A related list's lines are items too (teaser cards: a linked title and its cut excerpt).
  const links = lines.filter(
    (l) => (l.linkHeavy || l.noise === 'related-list') && l.weight >= LIST_TITLE_MIN,
  ).length;
  const pages = showsPagesAsPictures(doc);
  if (pages && links < 40) return 'image-only';
  if (links >= 8) return 'list-page';
  return pages ? 'image-only' : 'no-text';
}

/** A linked line this heavy reads as an item's title (第3篇讲话稿标题), not a menu word. */
const LIST_TITLE_MIN = 6;

/**
 * A document shown as pictures: a canvas, an embedded PDF, or page images side by side in one viewer
 * (div.viewer > div.pageBox > img, twice or more). A logo, an icon inside a link or a lone picture is not.
 */
function showsPagesAsPictures(doc: Document): boolean {
  if (doc.querySelector('canvas, embed[type*="pdf"], object[type*="pdf"], object[data$=".pdf" i]'))
    return true;
  const perBox = new Map<Element, number>();
  for (const img of doc.querySelectorAll('img')) {
    if (img.closest('a')) continue;
    const w = Number(img.getAttribute('width'));
    const h = Number(img.getAttribute('height'));
    if ((w && w < PAGE_IMAGE_MIN_PX) || (h && h < PAGE_IMAGE_MIN_PX)) continue;
    for (let box = img.parentElement, k = 0; box && k < 2; box = box.parentElement, k++) {
      const n = (perBox.get(box) ?? 0) + 1;
      if (n >= 2) return true;
      perBox.set(box, n);
    }
  }
  return false;
}
/** Narrower or lower than this (in its width/height attributes), a picture is an icon, not a page. */
const PAGE_IMAGE_MIN_PX = 100;
