import { squash } from '../text';
import { weightUpTo } from './boundedWeight';
import { classOf } from './classAttribute';
import {
  BLOCK,
  CAPTION_BOX,
  COMMENT_BOX,
  centeredBy,
  DATE_BOX,
  HEADINGS,
  HOVER_CARD,
  inDataTable,
  isCaptionBox,
  isCentered,
  isCommentBox,
  isDialogBox,
  SKIP,
  TITLE_BOX,
  TITLE_TAGS,
} from './elementKinds';
import {
  HIDE_COLOR,
  HIDE_DISPLAY,
  HIDE_FONT_SIZE,
  HIDE_VISIBILITY,
  STICKY_HIDING,
  type VisibilityTest,
} from './visibility';

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
  /** The line sits in a dialog over the page: a cookie or consent banner, role=dialog, aria-modal, <dialog>. */
  dialog: boolean;
  /** The line is a picture's caption (figcaption, .img-desc, .pic_txt). */
  caption: boolean;
  /** The line is a cell of a data table (a penalty list, a statistics table): a unit of text of its own. */
  cell: boolean;
  /** The line sits in a box the page names a date or time (.post-time, .press-article-date, #pubtime). */
  dated: boolean;
  /**
   * The line reads as a picture's caption: under the picture in the picture's own block after a line break
   * (<center><img><br>爱戴领奖), or repeating the alt text of the picture right before it.
   */
  afterImage: boolean;
  /** The link whose text opens the line (a linked title, a teaser's headline), or null. */
  leadLink: Element | null;
}

/** Control characters a page may carry (\u0001, an ANSI escape): never text; tab and newline are spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

const NON_SPACE = /\S/;

/** Characters of `t` outside `\s`, counted without building the string of them. */
function nonSpaceCount(t: string): number {
  let n = t.length;
  for (let i = 0; i < t.length; i++) if (isSpace(t.charCodeAt(i))) n--;
  return n;
}

/** The characters of JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What an element passes down to the lines inside it. */
interface Context {
  /** The <a href> the text sits in, or null. */
  link: Element | null;
  inPre: boolean;
  block: Element;
  centered: boolean;
  heading: boolean;
  comment: boolean;
  dialog: boolean;
  caption: boolean;
  cell: boolean;
  dated: boolean;
  /** Hiding kinds that reach this element and cannot be undone below it (opacity, off-screen, clip). */
  sticky: number;
  /** Hiding kinds ignored here: the box that holds the whole text is hidden until the page's script runs. */
  revealed: number;
  /** The element's own text nodes are hidden (computed visibility, font size or colour). */
  textHidden: boolean;
}

/**
 * Text that its box hides is anti-copy junk (short runs between the visible words) unless the box holds a
 * speech's worth of text: WeChat ships #js_content `visibility:hidden` and its script reveals it, so the box
 * the user reads is hidden on a saved page. Such a box is read as shown.
 */
const REVEALED_MIN_WEIGHT = 200;
/**
 * A shorter hidden box is read as shown when it holds most of the page's text: a WeChat post of pictures with
 * a few lines between them ships the same hidden #js_content, and without its lines the page has no text.
 */
const REVEALED_PAGE_SHARE = 0.5;
const REVEALED_SHORT_MIN = 40;

/**
 * Lines of `root` in document order. Whitespace is collapsed as a browser renders it (outside <pre>); what
 * the page's style hides (`isHidden`, computed style in the browser, the page's own sheets on a parsed page)
 * is left out. The walk keeps its own stack: a page nested thousands of elements deep cannot overflow it.
 */
export function collectLines(root: Element, isHidden: VisibilityTest = () => 0): TextLine[] {
  const lines: TextLine[] = [];
  let buf = '';
  // Whether `buf` holds nothing but white space (kept as appends come, not read back from `buf`).
  let blank = true;
  let linkChars = 0;
  let at: Context | undefined;
  // The last picture before the line being built: its block, whether a <br> followed it, its alt text.
  let imageBlock: Element | undefined;
  let imageBreak = false;
  let imageAlt = '';

  const flush = () => {
    const text = buf
      .replace(CONTROL_CHARS, '')
      .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
      .trim();
    if (text && at) {
      const { block, centered, heading, comment, dialog, caption, cell, dated } = at;
      // Link chars were counted before collapsing: keep the share, capped at the line length.
      lines.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        block,
        centered,
        heading,
        comment,
        dialog,
        caption,
        cell,
        dated,
        afterImage:
          (imageBlock === block && imageBreak) ||
          (!heading && !!imageAlt && squash(text) === squash(imageAlt)),
        leadLink: at.link,
      });
      imageBlock = undefined;
      imageAlt = '';
    }
    buf = '';
    blank = true;
    linkChars = 0;
  };
  const append = (t: string, ctx: Context) => {
    // A line takes the context of its first visible characters.
    if (blank) {
      at = ctx;
      blank = !NON_SPACE.test(t);
    }
    buf += t;
    if (ctx.link) linkChars += nonSpaceCount(t);
  };

  // Read only when a short hidden box is met, and only as far as the question needs: whether the whole
  // page's text weighs at most `limit`. What one reading learnt answers later questions.
  let pageExact: number | undefined;
  let pageAbove = -1;
  const pageWithin = (limit: number) => {
    if (pageExact !== undefined) return pageExact <= limit;
    if (limit <= pageAbove) return false;
    const weight = weightUpTo(root, limit);
    if (weight <= limit) pageExact = weight;
    else pageAbove = limit;
    return weight <= limit;
  };
  const rootTag = root.tagName.toUpperCase();
  const top: Context = {
    link: null,
    inPre: false,
    block: root,
    centered: isCentered(root),
    heading: HEADINGS.has(rootTag),
    comment: !PAGE_BOXES.has(rootTag) && isCommentBox(root),
    dialog: !PAGE_BOXES.has(rootTag) && isDialogBox(root),
    caption: !PAGE_BOXES.has(rootTag) && isCaptionBox(root),
    cell: false,
    dated: false,
    sticky: 0,
    revealed: 0,
    textHidden: false,
  };
  // Entries: a node to visit in a context, or a block's end (null node), where its line ends.
  // Two parallel stacks rather than one of pairs: no allocation per node on a page of 300,000 nodes.
  const nodes: (Node | null)[] = [];
  const contexts: Context[] = [];
  const pushChildren = (node: Node, ctx: Context) => {
    for (let c = node.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      contexts.push(ctx);
    }
  };
  pushChildren(root, top);
  while (nodes.length) {
    const node = nodes.pop() as Node | null;
    const ctx = contexts.pop() as Context;
    if (!node) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      if (ctx.textHidden) continue;
      const t = node.nodeValue ?? '';
      if (!ctx.inPre) append(t.replace(/[\t\n\r\f]+/g, ' '), ctx);
      else
        t.split('\n').forEach((part, i) => {
          if (i > 0) flush();
          append(part, ctx);
        });
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || (el.hasAttributes() && el.hasAttribute('hidden'))) continue;
    if (tag === 'BR') {
      flush();
      if (imageBlock) imageBreak = true;
      continue;
    }
    if (tag === 'IMG') {
      imageBlock = blank ? ctx.block : undefined;
      imageBreak = false;
      imageAlt = el.getAttribute('alt') ?? '';
    }
    const child = enter(el, tag, ctx, isHidden, pageWithin);
    if (!child) continue;
    if (BLOCK.has(tag)) {
      flush();
      nodes.push(null);
      contexts.push(child);
    }
    pushChildren(el, child);
  }
  flush();
  return lines;
}

/** The context inside `el`, or undefined when the page hides it for good. */
function enter(
  el: Element,
  tag: string,
  ctx: Context,
  isHidden: VisibilityTest,
  pageWithin: (limit: number) => boolean,
): Context | undefined {
  let mask = isHidden(el);
  if (mask & HIDE_DISPLAY) return undefined;
  let revealed = ctx.revealed;
  const fresh = mask & ~revealed & ~ctx.sticky & (STICKY_HIDING | INHERITED_HIDING);
  const wasHidden = ctx.textHidden || ctx.sticky !== 0;
  if (fresh && !wasHidden) {
    const weight = weightUpTo(el, REVEALED_MIN_WEIGHT);
    const shown =
      weight >= REVEALED_MIN_WEIGHT ||
      (weight >= REVEALED_SHORT_MIN && pageWithin(weight / REVEALED_PAGE_SHARE));
    if (shown) revealed |= fresh;
  }
  mask &= ~revealed;
  const sticky = ctx.sticky | (mask & STICKY_HIDING);
  if (sticky) return undefined;
  const textHidden = (mask & INHERITED_HIDING) !== 0;
  const block = BLOCK.has(tag);
  // Class and id are read once; most elements (a <span>, an <li>) have no attribute and change nothing.
  const bare = !el.hasAttributes();
  const names = bare ? '' : `${classOf(el) ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  const align = bare ? null : el.getAttribute('align');
  const style = bare ? null : el.getAttribute('style');
  const plain = bare || (!names && align === null && style === null);
  if (!block && tag !== 'A' && names && HOVER_CARD.test(names) && el.previousElementSibling?.tagName === 'A')
    return undefined;
  if (plain && !block && tag !== 'A' && tag !== 'PRE' && tag !== 'CENTER' && tag !== 'FIGCAPTION') {
    if (textHidden === ctx.textHidden && revealed === ctx.revealed) return ctx;
  }
  return {
    // An <a name> anchor (Word pastes them into table cells) links nowhere: its text is not link text.
    link: tag === 'A' && el.hasAttribute('href') ? el : ctx.link,
    inPre: ctx.inPre || tag === 'PRE',
    block: block ? el : ctx.block,
    centered: ctx.centered || tag === 'CENTER' || centeredBy(align, style),
    heading: ctx.heading || (block && (HEADINGS.has(tag) || (TITLE_TAGS.has(tag) && TITLE_BOX.test(names)))),
    comment: ctx.comment || (block && !PAGE_BOXES.has(tag) && COMMENT_BOX.test(names)),
    dialog: ctx.dialog || (block && !PAGE_BOXES.has(tag) && (tag === 'DIALOG' || isDialogBox(el, names))),
    // <body> and <main> classes name the page's features (f_caption_muted_videos_on), not a box's kind.
    caption: ctx.caption || tag === 'FIGCAPTION' || (!PAGE_BOXES.has(tag) && CAPTION_BOX.test(names)),
    cell: ctx.cell || ((tag === 'TD' || tag === 'TH') && inDataTable(el)),
    dated: ctx.dated || (!PAGE_BOXES.has(tag) && DATE_BOX.test(names) && isDateSized(el)),
    sticky,
    revealed,
    textHidden,
  };
}

const INHERITED_HIDING = HIDE_VISIBILITY | HIDE_FONT_SIZE | HIDE_COLOR;

/**
 * A box named for a date holds a date line (with its source and author at most): Blogger's `.date-outer`
 * and `.date-posts` hold the day's whole posts, whose short lines with a figure are text, not the page's date.
 */
const DATE_BOX_MAX = 80;
const isDateSized = (el: Element) => weightUpTo(el, DATE_BOX_MAX) <= DATE_BOX_MAX;

/**
 * The page itself and its main box are never its comment section, a caption or a date box, whatever their
 * classes say: a platform's feature flags on <body> (`f_comments_taboola_ad_on`, `f_caption_muted_videos_on`)
 * name those kinds without being them.
 */
const PAGE_BOXES = new Set(['HTML', 'BODY', 'MAIN']);
