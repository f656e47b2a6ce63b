import { parseNumeral } from '../extract/text';
import { foldScript } from '../library/scriptFold';

// What a speech says about itself: who spoke, in what post, at which meeting, on which day, what kind of
// text it is and at what level of government. Read from the title and the lines at the top, only when the
// text states it (在…会议上的讲话, （2012年3月9日）, 市委书记 张三); nothing is guessed beyond that.

export const GENRES = ['讲话', '致辞', '报告', '党课', '发言', '汇报'] as const;
export const LEVELS = ['省', '市', '县', '区', '乡镇'] as const;
export type Genre = (typeof GENRES)[number];
export type Level = (typeof LEVELS)[number];

export interface SpeechFacts {
  speaker?: string;
  post?: string;
  occasion?: string;
  /** YYYY-MM-DD as the text states it. */
  date?: string;
  genre?: Genre;
  level?: Level;
}

const GENRE_WORDS: [RegExp, Genre][] = [
  [/党课/, '党课'],
  [/致辞|贺词|欢迎辞|祝酒辞|开幕词|闭幕词|致詞|賀詞/, '致辞'],
  [/发言|發言/, '发言'],
  [/工作报告|报告|報告/, '报告'],
  [/汇报|匯報|交流材料|述职/, '汇报'],
  [/讲话|講話|讲稿|讲话稿/, '讲话'],
];

const LEVEL_WORDS: [RegExp, Level][] = [
  [/全省|省委|省政府|省人大|省政协|省總?总?工会|省级|省直/, '省'],
  [/全市|市委|市政府|市人大|市政协|市總?总?工会|市直|市级/, '市'],
  [/全县|县委|县政府|县人大|县政协|县总工会|县直|县级/, '县'],
  [/全区|区委|区政府|区人大|区政协|区总工会|区直|区级/, '区'],
  [/乡镇|全镇|全乡|镇党委|乡党委|镇政府|乡政府|街道/, '乡镇'],
];

const POSTS =
  '党组书记|党委书记|市委书记|县委书记|区委书记|省委书记|副书记|书记|副省长|省长|副市长|市长|副县长|县长|副区长|区长|副主席|主席|副主任|主任|秘书长|副部长|部长|副厅长|厅长|副局长|局长|镇长|乡长|院长|校长|理事长|会长|总经理|董事长';
const POST = new RegExp(`(?:[\\u4e00-\\u9fa5]{0,8}?)(?:${POSTS})`);
const NAME = '[\\u4e00-\\u9fa5]{2,3}';
const TITLE_SPEAKER = new RegExp(
  `^(?:[12]\\d{3}年度?)?(?:(${POST.source}))?\\s*((?:${NAME})?)(?:同志)?在`,
  'd',
);
/** One post or several (绍兴一中党委书记、校长), as a speaker line under the title lists them. */
const POST_LIST = `${POST.source}(?:[、，,\\s]+${POST.source})*`;
const SPEAKER_LINE = new RegExp(`^(?:[—-]{1,2}\\s*)?(${POST_LIST})\\s*(${NAME})(?:\\s*同志)?$`, 'd');
const NAME_LINE = new RegExp(`^(${NAME})$`);
const OCCASION = /在(.{2,40}?)(?:上|时|之际)的(?:讲话|致辞|发言|报告|党课|汇报)/d;

const DATE =
  /[（(]?\s*([12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日\s*[)）]?/;

/** A date line or a dated title: 2012-03-09. */
export function statedDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [parseNumeral(m[1] ?? ''), parseNumeral(m[2] ?? ''), parseNumeral(m[3] ?? '')];
  if (!y || !mo || !d || mo > 12 || d > 31 || y < 1949 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const firstMatch = <T>(text: string, table: [RegExp, T][]): T | undefined => {
  let best: { at: number; value: T } | undefined;
  for (const [re, value] of table) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, value };
  }
  return best?.value;
};

/** Group `n` of a match made on the folded text, cut from the original (folding keeps every offset). */
function group(re: RegExp, original: string, n: number): string | undefined {
  const m = re.exec(foldScript(original));
  const at = m?.indices?.[n];
  return at ? original.slice(at[0], at[1]) : undefined;
}

export function speechFacts(title: string, body: string): SpeechFacts {
  const facts: SpeechFacts = {};
  // The head of the speech: the lines before the salutation or the first paragraph of running text.
  const head: string[] = [];
  for (const line of body.split('\n').slice(0, 8)) {
    const l = line.trim();
    if (!l) continue;
    if (l.length > 40 || /[:：]$/.test(l)) break;
    head.push(l);
  }
  const opening = [title, ...head].join('\n');

  const occasion = group(OCCASION, opening, 1);
  if (occasion) facts.occasion = occasion.replace(/^(?:[\u4e00-\u9fa5]{2,3}同志)/, '').trim();

  for (const l of head) {
    const date = statedDate(l);
    if (date && l.length <= 20) facts.date ??= date;
    const post = group(SPEAKER_LINE, l, 1);
    if (post) {
      facts.post ??= post;
      facts.speaker ??= group(SPEAKER_LINE, l, 2);
    } else if (NAME_LINE.test(l) && !facts.speaker && head.length > 1) {
      facts.speaker = l;
    }
  }
  facts.date ??= statedDate(title);

  const titlePost = group(TITLE_SPEAKER, title, 1);
  if (titlePost) {
    facts.post ??= titlePost;
    facts.speaker ??= group(TITLE_SPEAKER, title, 2) || undefined;
  }

  const foldedTitle = foldScript(title);
  facts.genre =
    firstMatch(foldedTitle, GENRE_WORDS) ??
    (/^(同志们|各位|尊敬的)/.test(foldScript(body.trim())) ? '讲话' : undefined);
  facts.level = firstMatch(foldScript(`${facts.occasion ?? ''}\n${facts.post ?? ''}\n${title}`), LEVEL_WORDS);
  for (const k of Object.keys(facts) as (keyof SpeechFacts)[]) if (!facts[k]) delete facts[k];
  return facts;
}
