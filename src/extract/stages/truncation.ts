import { COUNT, type InlineNotice, parseCount, WHOLE_TEXT } from '../noise/inlineNotices';
import { SENTENCE_END_RE, textWeight } from '../text';
import type { TruncationDetail } from '../types';
import type { PageLine } from './pageLines';

const DOWNLOAD_PROMPT =
  /下[载載]|[阅閱][读讀]全文|[会會][员員]|VIP|付[费費]|登[录錄]后|查看全文|展[开開]全文/;

/** A speech that ends on its closing words is whole, stop or no stop: 谢谢大家, 预祝大会圆满成功, Thank you. */
const CLOSING =
  /(?:[谢謝][谢謝](?:大家|各位)?|感[谢謝]大家|此致|敬[礼禮]|圆满成功|圓滿成功|身体健康|身體健康|万事如意|萬事如意|[节節]日快[乐樂]|Thank you(?: all| very much)?|God bless[\w ]*)$/i;

/** Whether a text ends as a whole speech ends: on a finished sentence or its closing words. */
export function endsFinished(text: string): boolean {
  const last = (text.split('\n').pop() ?? '').trim();
  return SENTENCE_END_RE.test(last) || CLOSING.test(last);
}

/** 全文共3926字, 本文约1.2万字, 全篇共三千字: the length of the whole document, without what is shown. */
const STATED_TOTAL = new RegExp(`${WHOLE_TEXT}(?:共|約|约)?\\s*(${COUNT})\\s*字`);

/** 阅读约需8分钟, 預計閱讀 5 分鐘: how long the text takes to read. */
const READING_TIME = /[阅閱][读讀]\D{0,6}\d+\s*分[钟鐘]/;

/** How many lines after the text a withholding notice or a pager may sit (past the text box's own tools). */
const REACH = 4;

/**
 * Stage 6 — what the page did not show, besides the gaps found while reading the text: stated lengths and
 * pages left from the notices, a `全文共N字` line larger than the text, a pager under the text, a notice that
 * reading is kept for members, or text that stops mid-sentence with a download prompt after it.
 */
export function findTruncation(lines: PageLine[], inRoot: PageLine[], body: string): TruncationDetail[] {
  const out: TruncationDetail[] = [];
  const bodyChars = body.replace(/\s/g, '').length;
  for (const n of lines.flatMap((l): readonly InlineNotice[] => l.notices)) {
    if (n.total !== undefined && n.shown !== undefined) {
      out.push({ kind: 'stated-length', total: n.total, shown: n.shown, notice: n.text });
    } else if (n.remaining !== undefined) {
      out.push({ kind: 'stated-length', total: bodyChars + n.remaining, shown: bodyChars, notice: n.text });
    } else if (n.remainingPercent !== undefined && n.remainingPercent > 0 && n.remainingPercent < 100) {
      const total = Math.round(bodyChars / (1 - n.remainingPercent / 100));
      out.push({ kind: 'stated-length', total, shown: bodyChars, notice: n.text });
    } else if (n.pagesLeft !== undefined) {
      out.push({ kind: 'pages-left', pages: n.pagesLeft, notice: n.text });
    } else if (n.cut) {
      out.push({ kind: 'preview-cut', notice: n.text });
    }
  }
  // "全文共3926字,您当前只能阅读部分内容" states the length without the shown part.
  if (!out.some((t) => t.kind === 'stated-length')) {
    for (const l of lines) {
      // A linked title in a side list (…全文共5000字) says nothing about this page, nor a reading-time estimate
      // (本文约2800字，阅读约需8分钟) rounded up from the text it stands over.
      if (l.linkHeavy || READING_TIME.test(l.text)) continue;
      const m = STATED_TOTAL.exec(l.text);
      const total = m ? parseCount(m[1] ?? '') : 0;
      if (total >= 100 && total > bodyChars * 1.1) {
        out.push({ kind: 'stated-length', total, shown: bodyChars, notice: l.text });
        break;
      }
    }
  }
  if (out.length) return out;
  const pager = pagerAfter(lines, inRoot);
  if (pager) return [{ kind: 'pages-left', pages: pager.pages - 1, notice: pager.text }];
  const withheld = withholdingNotice(lines, inRoot);
  if (withheld) return [{ kind: 'preview-cut', notice: withheld.text }];
  // A preview that stops mid-sentence, with a download or members-only prompt on the page.
  const last = body.split('\n').pop() ?? '';
  const afterRoot = lines.slice(lines.indexOf(inRoot[inRoot.length - 1] as PageLine) + 1);
  const prompt = afterRoot.find((l) => DOWNLOAD_PROMPT.test(l.text) && l.weight <= 40);
  const cut = textWeight(last) >= 15 && !SENTENCE_END_RE.test(last) && !CLOSING.test(last);
  return cut && /[\p{L}\p{N}]$/u.test(last) && prompt ? [{ kind: 'preview-cut', notice: prompt.text }] : [];
}

/** The lines at the end of the text and right after it. */
function tail(lines: PageLine[], inRoot: PageLine[]): PageLine[] {
  const end = lines.indexOf(inRoot[inRoot.length - 1] as PageLine);
  return [...inRoot.slice(-REACH), ...lines.slice(end + 1, end + 1 + REACH)];
}

/**
 * An article split over pages shows one of them: a pager under the text (< 1 2 3 4 5 6 7 >,
 * 共3页: 上一页 1 2 3 下一页, 首页 1 2 尾页) says how many there are.
 */
function pagerAfter(lines: PageLine[], inRoot: PageLine[]): { pages: number; text: string } | undefined {
  for (const l of tail(lines, inRoot)) {
    const pages = pagerPages(l.text);
    if (pages) return { pages, text: l.text };
  }
  return undefined;
}

const FIRST_PAGE_OF = /^[（(]?\s*第\s*1\s*[页頁]\s*[/／，,、]?\s*共\s*(\d+)\s*[页頁]\s*[)）]?$/;

const PAGER_WORDS =
  /上一[页頁]|下一[页頁]|首[页頁]|尾[页頁]|末[页頁]|[<>‹›«»]|共\s*\d+\s*[页頁]\s*[:：]?|在本[页頁][阅閱][读讀]全文|[阅閱][读讀]全文/g;

/** The page count a pager line states, or undefined: its numbers run 1, 2, 3… and nothing else is in it. */
export function pagerPages(text: string): number | undefined {
  // 第 1 页 / 共 3 页 under the text: its first page. Inside a document's flow the same line is a page's
  // running number, and the pages after it are shown.
  const firstOf = FIRST_PAGE_OF.exec(text);
  if (firstOf) return Number(firstOf[1]) > 1 ? Number(firstOf[1]) : undefined;
  if (text.length > 80 || !/\b1\s+2\b/.test(text)) return undefined;
  const rest = text.replace(PAGER_WORDS, ' ').trim();
  if (!/^[\d\s]+$/.test(rest)) return undefined;
  const numbers = rest.split(/\s+/).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => n === i + 1) ? numbers.length : undefined;
}

/** A line saying the page withholds the rest (加入付费会员…, 已过查询时效), in the text or right after it. */
export function withholdingNotice(lines: PageLine[], inRoot: PageLine[]): PageLine | undefined {
  const end = lines.indexOf(inRoot[inRoot.length - 1] as PageLine);
  const near = [...inRoot, ...lines.slice(end + 1, end + 1 + REACH)];
  return near.find(
    (l) =>
      !l.notices.length &&
      (l.noise === 'paywall-notice' || (l.noise !== null && READING_WITHHELD.test(l.text))),
  );
}
/** Reading (not downloading) kept for members: 加入付费会员查看全文, 开通会员后可阅读全文. */
const READING_WITHHELD =
  /(?:[会會][员員]|付[费費]|VIP|[订訂][阅閱]).{0,12}(?:[阅閱][读讀]|[查察]看|[浏瀏][览覽]|可[见見])|(?:[阅閱][读讀]|[查察]看).{0,6}(?:全文|完整).{0,10}(?:[会會][员員]|付[费費]|VIP)/;
