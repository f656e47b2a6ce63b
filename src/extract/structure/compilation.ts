import { parseNumeral, squash } from '../text';
import type { Paragraph } from './paragraphs';

/**
 * Compilations (精选5篇) hold several speeches, each opened by a part marker: 第一篇:标题, 篇1, 【篇一】,
 * 范文一, or a title line that ends in 篇1 or 范文一. Markers count only when they number 1, 2, 3… in order.
 */
export interface PartMarker {
  n: number;
  /** The part's title as the marker line gives it ('' when the title is on the next line). */
  title: string;
}

const NUM = '[〇零一二两三四五六七八九十\\d]+';
const POSTS =
  '书记|書記|校长|校長|主任|委员|委員|局长|局長|部长|部長|[县縣区區市省]长|[县縣区區市省]長|主席|院长|院長|所长|所長|科长|科長|处长|處長|厅长|廳長|秘书长|秘書長|[组組]长|[组組]長|[队隊]长|[队隊]長|馆长|館長|站长|站長|社长|社長|会长|會長|理事长|理事長|[董监監]事|[总總]经理|[总總]經理|经理|經理|干部|幹部|[总總][监監]|[总總]工';
const LEADING = new RegExp(
  `^[【\\[]?\\s*(?:第\\s*(${NUM})\\s*篇|篇\\s*(${NUM})|(?:精[选選])?(?:范文|範文|例文|样文|樣文|精[选選])\\s*(${NUM}))\\s*[】\\]]?\\s*[:：.、]?\\s*(.*)$`,
);
/** A title line that ends in its number: 述职报告篇1, 工作总结（篇二）. */
const TRAILING = new RegExp(`^(.{4,80}?)\\s*[【\\[（(]?篇\\s*(${NUM})[】\\]）)]?$`);
/** The kinds of document a part's title names. */
const DOC_KINDS =
  '报告|報告|总结|總結|致辞|致辭|讲话|講話|发言|發言|稿|材料|心得|体会|體會|计划|計劃|方案|贺词|賀詞|主持词|主持詞|倡议书|倡議書|汇报|匯報|检查|檢查|演讲|演講';
/**
 * A title line that ends in 范文/例文 and its number: 述职报告范文一, 年终总结範文2, 开学典礼致辞例文（三）. What
 * comes before names a kind of document, so a sentence that mentions a model text (对照这篇范文一) is not one.
 */
const TRAILING_MODEL = new RegExp(
  `^(.{2,80}?(?:${DOC_KINDS}))\\s*(?:范文|範文|例文|样文|樣文)\\s*[（(]?(${NUM})[)）]?$`,
);
/** A title line that names a kind of document and ends in its bracketed number: 在全县党建工作会议上的讲话（二）. */
const TRAILING_BRACKETED = new RegExp(`^(.{2,80}?(?:${DOC_KINDS}))\\s*[（(](${NUM})[)）]$`);

/**
 * A numbered person and post heading each report of a collected set (述职报告 of a leadership team):
 * 1.孙洪亮（党委副书记、纪委书记）, 2、李 明（副校长）. The post word tells it from a numbered point.
 */
const PERSON = new RegExp(
  `^(\\d{1,2})\\s*[.、．]\\s*[\\p{Script=Han}][\\p{Script=Han}\\s\\u00a0·]{1,6}\\s*[（(][^（）()]{0,24}(?:${POSTS})[^（）()]{0,24}[)）]$`,
  'u',
);

export function partMarker(text: string): PartMarker | null {
  const lead = LEADING.exec(text);
  if (lead) {
    const n = parseNumeral(lead[1] ?? lead[2] ?? lead[3] ?? '');
    const title = (lead[4] ?? '').trim();
    // 第一篇 followed by a sentence is prose that mentions a part, not a marker.
    if (!Number.isNaN(n) && title.length <= 80 && !/[。！？]$/.test(title)) return { n, title };
  }
  const person = PERSON.exec(text);
  if (person) return { n: Number(person[1]), title: text.trim() };
  const trail = text.includes('篇')
    ? TRAILING.exec(text)
    : /[范範例样樣]文/.test(text)
      ? TRAILING_MODEL.exec(text)
      : /[)）]$/.test(text)
        ? TRAILING_BRACKETED.exec(text)
        : null;
  if (trail) {
    const n = parseNumeral(trail[2] ?? '');
    if (!Number.isNaN(n) && !/[。，,！？]/.test(trail[1] ?? '')) return { n, title: text.trim() };
  }
  return null;
}

export interface Part {
  title: string;
  paragraphs: Paragraph[];
}

export interface Split {
  /** Lines before the first part (a heading repeating the compilation's title, or an introduction). */
  preamble: Paragraph[];
  parts: Part[];
  /** Lines dropped because they repeat the part's title right under its marker. */
  repeatedTitles: string[];
}

/** Splits at part markers numbered 1, 2, 3…; null when the text is a single speech. */
export function splitCompilation(paragraphs: Paragraph[]): Split | null {
  const starts: { index: number; marker: PartMarker }[] = [];
  paragraphs.forEach((p, index) => {
    const marker = partMarker(p.text);
    if (marker && marker.n === starts.length + 1) starts.push({ index, marker });
  });
  if (starts.length < 2) return null;

  const parts: Part[] = [];
  const repeatedTitles: string[] = [];
  starts.forEach(({ index, marker }, k) => {
    const end = starts[k + 1]?.index ?? paragraphs.length;
    let body = paragraphs.slice(index + 1, end);
    let title = marker.title;
    const first = body[0];
    if (!title && first && first.text.length <= 80 && !/[。！？]$/.test(first.text)) {
      title = first.text;
      body = body.slice(1);
    } else if (first && title && squash(first.text) === squash(title)) {
      repeatedTitles.push(first.text);
      body = body.slice(1);
    }
    parts.push({ title: title || `第${marker.n}篇`, paragraphs: body });
  });
  return { preamble: paragraphs.slice(0, starts[0]?.index ?? 0), parts, repeatedTitles };
}
