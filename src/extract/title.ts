import { stripPinyinNotes } from './repair/pinyin';
import { tidySpaces } from './repair/whitespace';
import { squash } from './text';

const FILE_EXT = /\s*[.．](?:docx?|pdf|txt|wps|pptx?|xlsx?|rtf|caj)$/i;
/** 首页 > 新闻动态, 当前位置：…, Home » News: navigation, never a title. */
const BREADCRUMB =
  /^(?:首页|主页|首頁|主頁|home|当前位置|當前位置|您的位置|您现在的位置)\s*(?:[-–—>»/|｜：:]|$)/i;
const TITLE_SEPARATORS = /\s*(?:\s[-–—|｜·•]\s|--+|__+|_|｜|\|)\s*/;

/** <title> cut at its separators: "在…讲话_知答网" → ["在…讲话", "知答网"]. */
export function titleSegments(docTitle: string): string[] {
  return docTitle
    .split(TITLE_SEPARATORS)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A title as a person would file it: no file extension, no pinyin debris, no stray spaces. */
export function cleanTitle(raw: string): string {
  const t = tidySpaces(stripPinyinNotes(raw).replace(FILE_EXT, '')).replace(FILE_EXT, '');
  const bare = t.replace(COLUMN_TAG, '').replace(EDITOR_NOTE, '').replace(REQUEST, '').replace(ASKING, '');
  return bare.length >= 6 ? bare : t;
}

/** A column tag before the title: 重磅｜…, 【聚焦】…, 独家|… (a few characters, then a bar or brackets). */
const COLUMN_TAG = /^(?:[^\s｜|【】]{1,4}\s*[｜|]\s*|【[^】]{1,6}】\s*)/;
/** A Q&A title that asks for the document: 求一篇…, 谁有…, 急求一份… (the filed title is what is asked for). */
const REQUEST =
  /^(?:(?:急求|跪求|求|[谁誰]有|有[没沒]有|[请請]问|[帮幫]忙[写寫])\s*(?:一篇|一份|一[个個]|篇)|急求|跪求|[谁誰]有)\s*/;
/** A Q&A title's asking tail after the kind of document it asks for: …讲话稿怎么写？, …发言稿? */
const ASKING =
  /(?<=稿|[词詞]|范文|範文|[讲講][话話]|[发發]言|致[辞辭]|材料)\s*(?:(?:怎么写|怎麼寫|如何写|如何寫)\s*[?？]*|[?？]+)$/;

/** An editor's note after the title: （全文）, (附全文), （图文）. */
const EDITOR_NOTE = /\s*[（(](?:附)?(?:[讲講]话)?(?:全文|实录|實錄|[图圖]文|[组組][图圖]|[视視][频頻])[)）]$/;

/**
 * The document's title: the page heading that agrees with <title>; when <title> is only a channel or
 * site name (新闻动态--某学会官网), the heading nearest above the text; else <title>'s first segment.
 */
export function pickTitle(
  headings: string[],
  nearest: string | undefined,
  docTitle: string,
  ogTitle?: string,
): string {
  const segments = titleSegments(docTitle);
  const reference = [ogTitle, ...segments].filter((s): s is string => !!s && squash(s).length >= 4);
  const agrees = (h: string) => {
    const sh = squash(cleanTitle(h));
    return (
      sh.length >= 4 && reference.some((r) => sh.includes(squash(cleanTitle(r))) || squash(r).includes(sh))
    );
  };
  const agreeing = headings.find((h) => !BREADCRUMB.test(h.trim()) && agrees(h));
  // A heading that only agrees with a short channel name (新闻动态), or with a <title> that is nothing but
  // the site's name (a logo h1 on a page titled 安平县人民政府), loses to a longer heading nearer the text.
  const siteOnly =
    agreeing &&
    segments.length === 1 &&
    squash(agreeing) === squash(segments[0] ?? '') &&
    !!nearest &&
    squash(nearest).length > squash(agreeing).length;
  const channelOnly =
    agreeing && ((squash(agreeing).length < 8 && nearest && squash(nearest).length > 8) || siteOnly);
  if (agreeing && !channelOnly) return cleanTitle(agreeing);
  if (nearest) return cleanTitle(nearest);
  return cleanTitle(ogTitle || segments[0] || '');
}
