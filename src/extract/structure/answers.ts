import { classOf } from '../dom/classAttribute';
import type { ClassifiedLine } from '../findContent';

/** Q&A chrome lines (热心网友, 采纳率, 评论, 收起…) it takes before a page is read as a Q&A page. */
const QA_SIGNALS = 2;

/** A speech opens with a salutation: 同志们：, 各位领导、…：, 尊敬的…, 亲爱的同学们, Good morning, … */
const SALUTATION =
  /^(?:同志[们們]|各位|尊敬的|[亲親]爱的|大家好|老[师師][们們]|同[学學][们們]|朋友[们們]|女士[们們]|[Ll]adies|[Gg]ood (?:morning|afternoon|evening)|[Dd]ear\b)/;

/**
 * On a Q&A page the content root often holds several answers side by side (repeated siblings of one
 * kind: div.answer, article.ans, li.reply). Only one of them is the speech: the one with the most running
 * text, twice as likely when it opens with a salutation. Returns that answer, or undefined when the root
 * is not a list of answers.
 * Example: test/fixtures/pages/qa-two-long-answers (a long piece of writing advice above the speech).
 */
export function pickAnswer(
  root: Element,
  inRoot: ClassifiedLine[],
  allLines: ClassifiedLine[],
): Element | undefined {
  if (allLines.filter((l) => l.noise === 'qa-chrome').length < QA_SIGNALS) return undefined;
  // An answer's own chrome: its action row (赞 评论 分享) or its answerer row (2011-07-29 17:04 某某|十一级).
  const isChrome = (l: ClassifiedLine) => l.noise === 'qa-chrome' || l.noise === 'doc-info';
  const weight = new Map<Element, number>();
  const opener = new Map<Element, string>();
  const chrome = new Set<Element>();
  const adverts = new Set<Element>();
  for (const line of inRoot) {
    if (!line.prose && !isChrome(line)) continue;
    for (let el: Element | null = line.block; el && el !== root; el = el.parentElement) {
      if (isChrome(line)) {
        chrome.add(el);
        continue;
      }
      weight.set(el, (weight.get(el) ?? 0) + line.weight);
      if (!opener.has(el)) opener.set(el, line.text);
      if (ADVERT.test(line.text)) adverts.add(el);
    }
  }
  // Siblings with prose, grouped by parent and kind; an answer carries its own chrome (author, 采纳率, 评论),
  // which tells a list of answers from a run of paragraphs. The heaviest such group is the answer list.
  const groups = new Map<string, Element[]>();
  const parents = new Map<Element, number>();
  for (const el of weight.keys()) {
    const parent = el.parentElement;
    if (!parent) continue;
    if (!parents.has(parent)) parents.set(parent, parents.size);
    const key = `${parents.get(parent)}|${signature(el)}`;
    groups.set(key, [...(groups.get(key) ?? []), el]);
  }
  const rootWeight = inRoot.reduce((w, l) => w + (l.prose ? l.weight : 0), 0);
  let best: Element | undefined;
  let bestTotal = 0;
  for (const members of groups.values()) {
    if (members.length < 2 || members.filter((el) => chrome.has(el)).length < 2) continue;
    const total = members.reduce((w, el) => w + (weight.get(el) ?? 0), 0);
    if (total <= bestTotal) continue;
    bestTotal = total;
    const score = (el: Element) => answerScore(el, weight, opener) * (adverts.has(el) ? ADVERT_DISCOUNT : 1);
    best = members.reduce((a, b) => (score(b) > score(a) ? b : a));
  }
  // Answers that are only a side part of the root (reader comments under an article) are not the text.
  return bestTotal >= ANSWERS_SHARE * rootWeight ? best : undefined;
}

/**
 * An answer that asks the reader to get in touch (加Q571646925, 群161480340, 微信：abc123, 加我微信) is an
 * advert for a service, not the answer: it counts for a fraction of its weight.
 */
const ADVERT =
  /(?:加|QQ|qq|Q)\s*[:：]?\s*\d{5,}|[群羣]\s*[:：号號]?\s*\d{5,}|(?:微信|VX|vx|V信)\s*[:：号號]\s*[A-Za-z0-9_-]{5,}|加我(?:微信|QQ|好友)/;
const ADVERT_DISCOUNT = 0.2;

/** Share of the root's running text the answers must hold for the root to be a list of answers. */
const ANSWERS_SHARE = 0.6;

function answerScore(el: Element, weight: Map<Element, number>, opener: Map<Element, string>): number {
  const w = weight.get(el) ?? 0;
  return SALUTATION.test(opener.get(el) ?? '') ? 2 * w : w;
}

/** Tag and first class: div.answer and div.answer.wgt-best are the same kind of block. */
function signature(el: Element): string {
  const cls = (classOf(el) ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.tagName}.${cls}`;
}
