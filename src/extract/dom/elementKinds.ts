/**
 * What kind of element an element is, for the line walk: skipped, a block, a heading or title box, a comment
 * section, a date or caption box, centred, a cell of a data table. Read from tags, class and id names and
 * attributes only, never from computed style.
 */
import { classOf } from './classAttribute';

export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'MAP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

export const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const CENTER_STYLE = /text-align\s*:\s*center/i;

/**
 * A block its page names a title (div.article-title, .news_title, #biaoti): many portals set the document
 * title in such a div and keep their only h1 for the logo.
 */
export const TITLE_BOX = /(?:^|[-_\s])(?:title|tit|heading|headline|biaoti|bt|wzbt|xlbt)(?:$|[-_\s])/i;
/** Reader-comment sections by their class or id; not `reply`, which Q&A sites use for their answers. */
export const COMMENT_BOX = /(?:^|[-_\s])(?:comments?|cmts?|pinglun|discuss(?:ion)?)(?:$|[-_\s])/i;
export function isCommentBox(el: Element): boolean {
  return COMMENT_BOX.test(`${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * A dialog over the page or a box that asks the reader for something: a cookie or consent banner
 * (#cookie-law-info-bar, .gdpr-notice), a newsletter sign-up (.Newsletter, .signup-form), or a box that says
 * it is a dialog (role=dialog, aria-modal, <dialog>). What it says (privacy settings, a sign-in form) is not
 * the page's text. A class that merely names a modal is not enough: a news site's story viewer
 * (#render-target-modal) holds the story.
 */
export const DIALOG_BOX =
  /(?:^|[-_\s])(?:cookies?|consent|gdpr|newsletters?|subscribe|sign-?up)(?:$|[-_\s])/i;
export function isDialogBox(el: Element, names?: string): boolean {
  if (el.tagName === 'DIALOG') return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  return DIALOG_BOX.test(names ?? `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/**
 * The site's footer: a <footer>, or a box named footer or foot (.footer-wrap, #footer, .g-foot), not a
 * footnote. What it holds (contact blurbs, copyright, 主办单位) is never the page's text.
 */
export const FOOTER_BOX = /(?:^|[-_\s])(?:footer|foot(?![-_]?notes?))(?:$|[-_\s])/i;
export function isFooterBox(el: Element): boolean {
  if (el.tagName === 'FOOTER') return true;
  if (!el.hasAttributes()) return false;
  return FOOTER_BOX.test(`${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** Boxes a page names for a date or a time: .post-time, .press-article-date, .info-date, #pubtime, .timeago. */
export const DATE_BOX =
  /(?:^|[-_\s])(?:date|time|pubtime|pubdate|datetime|timeago|timestamp|publish-?(?:time|date))(?:$|[-_\s])/i;

/**
 * A card that opens over a name when the pointer rests on it (the person's picture and latest stories, set
 * inside the sentence right after the link to their page): hidden until then, by a sheet a saved page lacks.
 */
export const HOVER_CARD = /(?:^|[-_\s])(?:rollover|hover-?card|popover|tooltip)(?:$|[-_\s])/i;

/** Picture captions by their class or id: .caption, .img-desc, .pic_txt, .photo-text, .tuzhu (图注). */
export const CAPTION_BOX =
  /(?:^|[-_\s])(?:(?:wp-|img-?|image-?|pic-?|photo-?)?caption|(?:img|image|pic|photo)-?(?:desc|txt|text|info|title|note)|tuzhu)(?:$|[-_\s])/i;
export function isCaptionBox(el: Element): boolean {
  return (
    el.tagName === 'FIGCAPTION' || CAPTION_BOX.test(`${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`)
  );
}

/** Tags a page sets its title box in. */
export const TITLE_TAGS = new Set(['DIV', 'P', 'SPAN', 'TD']);

export function isCentered(el: Element, tag = el.tagName.toUpperCase()): boolean {
  return tag === 'CENTER' || centeredBy(el.getAttribute('align'), el.getAttribute('style'));
}

/** Whether an element's `align` and `style` attributes centre its lines. */
export function centeredBy(align: string | null, style: string | null): boolean {
  return (!!align && align.toLowerCase() === 'center') || (style !== null && CENTER_STYLE.test(style));
}

const dataTables = new WeakMap<Element, boolean>();

/** Whether a table cell belongs to a data table (decided once per table). */
export function inDataTable(cell: Element): boolean {
  const table = cell.closest('table');
  if (!table) return false;
  let known = dataTables.get(table);
  if (known === undefined) {
    known = isDataTable(table);
    dataTables.set(table, known);
  }
  return known;
}

/**
 * A table of data, not of layout or of labels: two rows or more, three columns in some row, cells that are
 * leaves (no table, list or form inside), few cells that are links, few that are labels ending in a colon
 * (the 索引号： | 发布机构： metadata tables of a 信息公开 page are not the document).
 */
function isDataTable(table: Element): boolean {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TR') rows.push(c);
    else if (c.tagName === 'TBODY' || c.tagName === 'THEAD' || c.tagName === 'TFOOT')
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName === 'TR') rows.push(r);
  }
  if (rows.length < 2) return false;
  const cells = rows.flatMap((r) => [...r.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
  if (!rows.some((r) => r.children.length >= 3)) return false;
  let labels = 0;
  let links = 0;
  for (const c of cells) {
    if (c.querySelector('table, ul, ol, dl, form, iframe, select, input')) return false;
    const text = (c.textContent ?? '').trim();
    if (/[:：]$/.test(text)) labels++;
    if (c.querySelector('a') && (c.querySelector('a')?.textContent ?? '').trim().length * 2 > text.length)
      links++;
  }
  return labels * 4 < cells.length && links * 2 < cells.length;
}
