import { recurringPinyinNotes, stripPinyinNotes } from '../repair/pinyin';
import { repairQuotes } from '../repair/quotes';
import { tidySpaces } from '../repair/whitespace';
import type { Paragraph } from '../structure/paragraphs';
import { splitFlattened } from '../structure/paragraphs';
import { squash } from '../text';
import { BREADCRUMB_START, cleanTitle } from '../title';
import type { RemovedBlock, TruncationDetail } from '../types';
import type { LocatedText } from './locateText';
import type { PageLine } from './pageLines';
import type { PageTitle } from './pageTitle';

export interface TextBody {
  paragraphs: Paragraph[];
  /** Every block left out, with the paragraph index it stood before. */
  removed: RemovedBlock[];
  /** Paywall gaps found in the text, in order; their offsets are placed in the body later (placeGaps). */
  gaps: Gap[];
  /** The paragraph each gap stood right before; a gap after the last paragraph has none. */
  gapBefore: Map<Gap, Paragraph>;
  /** The same for the blocks left out of the text (placeRemoved turns it into each block's `at`). */
  removedBefore: Map<RemovedBlock, Paragraph>;
}

type Gap = Extract<TruncationDetail, { kind: 'gap' }>;

/**
 * Stage 4 — the text's paragraphs: the speaker and subtitle lines between the title and the text box, noise and
 * link lines left out (a linked line alone between paragraphs kept, a label inside a run of links left out),
 * repairs, flattened previews split, paywall gaps marked, the title's copies dropped, the other answers of a
 * Q&A page reported.
 */
export function textBody(text: LocatedText, { title, consumed }: PageTitle): TextBody {
  const { lines } = text;
  const inRoot = [...leadInLines(lines, text.inRoot, title), ...text.inRoot];
  const above = linesAboveTitle(inRoot, title);
  const removed: RemovedBlock[] = [];
  const gaps: Gap[] = [];
  const gapBefore = new Map<Gap, Paragraph>();
  let pending: Gap[] = [];
  // blocks left out since the last paragraph: placed before the next one (placeRemoved)
  const removedBefore = new Map<RemovedBlock, Paragraph>();
  let waiting: RemovedBlock[] = [];
  const leaveOut = (block: RemovedBlock) => {
    removed.push(block);
    waiting.push(block);
  };
  const paragraphs: Paragraph[] = [];
  const linkInText = new Set([...inlineLinkLines(inRoot), ...linkedItemsOfProseList(inRoot)]);
  const inList = listLabels(inRoot);
  const notes = recurringPinyinNotes(inRoot.map((l) => l.text));
  for (const line of inRoot) {
    for (const n of line.notices) {
      leaveOut({ reason: n.reason, text: n.text, at: paragraphs.length });
      if (n.omitted !== undefined) {
        const gap: Gap = { kind: 'gap', omitted: n.omitted, offset: 0, notice: n.text };
        gaps.push(gap);
        pending.push(gap);
      }
    }
    if (above.has(line)) {
      leaveOut({ reason: 'doc-info', text: line.text, at: paragraphs.length });
      continue;
    }
    if (line.noise || (line.linkHeavy && !line.prose && !linkInText.has(line)) || inList.has(line)) {
      leaveOut({ reason: line.noise ?? 'related-list', text: line.text, at: paragraphs.length });
      continue;
    }
    for (const piece of splitFlattened(repairQuotes(stripPinyinNotes(line.text, notes)))) {
      const t = tidySpaces(piece);
      if (!t) continue;
      const paragraph = {
        text: t,
        // A list item is a unit of its own: an item that ends without a stop is no wrapped half-sentence.
        standalone: line.centered || line.heading || line.cell || line.block.localName === 'li',
        afterGap: pending.length > 0,
      };
      paragraphs.push(paragraph);
      for (const gap of pending) gapBefore.set(gap, paragraph);
      pending = [];
      for (const block of waiting) removedBefore.set(block, paragraph);
      waiting = [];
    }
  }
  const kept = withoutTitleCopies(paragraphs, title, removed, consumed);
  const answerStart = lines.indexOf(inRoot[0] as PageLine);
  for (const l of text.otherAnswers) {
    removed.push({
      reason: 'other-answer',
      text: l.text,
      at: lines.indexOf(l) < answerStart ? 0 : kept.length,
    });
  }
  return { paragraphs: kept, removed, gaps, gapBefore, removedBefore };
}

/** A title line may carry a file extension or a column tag the filed title does not. */
const TITLE_SLACK = 12;

/**
 * The paragraphs without the title's copies: a centred copy of the h1 at the top, a title set over two or three
 * centred lines, a doc preview's running header on every page (test/fixtures/pages/doc-running-header-pages),
 * the opening lines the title was built from. Each goes to `removed` (sorted by position).
 */
function withoutTitleCopies(
  paragraphs: Paragraph[],
  title: string,
  removed: RemovedBlock[],
  consumed: string[],
): Paragraph[] {
  const st = squash(title);
  if (!st) return paragraphs;
  const parts = new Set(consumed.map(squash));
  let out = paragraphs;
  // A title set over two or three centred lines at the top (国务院办公厅对十届全国人大 / 四次会议…的答复).
  for (let n = 2; n <= 3; n++) {
    const top = out.slice(0, n);
    // A —— subtitle line is the speech's own and stays (求真务实… / ——九届二次教代会学校工作报告).
    const subtitle = top.slice(1).some((p) => /^\s*[—-]{2}/.test(p.text));
    if (
      top.length === n &&
      !subtitle &&
      top.every((p) => p.standalone) &&
      squash(top.map((p) => p.text).join('')) === st
    ) {
      for (const p of top) removed.push({ reason: 'duplicate-title', text: p.text, at: 0 });
      out = out.slice(n);
      break;
    }
  }
  const isCopy = (p: Paragraph) =>
    p.text.length <= title.length + TITLE_SLACK &&
    (squash(p.text) === st || squash(cleanTitle(p.text)) === st || parts.has(squash(p.text)));
  // A breadcrumb run together with the title it ends in (HomeSPORT NEWSBREAKING NEWS: Chelsea…; 首页要闻…).
  const isTrail = (p: Paragraph) => {
    const sp = squash(p.text);
    return (
      p.text.length <= title.length + TRAIL_SLACK && sp !== st && sp.endsWith(st) && BREADCRUMB_START.test(sp)
    );
  };
  const kept: Paragraph[] = [];
  out.forEach((p, i) => {
    if (isCopy(p)) removed.push({ reason: 'duplicate-title', text: p.text, at: i });
    else if (isTrail(p)) removed.push({ reason: 'navigation', text: p.text, at: i });
    else kept.push(p);
  });
  removed.sort((a, b) => a.at - b.at);
  return kept;
}

/** What a breadcrumb adds before the title: a few steps. */
const TRAIL_SLACK = 40;

/**
 * The speaker or subtitle lines a portal sets between the title and the text box (县委常委、副县长　马晓东,
 * ——在全县经济工作会议上的讲话) belong to the speech. Taken only when every line between the title and
 * the text is either noise or such a line. Example: test/fixtures/pages/gov-logo-h1-div-title.
 */
function leadInLines(lines: PageLine[], inRoot: PageLine[], title: string): PageLine[] {
  const start = lines.indexOf(inRoot[0] as PageLine);
  const st = squash(title);
  let t = -1;
  for (let i = start - 1; i >= Math.max(0, start - LEAD_IN_WINDOW); i--) {
    const text = (lines[i] as PageLine).text;
    if (text.length <= title.length + TITLE_SLACK && squash(cleanTitle(text)) === st) {
      t = i;
      break;
    }
  }
  if (t < 0) return [];
  const kept = lines.slice(t + 1, start).filter((l) => !l.noise && !l.linkHeavy);
  return kept.length <= LEAD_IN_MAX && kept.every((l) => LEAD_IN.test(l.text) && l.weight <= 30) ? kept : [];
}
const LEAD_IN_WINDOW = 8;
const LEAD_IN_MAX = 2;
const LEAD_IN =
  /^(?:——|--|—).{4,}|^[^。！？!?\d]{0,24}(?:书记|書記|[县縣]长|[县縣]長|市长|市長|[区區]长|[区區]長|省长|省長|主任|部长|部長|局长|局長|主席|校长|校長|院长|院長|[厅廳]长|[厅廳]長|董事长|董事長|总经理|總經理|同志)[、，,\s]*[\p{Script=Han}]{0,4}$/u;

/**
 * The labels a text box sets above the title heading (a masthead 'The White House', a kicker, a press office
 * row) are the page's, not the speech's: the text starts under its title.
 */
function linesAboveTitle(inRoot: PageLine[], title: string): Set<PageLine> {
  const st = squash(title);
  const at = inRoot.findIndex((l) => l.heading && squash(cleanTitle(l.text)) === st);
  return new Set(at > 0 ? inRoot.slice(0, at).filter((l) => !l.prose) : []);
}

/**
 * A linked line alone between two paragraphs of the text is the text's own (a blog's 美樹營地 資訊 linking
 * to the campsite); related lists come as runs of links, and at the text's edges.
 */
function inlineLinkLines(inRoot: PageLine[]): Set<PageLine> {
  const kept = new Set<PageLine>();
  const text = inRoot.filter((l) => !l.noise);
  text.forEach((l, i) => {
    const [prev, next] = [text[i - 1], text[i + 1]];
    if (!l.linkHeavy || l.weight > INLINE_LINK_MAX || !prev || !next) return;
    const plain = (x: PageLine) => !x.linkHeavy && !x.heading;
    if (plain(prev) && plain(next) && (prev.prose || next.prose)) kept.add(l);
  });
  return kept;
}
const INLINE_LINK_MAX = 30;

/**
 * An item that opens with a linked headline and goes on to tell the news, in a list whose other items are
 * prose (a morning briefing's ten numbered stories, some with their headline linked): an item of the text. A
 * related list's items are all links or cards; its items have no prose neighbours in their list.
 */
function linkedItemsOfProseList(inRoot: PageLine[]): PageLine[] {
  const byList = new Map<Element, PageLine[]>();
  for (const l of inRoot) {
    const list = l.block.tagName === 'LI' ? l.block.parentElement : null;
    if (!list || l.noise) continue;
    const items = byList.get(list);
    if (items) items.push(l);
    else byList.set(list, [l]);
  }
  const kept: PageLine[] = [];
  for (const items of byList.values()) {
    const prose = items.filter((l) => l.prose).length;
    if (items.length < PROSE_LIST_MIN || prose * PROSE_ITEM_SHARE < items.length) continue;
    for (const l of items)
      if (l.linkHeavy && l.weight >= LINKED_ITEM_MIN && SENTENCE_END.test(l.text)) kept.push(l);
  }
  return kept;
}
const PROSE_LIST_MIN = 3;
/** One item in two is prose. */
const PROSE_ITEM_SHARE = 2;
/** A sentence's worth: a bare linked title weighs less. */
const LINKED_ITEM_MIN = 30;
const SENTENCE_END = /[.!?。！？]["”’」]?\s*$/;

/** A short label inside a run of links (证券要闻 between two linked headlines) belongs to the list. */
function listLabels(inRoot: PageLine[]): Set<PageLine> {
  const listy = (l: PageLine | undefined) => !!l && (l.linkHeavy || l.noise === 'related-list');
  const labels = new Set<PageLine>();
  inRoot.forEach((l, i) => {
    if (l.noise || l.linkHeavy || l.prose || l.weight > LIST_LABEL_MAX) return;
    const [prev, next, after] = [inRoot[i - 1], inRoot[i + 1], inRoot[i + 2]];
    if ((listy(prev) && listy(next)) || (listy(next) && listy(after))) labels.add(l);
  });
  return labels;
}
const LIST_LABEL_MAX = 12;
