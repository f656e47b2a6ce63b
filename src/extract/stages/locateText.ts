import { collectLines } from '../dom/textLines';
import { readabilityArticle } from '../fallback';
import { findContentRoot } from '../findContent';
import { type SiteModule, siteRoot } from '../sites';
import { pickAnswer } from '../structure/answers';
import { galleryBox } from '../structure/gallery';
import { headedByTitle } from '../structure/shortStory';
import { withSiblingParagraphs } from '../structure/siblingParagraphs';
import { squash } from '../text';
import type { CaptureError } from '../types';
import { type PageLine, plainWeight, proseWeight, readPageLines } from './pageLines';
import { looksLikeList, refuse, whyNoSpeech } from './refusal';
import { withholdingNotice } from './truncation';

/** Below this reading weight the chosen block is not a speech (a list page, an image-only preview). */
const MIN_SPEECH_WEIGHT = 80;
/** Text (not links, not noise) in a site module's article box that makes a short post worth capturing. */
const MIN_SHOWN_POST_WEIGHT = 60;
/** A news flash under the page's own headline: two sentences (structure/shortStory.ts). */
const MIN_STORY_WEIGHT = 40;
/** What a page that states it withholds its text must still show to be captured: a paragraph. */
const MIN_SHOWN_WEIGHT = 20;
/** Text that is neither noise nor links, on the whole page, before the Readability fallback is tried. */
const FALLBACK_MIN_PAGE_WEIGHT = 2 * MIN_SPEECH_WEIGHT;
/** A site module's box wins when it holds at least this share of the generic choice's running text. */
const SITE_ROOT_SHARE = 0.5;

/** Where the speech is: its lines in the page's order, and how they were found. */
export interface LocatedText {
  /** The lines the text was read from: the page's, or those of Readability's article. */
  lines: PageLine[];
  /** The text's own lines, in order (a subsequence of `lines`). */
  inRoot: PageLine[];
  /** Other answers on a Q&A page, reported as removed. */
  otherAnswers: PageLine[];
  /** A site module id, `generic`, or `readability`. */
  extractor: string;
}

/**
 * Stage 2 — the element that holds the speech, or why there is none. The generic root (findContent.ts) or a
 * site module's box, the chosen answer on a Q&A page, running headers of a paged preview; below a speech's
 * worth of running text Readability is asked on a clone, and a page with no text anywhere is refused.
 */
export function locateText(
  doc: Document,
  body: Element,
  pageLines: PageLine[],
  site: SiteModule | undefined,
): LocatedText | CaptureError {
  const fromSite = site && siteRoot(site, pageLines);
  const generic = withSiblingParagraphs(findContentRoot(pageLines, body).root, pageLines);
  const found = pickRoot(fromSite, generic, pageLines);
  const inFound = pageLines.filter((l) => found.contains(l.block));
  const answer = pickAnswer(found, inFound, pageLines);
  const chosen = withoutGallery(answer ? inFound.filter((l) => answer.contains(l.block)) : inFound);
  const { lines, inRoot } = withRunningHeaders(pageLines, chosen);
  const otherAnswers = answer ? inFound.filter((l) => l.prose && !answer.contains(l.block)) : [];
  const extractor = site && found === fromSite ? site.id : 'generic';

  // A page that says it withholds the rest (已过查询时效, 付费会员) shows what it shows: even a lead alone. The
  // article box a site module names holds the article even in short display lines (a WeChat video post).
  const withheld = withholdingNotice(lines, inRoot) !== undefined;
  const shortPost = extractor !== 'generic' && plainWeight(inRoot) >= MIN_SHOWN_POST_WEIGHT;
  const prose = proseWeight(inRoot);
  const shortStory = prose >= MIN_STORY_WEIGHT && headedByTitle(doc, pageLines, inRoot);
  if (prose >= (withheld ? MIN_SHOWN_WEIGHT : MIN_SPEECH_WEIGHT) || shortPost || shortStory) {
    if (!looksLikeList(inRoot)) return { lines, inRoot, otherAnswers, extractor };
    // The box chosen reads as a list: it may be a list page, or a box wider than the article, holding the
    // story with the link lists around it. Readability's article in that box decides: a story that is not a
    // list is kept.
    return readabilityText(doc, found) ?? refuse('list-page');
  }
  // Readability is the slow path: only worth it when the page holds enough plain text for a speech.
  if (plainWeight(pageLines) < FALLBACK_MIN_PAGE_WEIGHT) return refuse(whyNoSpeech(doc, pageLines));
  return readabilityText(doc) ?? refuse(whyNoSpeech(doc, pageLines));
}

/**
 * Readability's article on a clone (of the page, or of the box `within`), when it holds a speech's worth of
 * text and is not itself a list. How many pictures it holds is no reason either way: a post of pictures with
 * a speech's worth of text between them is captured.
 */
function readabilityText(doc: Document, within?: Element): LocatedText | undefined {
  const article = readabilityArticle(doc, within);
  if (!article) return undefined;
  const articleLines = readPageLines(collectLines(article));
  if (plainWeight(articleLines) < MIN_SPEECH_WEIGHT || looksLikeList(articleLines)) return undefined;
  return { lines: articleLines, inRoot: articleLines, otherAnswers: [], extractor: 'readability' };
}

/**
 * The text's lines without a picture gallery set among them (structure/gallery.ts), when a speech's worth of
 * running text stands outside it: a gallery that is the page's whole content (a photo story) stays.
 */
function withoutGallery(lines: PageLine[]): PageLine[] {
  const gallery = galleryBox(lines);
  if (!gallery) return lines;
  const rest = lines.filter((l) => !gallery.contains(l.block));
  return proseWeight(rest) >= MIN_SPEECH_WEIGHT ? rest : lines;
}

/**
 * A site module's container wins when it holds at least half the running text of the generic choice: the
 * module then trims what scoring alone would keep (a caption row, another answer), and a page the module
 * no longer fits (a redesign, a stray .content box) falls back to the generic path.
 */
function pickRoot(fromSite: Element | undefined, generic: Element, lines: PageLine[]): Element {
  if (!fromSite) return generic;
  const prose = (el: Element) => proseWeight(lines.filter((l) => el.contains(l.block)));
  return prose(fromSite) >= SITE_ROOT_SHARE * prose(generic) ? fromSite : generic;
}

/**
 * Running headers and footers: a short line that recurs next to the page markers of a paged preview goes as a
 * page marker. Returns new arrays with those lines replaced by page-marker copies (the page's lines are not
 * changed in place).
 */
function withRunningHeaders(
  lines: PageLine[],
  inRoot: PageLine[],
): { lines: PageLine[]; inRoot: PageLine[] } {
  const count = new Map<string, number>();
  inRoot.forEach((l, i) => {
    if (l.noise !== 'page-marker') return;
    for (const n of [inRoot[i - 1], inRoot[i + 1]]) {
      if (!n || n.noise || n.weight > RUNNING_HEADER_MAX) continue;
      const key = squash(n.text);
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  });
  if (count.size === 0) return { lines, inRoot };
  const replaced = new Map<PageLine, PageLine>();
  for (const l of inRoot) {
    if (!l.noise && l.weight <= RUNNING_HEADER_MAX && (count.get(squash(l.text)) ?? 0) >= 2)
      replaced.set(l, { ...l, noise: 'page-marker' });
  }
  const swap = (l: PageLine) => replaced.get(l) ?? l;
  return { lines: lines.map(swap), inRoot: inRoot.map(swap) };
}
const RUNNING_HEADER_MAX = 40;
