/**
 * Flattens a DOM subtree into visual lines in one pass: block elements and <br> end a line, inline
 * content joins it. Each line remembers the block element it sits in (for scoring and DOM signals) and
 * how much of it is link text.
 */
export interface TextLine {
  text: string;
  /** Characters of `text` that sit inside <a>. */
  linkChars: number;
  /** The innermost block element holding the line. */
  block: Element;
  /** The line is centred (inline style or align attribute): captions and title lines, never wrapped prose. */
  centered: boolean;
  /** The line sits in a heading element (h1–h6) or a block the page names a title. */
  heading: boolean;
  /** The line sits in a reader-comment section (.comments, #cmt-list, .pinglun). */
  comment: boolean;
}

const SKIP = new Set([
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

const BLOCK = new Set([
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

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Only display:none hides a block for good. visibility:hidden is how WeChat (#js_content) and other
 * script-revealed articles ship their text before scripts run: in the browser it is visible by the time
 * the user captures it, and a saved page must read the same.
 */
const HIDDEN_STYLE = /(?:^|;)\s*display\s*:\s*none/i;
const CENTER_STYLE = /text-align\s*:\s*center/i;

/**
 * A block its page names a title (div.article-title, .news_title, #biaoti): many portals set the document
 * title in such a div and keep their only h1 for the logo.
 */
const TITLE_BOX = /(?:^|[-_\s])(?:title|tit|headline|biaoti|bt|wzbt|xlbt)(?:$|[-_\s])/i;
/** Reader-comment sections by their class or id; not `reply`, which Q&A sites use for their answers. */
const COMMENT_BOX = /(?:^|[-_\s])(?:comments?|cmts?|pinglun|discuss(?:ion)?)(?:$|[-_\s])/i;
function isCommentBox(el: Element): boolean {
  return COMMENT_BOX.test(el.getAttribute('class') ?? '') || COMMENT_BOX.test(el.getAttribute('id') ?? '');
}

function isTitleBox(el: Element): boolean {
  const tag = el.tagName;
  if (tag !== 'DIV' && tag !== 'P' && tag !== 'SPAN' && tag !== 'TD') return false;
  return TITLE_BOX.test(el.getAttribute('class') ?? '') || TITLE_BOX.test(el.getAttribute('id') ?? '');
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isCentered(el: Element): boolean {
  if (el.tagName === 'CENTER') return true;
  const align = el.getAttribute('align');
  if (align && align.toLowerCase() === 'center') return true;
  const style = el.getAttribute('style');
  return style !== null && CENTER_STYLE.test(style);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Lines of `root` in document order. Whitespace is collapsed as a browser renders it (outside <pre>). */
export function collectLines(root: Element): TextLine[] {
  const lines: TextLine[] = [];
  let buf = '';
  let linkChars = 0;
  let block: Element = root;
  let centered = false;
  let heading = false;
  let comment = false;

  const flush = () => {
    const text = buf.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (text) {
      // Link chars were counted before collapsing: keep the share, capped at the line length.
      lines.push({ text, linkChars: Math.min(linkChars, text.length), block, centered, heading, comment });
    }
    buf = '';
    linkChars = 0;
  };

  const walk = (
    node: Node,
    inLink: boolean,
    inPre: boolean,
    blockCtx: Element,
    centerCtx: boolean,
    headCtx: boolean,
    commentCtx: boolean,
  ) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        let t = child.nodeValue ?? '';
        if (!inPre) t = t.replace(/[\t\n\r\f]+/g, ' ');
        if (inPre && t.includes('\n')) {
          const parts = t.split('\n');
          parts.forEach((p, i) => {
            if (i > 0) flush();
            block = blockCtx;
            centered = centerCtx;
            heading = headCtx;
            comment = commentCtx;
            buf += p;
            if (inLink) linkChars += p.replace(/\s/g, '').length;
          });
          continue;
        }
        if (!buf.trim()) {
          block = blockCtx;
          centered = centerCtx;
          heading = headCtx;
          comment = commentCtx;
        }
        buf += t;
        if (inLink) linkChars += t.replace(/\s/g, '').length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        walk(
          el,
          inLink,
          inPre || tag === 'PRE',
          el,
          centerCtx || isCentered(el),
          headCtx || HEADINGS.has(tag) || isTitleBox(el),
          commentCtx || isCommentBox(el),
        );
        flush();
      } else {
        walk(el, inLink || tag === 'A', inPre, blockCtx, centerCtx || isCentered(el), headCtx, commentCtx);
      }
    }
  };

  walk(
    root,
    false,
    false,
    root,
    isCentered(root),
    HEADINGS.has(root.tagName.toUpperCase()),
    isCommentBox(root),
  );
  flush();
  return lines;
}
