import { cascadeVisibility } from './dom/cascade';
import { collectLines, type TextLine } from './dom/textLines';
import type { VisibilityTest } from './dom/visibility';
import { readabilityArticle } from './fallback';
import { type ClassifiedLine, classify, findContentRoot } from './findContent';
import { docTitleOf, headMeta, readDocMeta } from './meta';
import { classifyLine } from './noise/families';
import { cutInlineNotices, type InlineNotice } from './noise/inlineNotices';
import { findOutlineLines } from './noise/outline';
import { findSectionLines } from './noise/sections';
import { recurringPinyinNotes, stripPinyinNotes } from './repair/pinyin';
import { repairQuotes } from './repair/quotes';
import { tidySpaces } from './repair/whitespace';
import { findSiteModule, siteRoot } from './sites';
import { pickAnswer } from './structure/answers';
import { splitCompilation } from './structure/compilation';
import { joinWrappedLines, type Paragraph, splitFlattened } from './structure/paragraphs';
import { SENTENCE_END_RE, squash, textWeight } from './text';
import { cleanTitle, findTitle, labelledTitles, titleSegments } from './title';
import type {
  CaptureError,
  CaptureRecord,
  CaptureResult,
  RemovalReason,
  RemovedBlock,
  SpeechPart,
  TruncationDetail,
} from './types';

/** Below this reading weight the chosen block is not a speech (a list page, an image-only preview). */
const MIN_SPEECH_WEIGHT = 80;
/** Text (not links, not noise) in a site module's article box that makes a short post worth capturing. */
const MIN_SHOWN_POST_WEIGHT = 60;
/** What a page that states it withholds its text must still show to be captured: a paragraph. */
const MIN_SHOWN_WEIGHT = 20;
/** Text that is neither noise nor links, on the whole page, before the Readability fallback is tried. */
const FALLBACK_MIN_PAGE_WEIGHT = 2 * MIN_SPEECH_WEIGHT;
const plainWeight = (lines: ClassifiedLine[]) =>
  lines.reduce((w, l) => w + (l.noise || l.linkHeavy ? 0 : l.weight), 0);

interface PageLine extends ClassifiedLine {
  notices: InlineNotice[];
}

export interface ExtractOptions {
  /**
   * Whether the page's style hides an element's text. The browser passes computed style
   * (`computedVisibility(window)`); by default the page's own `<style>` sheets and style attributes decide.
   */
  isHidden?: VisibilityTest;
}

/** The one entry point: a parsed page and its URL in, a capture record or a clear refusal out. */
export function extractSpeech(doc: Document, url: string, options: ExtractOptions = {}): CaptureResult {
  const body = doc.body ?? doc.documentElement;
  if (!body) return refuse('no-text');
  const pageLines = readLines(collectLines(body, options.isHidden ?? cascadeVisibility(doc)));
  let lines = pageLines;

  const site = findSiteModule(url);
  const fromSite = site && siteRoot(site, doc, lines);
  const found = pickRoot(fromSite, findContentRoot(lines, body).root, lines);
  const inFound = lines.filter((l) => found.contains(l.block));
  const answer = pickAnswer(found, inFound, lines);
  let inRoot = answer ? inFound.filter((l) => answer.contains(l.block)) : inFound;
  let extractor = site && found === fromSite ? site.id : 'generic';
  markRunningHeaders(inRoot);
  const proseWeight = inRoot.reduce((w, l) => w + (l.prose ? l.weight : 0), 0);
  // A page that says it withholds the rest (已过查询时效, 付费会员) shows what it shows: even a lead alone.
  const withheld = withholdingNotice(lines, inRoot) !== undefined;
  // The article box a site module names holds the article even in short unpunctuated lines (a WeChat post
  // of twelve display lines around a video).
  const shortPost = extractor !== 'generic' && plainWeight(inRoot) >= MIN_SHOWN_POST_WEIGHT;
  if (proseWeight < (withheld ? MIN_SHOWN_WEIGHT : MIN_SPEECH_WEIGHT) && !shortPost) {
    // Readability is the slow path: only worth it when the page holds enough plain text for a speech.
    if (plainWeight(pageLines) < FALLBACK_MIN_PAGE_WEIGHT) return refuse(whyNoSpeech(doc, pageLines));
    const article = readabilityArticle(doc);
    const articleLines = article ? readLines(collectLines(article)) : [];
    const images = article?.querySelectorAll('img').length ?? 0;
    if (plainWeight(articleLines) < MIN_SPEECH_WEIGHT || images >= 2 || looksLikeList(articleLines)) {
      return refuse(whyNoSpeech(doc, pageLines));
    }
    lines = articleLines;
    inRoot = articleLines;
    extractor = 'readability';
  }
  if (looksLikeList(inRoot)) return refuse('list-page');

  // Headings above the first paragraph of running text: the title is among them.
  const opening = inRoot.find((l) => l.prose && !l.heading) ?? inRoot.find((l) => !l.noise && !l.heading);
  const firstProse = lines.indexOf(opening as PageLine);
  const before = lines.slice(0, firstProse).filter((l) => !l.noise && textWeight(l.text) >= 4);
  const rootStart = lines.indexOf(inRoot[0] as PageLine);
  const docTitle = docTitleOf(doc);
  const { title, consumed } = findTitle({
    headings: [
      ...labelledTitles(lines.slice(0, firstProse).map((l) => l.text)),
      ...headingTexts(before.filter((l) => l.heading)),
    ],
    opening: lines
      .slice(rootStart, firstProse)
      .filter((l) => !l.noise && (l.centered || l.heading))
      .map((l) => l.text),
    docTitle,
    ogTitle: headMeta(doc, 'meta[property="og:title"]'),
    pageLines: pageLines.map((l) => l.text),
  });

  inRoot = [...leadInLines(lines, inRoot, title), ...inRoot];

  const removed: RemovedBlock[] = [];
  const otherAnswers = answer ? inFound.filter((l) => l.prose && !answer.contains(l.block)) : [];
  const truncation: TruncationDetail[] = [];
  const paragraphs: Paragraph[] = [];
  let gapPending = false;
  let offset = 0;
  const linkInText = inlineLinkLines(inRoot);
  const inList = listLabels(inRoot);
  const notes = recurringPinyinNotes(inRoot.map((l) => l.text));
  for (const line of inRoot) {
    for (const n of line.notices) {
      removed.push({ reason: n.reason, text: n.text, at: paragraphs.length });
      if (n.omitted !== undefined) {
        truncation.push({ kind: 'gap', omitted: n.omitted, offset, notice: n.text });
        gapPending = true;
      }
    }
    if (line.noise || (line.linkHeavy && !line.prose && !linkInText.has(line)) || inList.has(line)) {
      removed.push({ reason: line.noise ?? 'related-list', text: line.text, at: paragraphs.length });
      continue;
    }
    for (const piece of splitFlattened(repairText(line.text, notes))) {
      const text = tidySpaces(piece);
      if (!text) continue;
      paragraphs.push({ text, standalone: line.centered || line.heading || line.cell, afterGap: gapPending });
      gapPending = false;
      offset += text.length;
    }
  }
  dropRepeatedTitle(paragraphs, title, removed, consumed);
  const answerStart = lines.indexOf(inRoot[0] as PageLine);
  for (const l of otherAnswers) {
    removed.push({
      reason: 'other-answer',
      text: l.text,
      at: lines.indexOf(l) < answerStart ? 0 : paragraphs.length,
    });
  }

  const split = splitCompilation(paragraphs);
  let parts: SpeechPart[];
  let bodyText: string;
  if (split) {
    for (const p of split.preamble.filter((p) => isTitleLike(p.text))) {
      removed.push({ reason: 'duplicate-title', text: p.text, at: 0 });
    }
    for (const t of split.repeatedTitles) removed.push({ reason: 'duplicate-title', text: t, at: 0 });
    const intro = split.preamble.filter((p) => !isTitleLike(p.text));
    parts = split.parts.map((p) => ({
      title: p.title,
      body: joinWrappedLines(p.paragraphs)
        .map((x) => x.text)
        .join('\n'),
    }));
    bodyText = [
      ...joinWrappedLines(intro).map((p) => p.text),
      ...parts.flatMap((p) => [p.title, ...(p.body ? [p.body] : [])]),
    ].join('\n');
  } else {
    bodyText = joinWrappedLines(paragraphs)
      .map((p) => p.text)
      .join('\n');
    parts = [{ title, body: bodyText }];
  }

  const allNotices = lines.flatMap((l) => l.notices);
  detectTruncation(allNotices, lines, inRoot, bodyText, truncation);

  const meta = readDocMeta(
    lines.map((l) => l.text),
    doc,
  );
  const segments = titleSegments(docTitle);
  meta.siteName ??= site?.name ?? (segments.length > 1 ? segments[segments.length - 1] : undefined);

  const record: CaptureRecord = {
    title,
    body: bodyText,
    parts,
    truncated: truncation.length > 0,
    truncation,
    removed,
    meta,
    censored: (bodyText.match(/\*+/g) ?? []).length,
    url,
    site: meta.siteName ?? hostOf(url),
    extractor,
  };
  return record;
}

/**
 * A site module's container wins when it holds at least half the running text of the generic choice: the
 * module then trims what scoring alone would keep (a caption row, another answer), and a page the module
 * no longer fits (a redesign, a stray .content box) falls back to the generic path.
 */
function pickRoot(fromSite: Element | undefined, generic: Element, lines: PageLine[]): Element {
  if (!fromSite) return generic;
  const prose = (el: Element) =>
    lines.reduce((w, l) => w + (l.prose && el.contains(l.block) ? l.weight : 0), 0);
  return prose(fromSite) >= SITE_ROOT_SHARE * prose(generic) ? fromSite : generic;
}
const SITE_ROOT_SHARE = 0.5;

function readLines(raw: TextLine[]): PageLine[] {
  const outline = findOutlineLines(raw);
  const sections = findSectionLines(raw);
  return raw.map((line, i) => {
    const cut = cutInlineNotices(line.text);
    const text = cut.text;
    // What a notice leaves behind without a letter in it (，) goes with the notice.
    const leftover = cut.notices.length > 0 && textWeight(text) === 0;
    let noise: RemovalReason | null;
    if (line.comment) noise = 'comments';
    else if (sections.has(i)) noise = sections.get(i) as RemovalReason;
    else if (outline.has(i)) noise = 'outline';
    else if (leftover || !text) noise = cut.notices[0]?.reason ?? 'paywall-notice';
    else if (line.caption || (line.afterImage && textWeight(text) <= IMAGE_CAPTION_MAX)) noise = 'caption';
    else if (LOST_CHARACTERS.test(text)) noise = 'debris';
    else noise = classifyLine(text);
    return Object.assign(classify(line, noise, text), { notices: cut.notices });
  });
}

/** A short line right after a picture in the picture's own block is its caption; a paragraph is not. */
const IMAGE_CAPTION_MAX = 40;

/** Heading lines, a heading broken by <br> (…信息公开表<br>（浙金罚决字〔2024〕52号）) read as one. */
function headingTexts(headings: PageLine[]): string[] {
  const out: string[] = [];
  headings.forEach((h, i) => {
    if (i > 0 && headings[i - 1]?.block === h.block) out[out.length - 1] += h.text;
    else out.push(h.text);
  });
  return out;
}

/** A line of nothing but U+FFFD (emoji lost when the page was stored) and symbols. */
const LOST_CHARACTERS = /^[\uFFFD\s\p{P}\p{S}]*\uFFFD[\uFFFD\s\p{P}\p{S}]*$/u;

function repairText(s: string, recurringNotes: Set<string>): string {
  return repairQuotes(stripPinyinNotes(s, recurringNotes));
}

const TITLE_LIKE_MAX = 60;
function isTitleLike(text: string): boolean {
  return text.length <= TITLE_LIKE_MAX && !/[。！？!?，,]/.test(text);
}

/**
 * A title line repeated in the body goes: a centred copy of the h1 at the top, or a doc preview's running
 * header at the top of every page (test/fixtures/pages/doc-running-header-pages).
 */
function dropRepeatedTitle(
  paragraphs: Paragraph[],
  title: string,
  removed: RemovedBlock[],
  consumed: string[],
): void {
  const st = squash(title);
  if (!st) return;
  const parts = new Set(consumed.map(squash));
  // A title set over two or three centred lines at the top (国务院办公厅对十届全国人大 / 四次会议…的答复).
  for (let n = 2; n <= 3; n++) {
    const top = paragraphs.slice(0, n);
    // A —— subtitle line is the speech's own and stays (求真务实… / ——九届二次教代会学校工作报告).
    const subtitle = top.slice(1).some((p) => /^\s*[—-]{2}/.test(p.text));
    if (
      top.length === n &&
      !subtitle &&
      top.every((p) => p.standalone) &&
      squash(top.map((p) => p.text).join('')) === st
    ) {
      for (const p of top) removed.push({ reason: 'duplicate-title', text: p.text, at: 0 });
      paragraphs.splice(0, n);
      break;
    }
  }
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Paragraph;
    if (p.text.length > title.length + TITLE_SLACK) continue;
    if (squash(p.text) === st || squash(cleanTitle(p.text)) === st || parts.has(squash(p.text))) {
      removed.push({ reason: 'duplicate-title', text: p.text, at: i });
      paragraphs.splice(i, 1);
    }
  }
  removed.sort((a, b) => a.at - b.at);
}

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

/** A title line may carry a file extension or a column tag the filed title does not. */
const TITLE_SLACK = 12;

/** Running headers and footers: a short line that recurs next to the page markers of a paged preview. */
function markRunningHeaders(inRoot: PageLine[]): void {
  const count = new Map<string, number>();
  inRoot.forEach((l, i) => {
    if (l.noise !== 'page-marker') return;
    for (const n of [inRoot[i - 1], inRoot[i + 1]]) {
      if (!n || n.noise || n.weight > RUNNING_HEADER_MAX) continue;
      const key = squash(n.text);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  if (count.size === 0) return;
  for (const l of inRoot) {
    if (!l.noise && l.weight <= RUNNING_HEADER_MAX && (count.get(squash(l.text)) ?? 0) >= 2)
      l.noise = 'page-marker';
  }
}
const RUNNING_HEADER_MAX = 40;

const DOWNLOAD_PROMPT =
  /下[载載]|[阅閱][读讀]全文|[会會][员員]|VIP|付[费費]|登[录錄]后|查看全文|展[开開]全文/;

/** A speech that ends on its closing words is whole, stop or no stop: 谢谢大家, 预祝大会圆满成功, Thank you. */
const CLOSING =
  /(?:[谢謝][谢謝](?:大家|各位)?|感[谢謝]大家|此致|敬[礼禮]|圆满成功|圓滿成功|身体健康|身體健康|万事如意|萬事如意|[节節]日快[乐樂]|Thank you(?: all| very much)?|God bless[\w ]*)$/i;

function detectTruncation(
  notices: InlineNotice[],
  lines: PageLine[],
  inRoot: PageLine[],
  body: string,
  out: TruncationDetail[],
): void {
  const bodyChars = body.replace(/\s/g, '').length;
  for (const n of notices) {
    if (n.total !== undefined && n.shown !== undefined) {
      out.push({ kind: 'stated-length', total: n.total, shown: n.shown, notice: n.text });
    } else if (n.pagesLeft !== undefined) {
      out.push({ kind: 'pages-left', pages: n.pagesLeft, notice: n.text });
    } else if (n.cut) {
      out.push({ kind: 'preview-cut', notice: n.text });
    }
  }
  // "全文共3926字,您当前只能阅读部分内容" states the length without the shown part.
  if (!out.some((t) => t.kind === 'stated-length')) {
    for (const l of lines) {
      // A linked title in a side list (…全文共5000字) says nothing about this page.
      if (l.linkHeavy) continue;
      const m = /全文(?:共|約|约)?\s*(\d{3,})\s*字/.exec(l.text);
      if (m && Number(m[1]) > bodyChars * 1.1) {
        out.push({ kind: 'stated-length', total: Number(m[1]), shown: bodyChars, notice: l.text });
        break;
      }
    }
  }
  if (out.length) return;
  const pager = pagerAfter(lines, inRoot);
  if (pager) {
    out.push({ kind: 'pages-left', pages: pager.pages - 1, notice: pager.text });
    return;
  }
  const withheld = withholdingNotice(lines, inRoot);
  if (withheld) {
    out.push({ kind: 'preview-cut', notice: withheld.text });
    return;
  }
  // A preview that stops mid-sentence, with a download or members-only prompt on the page.
  const last = body.split('\n').pop() ?? '';
  const afterRoot = lines.slice(lines.indexOf(inRoot[inRoot.length - 1] as PageLine) + 1);
  const prompt = afterRoot.find((l) => DOWNLOAD_PROMPT.test(l.text) && l.weight <= 40);
  const cut = textWeight(last) >= 15 && !SENTENCE_END_RE.test(last) && !CLOSING.test(last);
  if (cut && /[\p{L}\p{N}]$/u.test(last) && prompt) {
    out.push({ kind: 'preview-cut', notice: prompt.text });
  }
}

/**
 * An article split over pages shows one of them: a pager under the text (< 1 2 3 4 5 6 7 >,
 * 共3页: 上一页 1 2 3 下一页, 首页 1 2 尾页) says how many there are.
 */
function pagerAfter(lines: PageLine[], inRoot: PageLine[]): { pages: number; text: string } | undefined {
  const end = lines.indexOf(inRoot[inRoot.length - 1] as PageLine);
  for (const l of [
    ...inRoot.slice(-WITHHOLDING_REACH),
    ...lines.slice(end + 1, end + 1 + WITHHOLDING_REACH),
  ]) {
    const pages = pagerPages(l.text);
    if (pages) return { pages, text: l.text };
  }
  return undefined;
}

const PAGER_WORDS =
  /上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]|末[页頁]|[<>‹›«»]|共\s*\d+\s*[页頁]\s*[:：]?|在本[页頁][阅閱][读讀]全文|[阅閱][读讀]全文/g;

/** The page count a pager line states, or undefined: its numbers run 1, 2, 3… and nothing else is in it. */
export function pagerPages(text: string): number | undefined {
  if (text.length > 80 || !/\b1\s+2\b/.test(text)) return undefined;
  const rest = text.replace(PAGER_WORDS, ' ').trim();
  if (!/^[\d\s]+$/.test(rest)) return undefined;
  const numbers = rest.split(/\s+/).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => n === i + 1) ? numbers.length : undefined;
}

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

/** A line saying the page withholds the rest (加入付费会员…, 已过查询时效), in the text or right after it. */
function withholdingNotice(lines: PageLine[], inRoot: PageLine[]): PageLine | undefined {
  const end = lines.indexOf(inRoot[inRoot.length - 1] as PageLine);
  const near = [...inRoot, ...lines.slice(end + 1, end + 1 + WITHHOLDING_REACH)];
  return near.find(
    (l) =>
      !l.notices.length &&
      (l.noise === 'paywall-notice' || (l.noise !== null && READING_WITHHELD.test(l.text))),
  );
}
/** Reading (not downloading) kept for members: 加入付费会员查看全文, 开通会员后可阅读全文. */
const READING_WITHHELD =
  /(?:[会會][员員]|付[费費]|VIP|[订訂][阅閱]).{0,12}(?:[阅閱][读讀]|[查察]看|[浏瀏][览覽]|可[见見])|(?:[阅閱][读讀]|[查察]看).{0,6}(?:全文|完整).{0,10}(?:[会會][员員]|付[费費]|VIP)/;
/** How many lines after the text a withholding notice may sit (past the text box's own tools). */
const WITHHOLDING_REACH = 4;

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

/** A block of short linked items with little running text is a list of documents, not a document. */
function looksLikeList(lines: PageLine[]): boolean {
  // A list interleaves its links with their excerpts; a run of related links after the text (or before
  // it) is a related list the text keeps its own weight against (real-people-anhui-justice-cadre-warning).
  const first = lines.findIndex((l) => l.prose);
  const last = lines.findLastIndex((l) => l.prose);
  const links = lines.slice(Math.max(0, first - 1), last + 2).filter((l) => l.linkHeavy).length;
  const prose = lines.filter((l) => l.prose);
  const longest = Math.max(0, ...prose.map((l) => l.weight));
  return links >= 8 && links >= prose.length && longest < 150;
}

function whyNoSpeech(doc: Document, lines: PageLine[]): CaptureError['error']['code'] {
  // A list page lists titles; a page of menus (百度首页, 登录, 帮助 | 反馈) lists none.
  const links = lines.filter((l) => l.linkHeavy && l.weight >= LIST_TITLE_MIN).length;
  const pages = showsPagesAsPictures(doc);
  if (pages && links < 40) return 'image-only';
  if (links >= 8) return 'list-page';
  return pages ? 'image-only' : 'no-text';
}

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

/** A linked line this heavy reads as an item's title (第3篇讲话稿标题), not a menu word. */
const LIST_TITLE_MIN = 6;

const MESSAGES: Record<CaptureError['error']['code'], string> = {
  'no-text': '此页面没有可识别的正文。',
  'list-page': '这是一个列表页，没有讲话稿正文。请打开其中一篇文章后再保存。',
  'image-only': '此页面的文档只以图片或画布显示，没有可复制的文字，无法收录。',
  'too-short': '正文太短，不像一篇讲话稿。',
};

function refuse(code: CaptureError['error']['code']): CaptureError {
  return { error: { code, message: MESSAGES[code] } };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
