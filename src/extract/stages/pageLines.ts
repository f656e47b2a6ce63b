import type { TextLine } from '../dom/textLines';
import type { ClassifiedLine } from '../findContent';
import { classifyLine } from '../noise/families';
import { cutInlineNotices, type InlineNotice } from '../noise/inlineNotices';
import { findOutlineLines } from '../noise/outline';
import { findSectionLines } from '../noise/sections';
import { cjkCount, looksLikeProse, textWeight } from '../text';
import type { RemovalReason } from '../types';

/** A line of the page with its kind (noise, link, prose) and the notices cut out of it. */
export interface PageLine extends ClassifiedLine {
  notices: readonly InlineNotice[];
}

/** A short line right after a picture in the picture's own block is its caption; a paragraph is not. */
const IMAGE_CAPTION_MAX = 40;

/** A short line with a figure in a date or time box is the page's date (December 23, 2016), not text. */
const DATED_MAX = 20;

/** A line of nothing but U+FFFD (emoji lost when the page was stored) and symbols. */
const LOST_CHARACTERS = /^[\uFFFD\s\p{P}\p{S}]*\uFFFD[\uFFFD\s\p{P}\p{S}]*$/u;

/**
 * Stage 1 — the page's lines, each classified once: notices cut out (…省略706字…), then the first reason that
 * makes it noise (a comment box, a section under its header, an outline, a caption, lost characters, a phrase
 * family). `removeBlocks` holds the elements a site module names as chrome.
 */
export function readPageLines(raw: TextLine[], removeBlocks: Element[] = []): PageLine[] {
  const outline = findOutlineLines(raw);
  const sections = findSectionLines(raw);
  const teasers = findTeasers(raw);
  const items = numberedItems(raw);
  return raw.map((line, i) => {
    const cut = cutTrailingLinkAside(line, cutInlineNotices(line.text));
    const text = cut.text;
    const weight = textWeight(text);
    // What a notice leaves behind without a letter in it (，) goes with the notice.
    const leftover = cut.notices.length > 0 && weight === 0;
    let noise: RemovalReason | null;
    if (line.comment) noise = 'comments';
    else if (line.dialog) noise = 'site-notice';
    else if (removeBlocks.some((b) => b.contains(line.block))) noise = 'site-notice';
    else if (sections.has(i)) noise = sections.get(i) as RemovalReason;
    else if (outline.has(i)) noise = 'outline';
    else if (teasers.has(i)) noise = 'related-list';
    else if (leftover || !text) noise = cut.notices[0]?.reason ?? 'paywall-notice';
    else if (line.caption || (line.afterImage && weight <= IMAGE_CAPTION_MAX && !items.has(i)))
      noise = 'caption';
    else if (text.includes('\uFFFD') && LOST_CHARACTERS.test(text)) noise = 'debris';
    else if (line.dated && /\d/.test(text) && weight <= DATED_MAX) noise = 'doc-info';
    else noise = classifyLine(text, weight);
    return classify(line, noise, text, weight, cut.notices);
  });
}

/**
 * Lines that open with the next number of a count (1) … 2) … 3) …, 1. 2. 3.), three or more with at most a few
 * lines between them: the items of a list in the text (a listicle's entries under their pictures), not
 * captions, whatever picture stands before them.
 */
function numberedItems(raw: TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let next = 0;
  let gap = 0;
  const close = () => {
    if (run.length >= ITEM_RUN_MIN) for (const i of run) found.add(i);
    run = [];
    next = 0;
  };
  raw.forEach((line, i) => {
    const m = ITEM_NUMBER.exec(line.text);
    const n = m ? Number(m[1]) : 0;
    if (n && n === next) {
      run.push(i);
      next++;
      gap = 0;
    } else if (n === 1) {
      close();
      run = [i];
      next = 2;
      gap = 0;
    } else if (run.length && ++gap > ITEM_GAP_MAX) close();
  });
  close();
  return found;
}
/** A list item's number at the start of its line: 1) 2. 3、 (not a decimal: 1.5 million). */
const ITEM_NUMBER = /^(\d{1,3})\s*[).、．](?!\d)/;
const ITEM_RUN_MIN = 3;
/** Lines an item may hold below its number line (a link, a price) before the count is taken as ended. */
const ITEM_GAP_MAX = 3;

/** A line with its weight, its kind, and the notices cut out of it; `text` is the line's text after the cuts. */
function classify(
  line: TextLine,
  noise: RemovalReason | null,
  text: string,
  weight: number,
  notices: readonly InlineNotice[],
): PageLine {
  const linkHeavy = line.linkChars > 0 && line.linkChars / Math.max(1, nonSpaceLength(text)) > 0.5;
  // A data table's cells are the table's text, however short (序号 | 当事人名称 | 罚款56万元).
  const prose = !noise && !linkHeavy && (looksLikeProse(text, weight) || (line.cell && weight > 0));
  // Built field by field in one literal: a spread, or fields added afterwards, leave V8 a slow object.
  const { linkChars, block, centered, heading, comment, dialog, caption, cell, dated, afterImage, leadLink } =
    line;
  return {
    text,
    linkChars,
    block,
    centered,
    heading,
    comment,
    dialog,
    caption,
    cell,
    dated,
    afterImage,
    leadLink,
    weight,
    noise,
    linkHeavy,
    prose,
    notices,
  };
}

/**
 * Teasers of other stories, in two shapes. Cards: a line opened by a linked title that runs on into an
 * excerpt cut with an ellipsis (<li><a>Another story</a><span>NEW DELHI: The minister said…</span></li>), two
 * or more on the page (a paragraph opened by a link and stopped short stays text). Runs: a linked headline
 * over its excerpt (a date may stand between), three or more in a row (<h3><a>…</a></h3><p>…</p>,
 * a rail of deals or news).
 */
function findTeasers(raw: TextLine[]): Set<number> {
  const found = new Set<number>();
  raw.forEach((line, i) => {
    if (!line.leadLink || line.linkChars < TEASER_TITLE_MIN) return;
    const text = line.text;
    if (line.linkChars > TEASER_TITLE_SHARE_MAX * nonSpaceLength(text) || !CUT_EXCERPT.test(text)) return;
    found.add(i);
  });
  if (found.size < 2) found.clear();
  for (let i = 0; i + 1 < raw.length; ) {
    let end = i;
    let pairs = 0;
    for (let next = teaserEnd(raw, end); next > 0; next = teaserEnd(raw, end)) {
      end = next;
      pairs++;
    }
    if (pairs >= TEASER_RUN_MIN && !continuesText(raw, i, end)) for (let j = i; j < end; j++) found.add(j);
    i = end > i ? end : i + 1;
  }
  return found;
}

/**
 * A run of linked headlines over whole paragraphs set as paragraphs of the text's own box, right after its
 * running text (a press briefing's round-up: 【发布会新闻汇总】, then each item's linked headline and its
 * paragraph): part of the text, not a rail of other stories beside it.
 */
function continuesText(raw: TextLine[], start: number, end: number): boolean {
  const box = raw[start]?.block.parentElement;
  if (!box) return false;
  // Its headlines and paragraphs, that is: a short closing link (Read More, 网易财经) may sit elsewhere.
  for (let j = start; j < end; j++) {
    const line = raw[j] as TextLine;
    if (line.block.parentElement !== box && textWeight(line.text) >= HEADLINE_MIN_WEIGHT) return false;
  }
  for (let j = start - 1; j >= 0 && j >= start - TEXT_BEFORE_RUN_LINES; j--) {
    const line = raw[j] as TextLine;
    const plain = line.linkChars * 10 <= line.text.length;
    if (line.block.parentElement === box && plain && textWeight(line.text) >= RUNNING_TEXT_MIN) return true;
  }
  return false;
}
/** How far before a run its box's running text may end. */
const TEXT_BEFORE_RUN_LINES = 3;
/** A paragraph of running text, not a label. */
const RUNNING_TEXT_MIN = 40;

/**
 * Past the teaser that starts at `i` (a headline, its date, its excerpt, its Read More), or 0 when
 * none does.
 */
function teaserEnd(raw: TextLine[], i: number): number {
  if (!raw[i] || !isHeadline(raw[i] as TextLine)) return 0;
  let j = i + 1;
  for (let k = 0; k < TEASER_META_MAX && raw[j] && isTeaserMeta(raw[j] as TextLine); k++) j++;
  if (!raw[j] || !isExcerpt(raw[j] as TextLine)) return 0;
  // Its own short link may close it (Read More, 详细).
  const after = raw[j + 1];
  return after?.leadLink && textWeight(after.text) < HEADLINE_MIN_WEIGHT ? j + 2 : j + 1;
}
/** Lines a teaser may set between its headline and its excerpt. */
const TEASER_META_MAX = 3;
/**
 * What a card sets between its headline and its excerpt: a date or a time (November 19, 2019 at 5:10 pm;
 * 2024-05-01), its section's short link (Business, 国内), the headline again (over the picture and under it).
 */
const isTeaserMeta = (l: TextLine) => {
  const short = textWeight(l.text) < HEADLINE_MIN_WEIGHT;
  return (short && (/\d/.test(l.text) || (l.leadLink !== null && l.linkChars > 0))) || isHeadline(l);
};
/** Characters of a linked title: a headline, not a keyword link. */
const TEASER_TITLE_MIN = 8;
/** The title is at most this share of the line: an excerpt follows it. */
const TEASER_TITLE_SHARE_MAX = 0.8;
const CUT_EXCERPT = /(?:\.{3}|…)\s*$/;
/** Pairs of a headline and its excerpt that make a run of teasers. */
const TEASER_RUN_MIN = 3;
/** A headline's weight: a story's title (an answerer's name or a menu word weighs less). */
const HEADLINE_MIN_WEIGHT = 8;
/** An excerpt is a few lines' worth; a paragraph of an article under a linked heading may run longer. */
const EXCERPT_MAX_WEIGHT = 120;
const isHeadline = (l: TextLine) =>
  l.leadLink !== null &&
  !PROFILE_LINK.test(l.leadLink.getAttribute('href') ?? '') &&
  l.linkChars >= 0.9 * nonSpaceLength(l.text) &&
  textWeight(l.text) >= HEADLINE_MIN_WEIGHT;
/** A link to a person's page (an answerer's, an author's), not to a story: /user/…, ?uid=, /people/, space-uid-1. */
const PROFILE_LINK =
  /(?:^|[/?&.=_-])(?:users?|usercenter|members?|profiles?|people|authors?|uid|u)(?:$|[/?&.=_-])/i;
const isExcerpt = (l: TextLine) => {
  if (l.linkChars > 0) return false;
  const w = textWeight(l.text);
  return w >= HEADLINE_MIN_WEIGHT && w <= EXCERPT_MAX_WEIGHT;
};

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
}

/**
 * A link to another story set in brackets at the end of a paragraph (…更為自律、謹慎才是。（中職二度延賽至4月11日）):
 * cut out as a related link when the brackets hold exactly the block's last link and text stands before it.
 */
function cutTrailingLinkAside(line: TextLine, cut: { text: string; notices: readonly InlineNotice[] }) {
  // Most lines do not end in a bracket: the pattern is run only on those that do.
  if (!endsInCloseBracket(cut.text)) return cut;
  const m = /[（(]([^（）()]{2,40})[)）]\s*$/.exec(cut.text);
  if (!m || line.linkChars === 0 || textWeight(cut.text.slice(0, m.index)) < ASIDE_BEFORE_MIN) return cut;
  const links = line.block.querySelectorAll('a[href]');
  const last = links[links.length - 1]?.textContent?.trim();
  if (last === undefined || last !== m[1]?.trim() || isReference(last)) return cut;
  return {
    text: cut.text.slice(0, m.index).trimEnd(),
    notices: [...cut.notices, { reason: 'related-list' as const, text: m[0].trim() }],
  };
}
/**
 * A bracketed link of a few Latin words is a reference the sentence cites, (Bug 1664144), (PDF), (RFC 2616):
 * part of the sentence. A related story's headline in brackets is a phrase of its own.
 */
function isReference(text: string): boolean {
  return cjkCount(text) === 0 && text.split(/\s+/).length <= REFERENCE_WORDS_MAX;
}
const REFERENCE_WORDS_MAX = 3;

function endsInCloseBracket(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith(')') || end.endsWith('）');
}

/** The sentence a trailing link aside follows must be a sentence. */
const ASIDE_BEFORE_MIN = 20;

/** Weight of the text that is neither noise nor links. */
export const plainWeight = (lines: ClassifiedLine[]): number =>
  lines.reduce((w, l) => w + (l.noise || l.linkHeavy ? 0 : l.weight), 0);

/** Weight of the running text (prose lines). */
export const proseWeight = (lines: ClassifiedLine[]): number =>
  lines.reduce((w, l) => w + (l.prose ? l.weight : 0), 0);
