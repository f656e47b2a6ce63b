// A style sheet read as text: its rules, selector lists, index keys and specificity. No CSSOM: building one
// for a page's sheets costs more than the engine's whole pass, and only the hiding rules matter.

/**
 * The rules of a style sheet's text, in order: `onRule(selectors, declarations)` for each style rule, the
 * rules inside an @media for screens and inside @supports, none inside @keyframes, @font-face or @page, nor
 * inside a media query for print or for narrow screens. Comments and strings are stepped over; an unclosed
 * block ends the sheet, as a browser ends it.
 */
export function scanSheet(css: string, onRule: (selectors: string, body: string) => void): void {
  const text = withoutComments(css);
  const { at, opens } = bracesOf(text);
  // The first brace at or after `from`: every scan starts where a block opened or closed.
  const firstFrom = (from: number): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const scan = (from: number, to: number, applies: boolean): void => {
    let i = from;
    let k = firstFrom(from);
    while (i < to) {
      // The next `{` before `to`; a stray `}` on the way belongs to the prelude.
      while (k < at.length && !opens[k]) k++;
      const open = k < at.length ? (at[k] as number) : to;
      if (open >= to) return;
      let depth = 0;
      let close = to;
      for (; k < at.length && (at[k] as number) < to; k++) {
        if (opens[k]) depth++;
        else if (--depth === 0) {
          close = at[k++] as number;
          break;
        }
      }
      const prelude = text.slice(i, open).trim();
      if (prelude.startsWith('@')) {
        const rule = /^@([\w-]+)\s*(.*)$/s.exec(prelude);
        const name = rule?.[1]?.toLowerCase() ?? '';
        if (name === 'media') scan(open + 1, close, applies && appliesToScreen(rule?.[2] ?? ''));
        else if (name === 'supports' || name === 'layer' || name === 'container')
          scan(open + 1, close, applies);
      } else if (applies && prelude) onRule(prelude.replace(/^[;}\s]+/, ''), text.slice(open + 1, close));
      i = close + 1;
    }
  };
  scan(0, text.length, true);
}

/** The sheet with each comment (an unclosed one runs to the end) turned into a space. */
export function withoutComments(css: string): string {
  let at = css.indexOf('/*');
  if (at < 0) return css;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(css.slice(from, at), ' ');
    const end = css.indexOf('*/', at + 2);
    if (end < 0) return parts.join('');
    from = end + 2;
    at = css.indexOf('/*', from);
  }
  parts.push(css.slice(from));
  return parts.join('');
}

/**
 * The braces of a sheet outside its quoted strings, in order: where each is and whether it opens a block.
 * An unclosed string ends the list, as it ends the sheet. Found with indexOf rather than a loop over
 * characters: a 350 KB sheet has a few thousand braces and few quotes.
 */
function bracesOf(text: string): { at: number[]; opens: boolean[] } {
  const at: number[] = [];
  const opens: boolean[] = [];
  let open = text.indexOf('{');
  let close = text.indexOf('}');
  // Each kind of quote has its own next place: a sheet with no `'` is searched for one once.
  let double = text.indexOf('"');
  let single = text.indexOf("'");
  for (;;) {
    const quote = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    const brace = open < 0 ? close : close < 0 ? open : Math.min(open, close);
    if (brace < 0) break;
    if (quote >= 0 && quote < brace) {
      const end = text.indexOf(text[quote] as string, quote + 1);
      if (end < 0) break;
      if (open >= 0 && open < end) open = text.indexOf('{', end + 1);
      if (close >= 0 && close < end) close = text.indexOf('}', end + 1);
      if (double >= 0 && double <= end) double = text.indexOf('"', end + 1);
      if (single >= 0 && single <= end) single = text.indexOf("'", end + 1);
      continue;
    }
    at.push(brace);
    opens.push(brace === open);
    if (brace === open) open = text.indexOf('{', open + 1);
    else close = text.indexOf('}', close + 1);
  }
  return { at, opens };
}

/** The index key of a selector: from its rightmost compound, `#id`, else `.class`, else `tag:name`, else `*`. */
export function indexKey(selector: string): string {
  // `a[href="#top"]` is filed under its tag, not under an id it never carries.
  const compound = outsideBrackets(rightmostCompound(selector));
  const id = nameAfter(compound, '#');
  if (id) return `#${id}`;
  const cls = nameAfter(compound, '.');
  if (cls) return `.${cls}`;
  const tag = nameAfter(` ${compound}`, ' ');
  return tag && isLetter(tag.charCodeAt(0)) ? `tag:${tag.toLowerCase()}` : '*';
}

/**
 * Each selector of a list with its index key, in one pass over the text: a site-wide sheet has thousands of
 * selectors and most are filed without one being sliced apart. Lists with brackets, parentheses or quotes
 * take the general path (splitSelectors, indexKey).
 */
export function keyedSelectors(list: string, onSelector: (selector: string, key: string) => void): void {
  if (NESTING.test(list)) {
    for (const selector of splitSelectors(list)) onSelector(selector, indexKey(selector));
    return;
  }
  for (let start = 0; start <= list.length; ) {
    let end = list.indexOf(',', start);
    if (end < 0) end = list.length;
    let a = start;
    let b = end;
    while (a < b && isSpace(list.charCodeAt(a))) a++;
    while (b > a && isSpace(list.charCodeAt(b - 1))) b--;
    if (b > a) onSelector(list.slice(a, b), plainKey(list, a, b));
    start = end + 1;
  }
}

/** indexKey of `s[a, b)`, a selector without brackets or quotes. */
function plainKey(s: string, a: number, b: number): string {
  let from = b;
  while (from > a && !isCombinator(s.charCodeAt(from - 1))) from--;
  let cls = -1;
  for (let i = from; i < b - 1; i++) {
    const c = s.charCodeAt(i);
    if ((c !== HASH && c !== DOT) || !isNameChar(s.charCodeAt(i + 1))) continue;
    if (c === HASH) return `#${nameAt(s, i + 1, b)}`;
    if (cls < 0) cls = i;
  }
  if (cls >= 0) return `.${nameAt(s, cls + 1, b)}`;
  return from < b && isLetter(s.charCodeAt(from)) ? `tag:${nameAt(s, from, b).toLowerCase()}` : '*';
}

/** The run of name characters (`[\\w-]`) in `s` from `from`, up to `to`. */
export function nameAt(s: string, from: number, to: number): string {
  let end = from;
  while (end < to && isNameChar(s.charCodeAt(end))) end++;
  return s.slice(from, end);
}

export const HASH = 35;
export const DOT = 46;
/** Whitespace as CSS knows it: space, tab, line feed, form feed, carriage return. */
export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
/** A descendant (any whitespace), child, next-sibling or sibling combinator. */
const isCombinator = (c: number) => isSpace(c) || c === 62 || c === 43 || c === 126;

/** The compound with what stands inside `[…]` and `(…)` left out. */
function outsideBrackets(compound: string): string {
  if (!BRACKETS.test(compound)) return compound;
  let depth = 0;
  let out = '';
  for (const c of compound) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The `[\w-]+` run after the first `mark` that has one (a sheet has thousands of selectors: no regexes). */
function nameAfter(text: string, mark: string): string {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    let end = at + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    if (end > at + 1) return text.slice(at + 1, end);
    if (mark === ' ') return '';
  }
  return '';
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[\w-]`: a character of a class or id name as the sheet scanner reads them. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** The last compound selector: what follows the last combinator outside brackets and parentheses. */
export function rightmostCompound(selector: string): string {
  // Most selectors have no brackets: the last combinator is the last space, `>`, `+` or `~`.
  if (!BRACKETS.test(selector)) {
    let end = selector.length;
    while (end > 0 && isSpace(selector.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isCombinator(selector.charCodeAt(start - 1))) start--;
    return selector.slice(start, end);
  }
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && isCombinator(selector.charCodeAt(i))) start = i + 1;
  }
  return selector.slice(start).trim();
}

const BRACKETS = /[[(]/;

/** Splits a selector list at its top-level commas (not those inside :is(…) or [attr="a,b"]). */
export function splitSelectors(list: string): string[] {
  if (!NESTING.test(list)) {
    const out: string[] = [];
    for (const part of list.split(',')) {
      const selector = part.trim();
      if (selector) out.push(selector);
    }
    return out;
  }
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

const NESTING = /[[("']/;

/** (ids, classes/attributes/pseudo-classes, types) as one comparable number. */
export function specificityOf(selector: string): number {
  const s = selector
    .replace(/"[^"]*"|'[^']*'/g, '')
    .replace(/\[[^\]]*\]/g, '.a')
    .replace(/:where\([^)]*\)/g, '')
    .replace(/:(?:not|is|has)\(/g, ' ');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|:[\w-]+/g) ?? []).length;
  const types = (s.replace(/[#.:][\w-]+/g, ' ').match(/(?:^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

/** `print`, or a width a desktop window is not (max-width under 1000px, min-width over 1600px). */
function appliesToScreen(media: string): boolean {
  const m = media.toLowerCase();
  if (/^\s*(?:only\s+)?print\b/.test(m) && !/,/.test(m)) return false;
  const max = /max-width\s*:\s*([\d.]+)px/.exec(m);
  if (max && Number(max[1]) < 1000) return false;
  const min = /min-width\s*:\s*([\d.]+)px/.exec(m);
  return !(min && Number(min[1]) > 1600);
}
