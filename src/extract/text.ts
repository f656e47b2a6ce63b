/** Character classes shared by scoring, noise families and repair. */

export const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_RE = new RegExp(`[${CJK}]`, 'g');

/** Sentence-internal and sentence-final punctuation, both widths. */
export const PUNCT_RE = /[，。、；：！？,;:!?．.]/g;
/** A paragraph that ends here is complete. */
export const SENTENCE_END_RE = /[。！？!?…；;:：”』」’"）)】》\]*.．]$/;

export function countMatches(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export const cjkCount = (s: string): number => countMatches(s, CJK_RE);

const isCjkCode = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** Kana and Hangul syllables: a reader's syllable each, as a Chinese character is. */
const isSyllableCode = (c: number) => (c >= 0x3041 && c <= 0x30fa) || (c >= 0xac00 && c <= 0xd7a3);

/** Letters past ASCII: Latin-1 and Latin Extended (not × ÷), Greek, Cyrillic, Hebrew, Arabic. */
const isAlphabetCode = (c: number) =>
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x386 && c <= 0x52f) ||
  (c >= 0x5d0 && c <= 0x5ea) ||
  (c >= 0x620 && c <= 0x64a);

/**
 * Reading weight of a text: CJK characters count one, as do Japanese kana and Korean syllables (one syllable
 * each); letters of alphabets (Latin with its accents, Greek, Cyrillic, Hebrew, Arabic) a third, about one per
 * word's syllable. Counted over char codes rather than with regexps: it runs several times on every line.
 */
export function textWeight(s: string): number {
  scratch.cjk = 0;
  scratch.latin = 0;
  countLetters(s, scratch);
  return scratch.cjk + scratch.latin / 3;
}

const scratch = { cjk: 0, latin: 0 };

/** Adds the Chinese characters and Latin letters of `s` to `counts` (textWeight over many strings). */
export function countLetters(s: string, counts: { cjk: number; latin: number }): void {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if (isCjkCode(c) || isSyllableCode(c)) cjk++;
    else if (isAlphabetCode(c)) latin++;
  }
  counts.cjk += cjk;
  counts.latin += latin;
}

/**
 * A space between two runs of Chinese stands for a comma where writers set phrases apart with spaces
 * instead of punctuation (blogs, Taiwanese travel posts: 寒流報到 已將新竹尖石鄉…).
 */
const PHRASE_SPACE_RE = new RegExp(`[${CJK}]{4}[ \\u3000]+[${CJK}]{4}`, 'g');

/** Whether a line reads as running text rather than a label, a link or a menu item. */
export function looksLikeProse(s: string, w = textWeight(s)): boolean {
  if (w < 12) return false;
  if (w >= 40 || countMatches(s, PUNCT_RE) > 0) return true;
  // A title's phrases are spaced too (求真务实 创先争优 再铸辉煌): only a line of a sentence's length counts.
  return w >= PHRASED_PROSE_MIN && countMatches(s, PHRASE_SPACE_RE) > 0;
}
const PHRASED_PROSE_MIN = 20;

/** Text compared for equality: no whitespace, punctuation folded to one width. */
export function squash(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

/** Chinese digits as pages write them, 〇 to 九 (两 and 兩 for 2): counts, numerals and dates. */
export const CN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十二 → 12, 二十三 → 23, 7 → 7; NaN when it is not a number. */
export function parseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return Number.NaN;
  if (!s.includes('十')) return [...s].reduce((n, c) => n * 10 + (CN_DIGIT[c] ?? 0), 0);
  const [tens, ones] = s.split('十') as [string, string];
  return (tens ? (CN_DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? 0) : 0);
}
