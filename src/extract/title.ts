import { stripPinyinNotes } from './repair/pinyin';
import { tidySpaces } from './repair/whitespace';
import { cjkCount, squash } from './text';

const FULL_PUNCT = '，。、；：！？）」』”》】（「『“《【';

const FILE_EXT = /\s*[.．](?:docx?|pdf|txt|wps|pptx?|xlsx?|rtf|caj)$/i;
/** 首页 > 新闻动态, 当前位置：…, Home » News: navigation, never a title. */
const BREADCRUMB_WORDS = '首页|主页|首頁|主頁|home|当前位置|當前位置|您的位置|您现在的位置';
const BREADCRUMB = new RegExp(`^(?:${BREADCRUMB_WORDS})\\s*(?:[-–—>»/|｜：:]|$)`, 'i');
/** A breadcrumb's first step run together with what follows it (HomeSPORT NEWS…, 首页要闻…). */
export const BREADCRUMB_START = new RegExp(`^(?:${BREADCRUMB_WORDS})`, 'i');
const TITLE_SEPARATORS = /\s*(?:\s[-–—|｜·•@]\s|--+|__+|_|｜|\||::)\s*/;

/** <title> cut at its separators: "在…讲话_知答网" → ["在…讲话", "知答网"]. */
export function titleSegments(docTitle: string): string[] {
  return docTitle
    .split(TITLE_SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A title as a person would file it: no file extension, no pinyin debris, no stray spaces. */
export function cleanTitle(raw: string): string {
  const t = tidyTitleSpaces(stripPinyinNotes(raw).replace(FILE_EXT, '')).replace(FILE_EXT, '');
  // Tags and notes around a title go when a title is left (【视频】石榴花开 → 石榴花开); a Q&A request's
  // words only when what is asked for is a title of its own.
  const untagged = t.replace(COLUMN_TAG, '').replace(EDITOR_NOTE, '').replace(COLUMN_LABEL, '').trim();
  const base = untagged.length >= 4 ? untagged : t;
  const bare = base.replace(REQUEST, '').replace(ASKING, '').trim();
  return bare.length >= 6 ? bare : base;
}

/**
 * Spaces in a title: one space stays between phrases (不忘初心担使命 传承红色基因, 爱戴掀起红盖头 庆东南…);
 * a title spaced out character by character (在 全 市 会 议) and spaces at punctuation close up.
 */
export function tidyTitleSpaces(raw: string): string {
  const t = raw.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  const pieces = t.split(' ');
  const letterSpaced =
    pieces.length >= 3 &&
    pieces.filter((p) => cjkCount(p) === 1 && p.length === 1).length * 2 >= pieces.length;
  return letterSpaced ? tidySpaces(t) : t.replace(SPACE_AT_PUNCTUATION, '');
}
// Between Latin words a space stays at a quote (Bought Online “Burned Her Up” From).
const OPEN_QUOTES = '“';
const CLOSE_QUOTES = '”';
const OTHER_PUNCT = [...FULL_PUNCT]
  .filter((c) => !OPEN_QUOTES.includes(c) && !CLOSE_QUOTES.includes(c))
  .join('');
const SPACE_AT_PUNCTUATION = new RegExp(
  [
    `\\s+(?=[${OTHER_PUNCT}])`,
    `(?<=[${OTHER_PUNCT}])\\s+`,
    `(?<![A-Za-z0-9.,;:!?])\\s+(?=[${OPEN_QUOTES}${CLOSE_QUOTES}])`,
    `(?<=[${OPEN_QUOTES}${CLOSE_QUOTES}])\\s+(?![A-Za-z0-9])`,
  ].join('|'),
  'g',
);

/** A column tag before the title: 重磅｜…, 视频丨…, 【聚焦】…, 独家|… (a few characters, then a bar or brackets). */
const COLUMN_TAG = /^(?:[^\s｜|丨︱【】]{1,4}\s*[｜|丨︱]\s*|【[^】]{1,6}】\s*)/;
/** A Q&A title that asks for the document: 求一篇…, 谁有…, 急求一份… (the filed title is what is asked for). */
const REQUEST =
  /^(?:(?:急求|跪求|求|[谁誰]有|有[没沒]有|[请請]问|[帮幫]忙[写寫])\s*(?:一篇|一份|一[个個]|篇)|急求|跪求|[谁誰]有|同[问問])\s*/;
/** A Q&A title's asking tail after the kind of document it asks for: …讲话稿怎么写？, …发言稿? */
const ASKING =
  /(?<=稿|[词詞]|范文|範文|[讲講][话話]|[发發]言|致[辞辭]|材料)\s*(?:(?:怎么写|怎麼寫|如何写|如何寫)\s*[?？]*|[?？]+)$/;

/** An editor's note after the title: （全文）, (附全文), （图文）, (图), （组图）, （多图）, （视频）. */
const EDITOR_NOTE =
  /\s*[（(](?:附)?(?:[讲講]话)?(?:全文|实录|實錄|[图圖]文|[图圖]|[组組][图圖]|多[图圖]|高清[组組]?[图圖]|[图圖]集|[视視][频頻])[)）]$/;

/** A column label after the title: （推动高质量发展·权威发布）, (学习进行时•深读). */
const COLUMN_LABEL = /\s*[（(][^（）()。，！？]{2,16}[·•・][^（）()。，！？]{2,16}[)）]$/;

/**
 * The document's title: the page heading that agrees with <title>; when <title> is only a channel or
 * site name (新闻动态--某学会官网), the heading nearest above the text; else <title>'s first segment.
 */
export function pickTitle(
  headings: string[],
  nearest: string | undefined,
  docTitle: string,
  ogTitle?: string,
  cardTitle?: string,
): string {
  const segments = titleSegments(docTitle);
  // og:title, twitter:title and <title>'s first segment name the document (a site may give each a headline
  // of its own); later segments name the channel and the site.
  const reference: [string, number][] = [
    ...titleSegments(ogTitle ?? '').entries(),
    ...segments.entries(),
    ...titleSegments(cardTitle ?? '').entries(),
  ]
    .filter(([, s]) => squash(s).length >= 4)
    .map(([i, s]) => [titleKey(cleanTitle(s)), i]);
  // A heading that says what a name says beats one that only holds it or is held in it: the post's own
  // heading over the blog's name in <title>'s "Blog: Post", the headline over a sticky bar's "Section|Headline".
  const rank = (h: string) => {
    const sh = titleKey(cleanTitle(h));
    if (sh.length < 4) return -1;
    const ranks = reference
      .filter(([r]) => sh.includes(r) || r.includes(sh))
      .map(([r, i]) => 2 * i + (r === sh ? 0 : 1));
    return ranks.length ? Math.min(...ranks) : -1;
  };
  const usable = headings.filter((h) => !BREADCRUMB.test(h.trim()) && rank(h) >= 0);
  // The heading that agrees with the document's name, not the site's (a logo h1 matching `:: 痞客邦 ::`).
  const best = Math.min(...usable.map(rank));
  const agreeing = usable.find((h) => rank(h) === best);
  // A heading that only agrees with a short channel name (新闻动态), or with a <title> that is nothing but
  // the site's name (a logo h1 on a page titled 安平县人民政府), loses to a longer heading nearer the text.
  // og:title saying the same names the document: an article's question heading over its longer dek.
  const og = squash(cleanTitle(ogTitle ?? ''));
  const head = squash(cleanTitle(agreeing ?? ''));
  const siteOnly =
    agreeing &&
    segments.length === 1 &&
    squash(agreeing) === squash(segments[0] ?? '') &&
    og !== head &&
    !!nearest &&
    squash(nearest).length > squash(agreeing).length &&
    // A paragraph set as a heading (a slideshow's caption in an h1) is no title to prefer.
    squash(nearest).length <= HEADING_MAX;
  const channelOnly =
    agreeing && ((squash(agreeing).length < 8 && nearest && squash(nearest).length > 8) || siteOnly);
  // A heading that is all of a one-part <title> while a longer og:title names something else: the site's
  // masthead (The Riverside Times) over an article that og:title names.
  const mastheadOnly =
    !!agreeing &&
    segments.length === 1 &&
    squash(agreeing) === squash(segments[0] ?? '') &&
    og.length > head.length &&
    !og.includes(head);
  if (mastheadOnly && ogTitle) return cleanTitle(ogTitle);
  if (agreeing && !channelOnly) return cleanTitle(agreeing);
  if (nearest) return cleanTitle(nearest);
  return cleanTitle(ogTitle || lastCrumb(segments[0] ?? ''));
}

/** A <title> that is a breadcrumb (当前位置：首页 > 要闻 > 在…的讲话) names the document in its last step. */
function lastCrumb(segment: string): string {
  if (!BREADCRUMB.test(segment.trim())) return segment;
  return (
    segment
      .split(/\s*[>›»]\s*/)
      .map((s) => s.trim())
      .filter(Boolean)
      .pop() ?? segment
  );
}

/**
 * A title as compared with <title> and og:title: no spaces, no punctuation, so a heading's curly quotes and
 * a <title>'s straight ones (“Burned Her Up” / "Burned Her Up") agree.
 */
function titleKey(s: string): string {
  return squash(s).replace(/[\p{P}\p{S}]+/gu, '');
}

/** A heading longer than this is a paragraph set as a heading, not a document's name. */
const HEADING_MAX = 100;

/** A forum's or Q&A page's labelled title line: 主题：…, 标题：…, 帖子主题：… */
const LABELLED = /^(?:帖子|文章)?(?:主[题題]|[标標][题題]|[题題]目)\s*[:：]\s*(\S.{3,})$/;

/** The title a label line names, or undefined. */
export function labelledTitle(line: string): string | undefined {
  return LABELLED.exec(line.trim())?.[1];
}

/** A label alone in its cell, its value in the next one (a 信息公开 table: 标　　题： | 国务院办公厅…). */
const BARE_LABEL = /^(?:帖子|文章|公文)?(?:主\s*[题題]|[标標]\s*[题題]|[题題]\s*目|名\s*[称稱])\s*[:：]$/;

/** The titles label lines name, `主题：X` on one line or `标题：` then X on the next. */
export function labelledTitles(lines: string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const inline = labelledTitle(line);
    const next = lines[i + 1];
    if (inline) out.push(inline);
    else if (next && BARE_LABEL.test(line.trim()) && next.trim().length >= 4) out.push(next.trim());
  });
  return out;
}

/** A line that reads as a title: short, no sentence inside, not a date. */
function isTitleLine(text: string): boolean {
  const t = text.trim();
  return t.length >= 6 && t.length <= 60 && !/[。！？!?，,；;]/.test(t) && !/^[（(]?\d{4}\s*[年.\-/]/.test(t);
}

const SUBTITLE = /^\s*(?:——|--|—)\s*/;
const CUT_OFF = /(?:\.{3,}|…+|。{3,})$/;
/** 本文原标题：《…》 / （原标题：…）: the headline before the site shortened it. */
const ORIGINAL_TITLE = /^[（(]?\s*(?:本文)?原[标標][题題]\s*[:：]\s*《?([^》]+?)》?\s*[)）]?$/;

export interface TitleEvidence {
  /** Heading lines above the text (and labelled title lines), in page order. */
  headings: string[];
  /** The text box's own standalone lines before its first paragraph (a centred title, a —— subtitle). */
  opening: string[];
  docTitle: string;
  ogTitle?: string;
  /** twitter:title: the headline a site gives its share card, at times another than og:title's. */
  cardTitle?: string;
  /** Centred lines above the text that are not headings (a title set as a bold centred paragraph). */
  centred?: string[];
  /** Every line of the page, for a headline the site cut short (…免...). */
  pageLines: string[];
}

/**
 * The heading a person sees above the text: `pickTitle`'s choice, then what the text box itself says.
 * A main title over a —— subtitle that repeats the heading files as both (求真务实 创先争优 再铸辉煌——九届
 * 二次教代会学校工作报告); the text box's own centred title wins over a portal heading that wraps it in a
 * column name (每周一学（…）习近平在纪念…讲话 → 在纪念…讲话); a headline cut with … is completed from the
 * page's 原标题 line. Returns the title and the opening lines it consumed (dropped from the text).
 */
export function findTitle(e: TitleEvidence): { title: string; consumed: string[] } {
  const headings = e.headings.map((h) => labelledTitle(h) ?? h);
  let title = pickTitle(headings, headings[headings.length - 1], e.docTitle, e.ogTitle, e.cardTitle);
  const st = squash(title);
  const [first, second] = e.opening;
  if (first && second && isTitleLine(first) && SUBTITLE.test(second)) {
    const sub = second.replace(SUBTITLE, '');
    if (st && (squash(sub) === st || st.endsWith(squash(sub)))) {
      return { title: `${cleanTitle(first)}——${cleanTitle(sub)}`, consumed: [first] };
    }
  }
  // A <title> that is only the site's name (某某市人民政府) with no heading to agree with: the centred title
  // line nearest above the text names the document.
  if (namesOnlySite(title, e)) {
    const own = [...(e.centred ?? []), ...e.opening.slice(0, 1)]
      .reverse()
      .find((l) => isTitleLine(l) && l.length >= OWN_TITLE_MIN);
    if (own) return { title: cleanTitle(own), consumed: e.opening[0] === own ? [own] : [] };
  }
  if (first && isTitleLine(first) && first.length >= OWN_TITLE_MIN) {
    const sf = squash(cleanTitle(first));
    // The heading wraps it in a column (每周一学（2025年11月24日-30日）习近平 + 在…的讲话): a prefix with a
    // bracketed label or a date. A plain post or name before it (区委书记在…的讲话) is the title as filed.
    const prefix = st.slice(0, st.length - sf.length);
    if (st.length > sf.length && st.endsWith(sf) && COLUMN_PREFIX.test(prefix))
      return { title: cleanTitle(first), consumed: [] };
  }
  title = withoutChannelTail(title, e.pageLines);
  if (CUT_OFF.test(title)) {
    const stem = squash(title).replace(/[.…。]+$/, '');
    for (const line of e.pageLines) {
      const full = ORIGINAL_TITLE.exec(line)?.[1] ?? line;
      const whole = squash(full);
      if (
        full.length <= 100 &&
        whole.startsWith(stem) &&
        whole.replace(/[.…。]+$/, '').length > stem.length
      ) {
        title = cleanTitle(full);
        break;
      }
    }
  }
  return { title, consumed: [] };
}

/** The names sites give themselves: a government's portal, a paper, a news or information site. */
const SITE_NAME =
  /(?:人民政府|政府公[报報]|政府网|政府網|门户网站?|門戶網站?|官方网站|官网|官網|网站|網站|新闻网|新聞網|信息网|資訊網|日报|日報|晚报|晚報|之窗)$/;

/** The title picked is all of <title>, a site's name, and nothing else (og:title, a heading) names the document. */
function namesOnlySite(title: string, e: TitleEvidence): boolean {
  const segments = titleSegments(e.docTitle);
  return (
    segments.length === 1 &&
    !e.ogTitle &&
    // A heading that says the same (the site's logo set as an h1) names the site too.
    e.headings.every((h) => squash(cleanTitle(h)) === squash(title)) &&
    squash(title) === squash(cleanTitle(segments[0] ?? '')) &&
    SITE_NAME.test(title.trim())
  );
}

/** What a column label before a title holds: brackets of some kind, or a date. */
const COLUMN_PREFIX = /[（(【[《「｜|]|\d{4}\s*[年.\-/]/;
/**
 * A channel or department `<title>` appends after a bare hyphen, which it does not split at (2023-2024学年 is
 * one title): 在全县大会上的讲话-党建工作 is cut when the tail is a step of the page's breadcrumb (首页 >
 * 党建工作), the page's own evidence that it names a channel. Without a mark between them, a tail the
 * breadcrumb also has is often the kind of document (…统计公报 under 统计公报, …致辞 under 致辞): kept.
 */
function withoutChannelTail(title: string, pageLines: string[]): string {
  const steps = new Set<string>();
  for (const line of pageLines) {
    if (line.length > 80 || !/[>›»]/.test(line)) continue;
    for (const step of line.replace(/^[^：:]{0,8}[：:]/, '').split(/\s*[>›»/]\s*/))
      if (step.length >= 2 && step.length <= 10) steps.add(step.trim());
  }
  for (const step of steps) {
    const m = new RegExp(`^(.{6,}?)\\s*[-－—_·]\\s*${escapeRegExp(step)}$`).exec(title);
    if (m?.[1] && !/[-－—_·]$/.test(m[1])) return m[1].trim();
  }
  // A site's own name after a bare hyphen (在全县大会上的讲话-某县人民政府) names the site, not the document.
  const site = /^(.{6,}?)\s*[-－—]\s*([^-－—\s]{2,20})$/.exec(title);
  if (site?.[1] && SITE_NAME.test(site[2] ?? '')) return site[1].trim();
  return title;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A shorter own title than this is a phrase of the heading, not the document's name. */
const OWN_TITLE_MIN = 8;
