import { CN_DIGIT } from '../text';
import type { RemovalReason } from '../types';

/**
 * Notices that sites splice into the running text: paywall gaps (……(…省略706字,正式会员可完整阅读)……),
 * preview tails ((未完,全文共3926字,当前仅显示1983字…)), watermarks (www.site.com【site范文网】).
 * Each match is cut out of the line and reported, with the figures it states.
 */
export interface InlineNotice {
  reason: RemovalReason;
  text: string;
  /** 省略N字: characters the page left out at this point. */
  omitted?: number;
  /** 全文共N字: length of the whole document. */
  total?: number;
  /** 当前仅显示M字: characters the page shows. */
  shown?: number;
  /** 剩余N字: characters after the shown part. */
  remaining?: number;
  /** 还剩N页未读: pages not shown. */
  pagesLeft?: number;
  /** 剩余85%: the share of the document after the shown part, in percent. */
  remainingPercent?: number;
  /** A notice that says the text stops here (试读结束, 未完). */
  cut?: boolean;
}

const OPEN = '[（(【\\[]';
const CLOSE = '[）)】\\]]';
const DOTS = '[…．.·]*';

interface SpanFamily {
  reason: RemovalReason;
  /** Cheap test that must pass before the pattern runs (the patterns backtrack over every position). */
  hint: RegExp;
  pattern: RegExp;
  read: (m: RegExpExecArray) => Partial<InlineNotice>;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** A count as pages write it: 706, 1,024, 1.2万, 2千, 三千余, 两万. */
export const COUNT = '(?:\\d[\\d,，.]*|[〇零一二两兩三四五六七八九十百千万萬]+)\\s*[千万萬]?\\s*余?';

/** How a notice names the whole document: 全文, 本文, 全篇, 文档. */
export const WHOLE_TEXT = '(?:全文|本文|全篇|文[档檔])';

const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 萬: 10000 };

/** 706 → 706, 1,024 → 1024, 1.2万 → 12000, 2千 → 2000, 三千余 → 3000, 两万 → 20000, 一千五百 → 1500. */
export function parseCount(raw: string): number {
  const s = raw.replace(/[\s,，余]/g, '');
  const digits = /^([\d.]+)([千万萬]?)$/.exec(s);
  if (digits) return Math.round(Number(digits[1]) * (digits[2] ? (CN_UNIT[digits[2]] ?? 1) : 1));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c] ?? 0;
    else if (c === '万' || c === '萬') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else if (c in CN_UNIT) {
      section += (digit || 1) * (CN_UNIT[c] ?? 1);
      digit = 0;
    }
  }
  return total + section + digit;
}

const SPAN_FAMILIES: SpanFamily[] = [
  {
    // ……(新文秘网http://x.cn省略706字,正式会员可完整阅读)……  /  (省略1,024字) / …… 此处隐藏1562字 ……
    reason: 'paywall-notice',
    hint: /省略|[隐隱]藏/,
    pattern: new RegExp(
      `${DOTS}\\s*${OPEN}?[^（）()【】\\n]{0,60}?(?:省略|(?:此[处處]|以下)?(?:已)?[隐隱]藏(?:了)?)\\s*(?:约|約)?\\s*(${COUNT})\\s*字[^（）()【】\\n]{0,40}${CLOSE}?\\s*${DOTS}`,
      'g',
    ),
    read: (m) => ({ omitted: parseCount(m[1] ?? '') }),
  },
  {
    // (未完,全文共3926字,当前仅显示1983字,请阅读下面提示信息。 / 本文共1.2万字，仅显示前2000字 — the close may sit
    // on a later line.
    reason: 'paywall-notice',
    hint: /全文|本文|全篇|文[档檔]/,
    pattern: new RegExp(
      `${DOTS}${OPEN}?\\s*(?:未完(?:待[续續])?\\s*[,，、]?\\s*)?${WHOLE_TEXT}(?:共|共有|約|约)?\\s*(${COUNT})\\s*字\\s*[,，、]?\\s*(?:您)?(?:[当當]前|目前|此[处處])?\\s*(?:[仅僅]|只)?(?:能|可)?(?:[显顯]示|[阅閱][读讀]|展示|可[见見]|可[阅閱][读讀]|[预預][览覽])(?:了)?\\s*(?:前)?\\s*(${COUNT})\\s*字[^（）()\\n]{0,60}${CLOSE}?`,
      'g',
    ),
    read: (m) => ({ total: parseCount(m[1] ?? ''), shown: parseCount(m[2] ?? '') }),
  },
  {
    reason: 'paywall-notice',
    hint: /未完/,
    pattern: new RegExp(`${OPEN}\\s*未完(?:待[续續])?\\s*(?:[,，][^（）()\\n]{0,40})?${CLOSE}`, 'g'),
    read: () => ({ cut: true }),
  },
  {
    // 剩余三千余字, 还有1.2万字未显示, 以上为节选，剩余2000字开通VIP会员后可阅读全文: what is left, in characters.
    reason: 'paywall-notice',
    hint: /剩|[还還]有|[节節][选選]/,
    pattern: new RegExp(
      `(?:以上[为為][节節][选選][，,、]?\\s*)?(?:[还還](?:剩|有)|剩余|剩餘|剩下)\\s*(?:约|約)?\\s*(${COUNT})\\s*字[^。\\n]{0,40}`,
      'g',
    ),
    read: (m) => ({ remaining: parseCount(m[1] ?? '') }),
  },
  {
    reason: 'paywall-notice',
    hint: /剩|[还還]有/,
    pattern:
      /(?:[还還](?:剩|有)|剩余|剩餘|剩下)\s*(\d+)\s*[页頁](?:未[读讀阅閱]|可[读讀阅閱]|可下[载載]|[内內]容未|[内內]容)[^，。,\n]{0,20}/g,
    read: (m) => ({ pagesLeft: num(m[1]), cut: true }),
  },
  {
    // 查看剩余85%内容, 剩余 60% 未读: what is left, as a share of the document.
    reason: 'paywall-notice',
    hint: /%/,
    // A share left in a sentence of the text (剩下3%维持公司运转) names no verb of reading and no content.
    pattern:
      /(?:(?:点击|點擊)?(?:查看|[阅閱][读讀]|下[载載])(?:剩余|剩餘|剩下|余下|餘下)\s*(\d{1,2}(?:\.\d+)?)\s*%|(?:剩余|剩餘|剩下|余下|餘下)\s*(\d{1,2}(?:\.\d+)?)\s*%\s*(?:的)?(?=[内內]容|未[读讀阅閱]|文字))(?:的)?(?:[内內]容|未[读讀阅閱]|文字)?[^，。,\n]{0,12}/g,
    read: (m) => ({ remainingPercent: Number(m[1] ?? m[2]), cut: true }),
  },
  {
    // 本文共5页，当前第1页 / 共3页 当前为第1页: a document shown a page at a time.
    reason: 'paywall-notice',
    hint: /[页頁]/,
    pattern:
      /^[（(]?\s*(?:本文|全文|文章|文[档檔])?共\s*(\d+)\s*[页頁]\s*[，,、]?\s*(?:[当當]前|目前|[现現]在)(?:[为為]|是)?\s*第\s*(\d+)\s*[页頁]\s*[)）]?$/g,
    read: (m) => {
      const pages = Number(m[1]);
      return pages > 1 && Number(m[2]) <= pages ? { pagesLeft: pages - 1, cut: true } : {};
    },
  },
  {
    // The rest withheld, without a figure: （篇幅所限，以下内容省略）, ……全文未完，登录后查看, 剩余内容已隐藏，支付5元即可
    // 查看全文, 内容过长，仅展示头部和尾部部分文字预览. Hidden behind a payment, a login or a download, not folded by the
    // page's style (部分内容已折叠，点击展开 is captured whole). A list's own （其余从略） is the author's, not the page's.
    reason: 'paywall-notice',
    hint: /略|未完|[隐隱]藏|展示|[显顯]示|付[费費]|[会會][员員]|VIP|[余餘]下|剩[余餘]|其[余餘]/,
    pattern: new RegExp(
      [
        `${OPEN}?\\s*(?:(?:篇幅所限|篇幅有限|限于篇幅|限於篇幅)[，,、]?\\s*)?(?:以下|下文)(?:[内內]容|部分|正文)?(?:[已均])?(?:省略|[从從]略)${CLOSE}?`,
        `${DOTS}全文未完[^。\\n]{0,20}`,
        `(?:篇幅所限|篇幅有限|限于篇幅|限於篇幅)[，,、]?\\s*(?:全文|正文|[内內]容)(?:[从從])?略[。.]?`,
        // The rest kept for those who pay: 以下为付费内容, 以下内容仅对会员开放, 余下全文请下载, 登录后查看剩余内容.
        `^(?:以下|下文)(?:[为為])?(?:[内內]容)?(?:[为為]|需|仅|僅)?(?:[对對]|限)?(?:付[费費]|[会會][员員]|VIP)[^。\\n]{0,12}`,
        `(?:余下|餘下|剩余|剩餘|其余|其餘)(?:全文|[内內]容|部分)[，,]?\\s*(?:[请請])?(?:下[载載]|登[录錄]|付[费費]|[会會][员員])[^。\\n]{0,12}`,
        `(?:登[录錄]|付[费費]|[会會][员員]|VIP)(?:后|後)?(?:即)?(?:可)?(?:[查察]看|[阅閱][读讀]|[浏瀏][览覽])(?:剩余|剩餘|剩下|其余|其餘)(?:[内內]容|部分|全文)`,
        `(?:剩余|剩餘|其余|其餘|后续|後續|部分)?(?:[内內]容|正文|全文)(?:已|被)(?:[隐隱]藏)[^。\\n]{0,6}(?:支付|付[费費]|[会會][员員]|VIP|登[录錄]|下[载載])[^。\\n]{0,20}`,
        `(?:[内內]容[过過][长長][，,]?\\s*)?(?:仅|僅|只)(?:展示|[显顯]示)(?:了)?(?:[头頭]部和尾部|[头頭]尾)(?:部分)?(?:文字|[内內]容)?(?:[预預][览覽])?[^。\\n]{0,16}`,
      ].join('|'),
      'g',
    ),
    read: () => ({ cut: true }),
  },
  {
    reason: 'paywall-notice',
    hint: /[结結]束|完[毕畢]/,
    pattern:
      /(?:免[费費])?(?:[试試][读讀]|[预預][览覽]|[阅閱][读讀])(?:已)?(?:[结結]束|完[毕畢])[^。\n]{0,30}/g,
    read: () => ({ cut: true }),
  },
  {
    // A news copy's source or editor tail on the last paragraph: …奋力开创新局面。（来源：东江日报）
    reason: 'byline',
    hint: /[)）]\s*$/,
    pattern:
      /(?<=[。！？!?”」])\s*[（(](?:[来來]源|稿源|[责責]任[编編][辑輯]|[编編][辑輯]|[责責][编編]|[记記]者|作者)\s*[:：][^（）()\n]{1,30}[)）]\s*$/g,
    read: () => ({}),
  },
  {
    // A portal's way back glued to the last paragraph: …前往送别。返回搜狐，查看更多
    reason: 'site-notice',
    hint: /查看更多/,
    pattern: /返回[\p{Script=Han}A-Za-z]{1,8}[，,]\s*查看更多\s*$/gu,
    read: () => ({}),
  },
  {
    // www.xiexiebang.com【xiexiebang.com范文网】 and similar site stamps.
    reason: 'watermark',
    hint: /】/,
    pattern:
      /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top|vip|info)(?:\/[\w./?=&-]*)?\s*【[^】\n]{0,40}】/gi,
    read: () => ({}),
  },
];

/** Every family's hint at once: most lines hold none, and one test rules them all out. */
const ANY_HINT = new RegExp(SPAN_FAMILIES.map((f) => f.hint.source).join('|'));

/** The notices of a line that has none: one shared, never written to. */
const NO_NOTICES: readonly InlineNotice[] = Object.freeze([]);

export function cutInlineNotices(line: string): { text: string; notices: readonly InlineNotice[] } {
  if (!ANY_HINT.test(line)) return { text: line, notices: NO_NOTICES };
  const notices: InlineNotice[] = [];
  let text = line;
  for (const family of SPAN_FAMILIES) {
    if (!family.hint.test(text)) continue;
    family.pattern.lastIndex = 0;
    if (!family.pattern.test(text)) continue;
    family.pattern.lastIndex = 0;
    text = text.replace(family.pattern, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const match = m[0];
      notices.push({ reason: family.reason, text: match.trim(), ...family.read(m) });
      return '';
    });
  }
  return { text: notices.length ? text.trim() : line, notices: notices.length ? notices : NO_NOTICES };
}
