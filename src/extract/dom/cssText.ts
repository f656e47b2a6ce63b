// A style sheet read as text: its rules, selector lists, index keys and specificity. No CSSOM: building one
// for a page's sheets costs more than the engine's whole pass, and only the hiding rules matter.

/**
 * The rules of a style sheet's text, in order: `onRule(selectors, declarations)` for each style rule, the
 * rules inside an @media for screens and inside @supports, none inside @keyframes, @font-face or @page, nor
 * inside a media query for print or for narrow screens. Comments and strings are stepped over; an unclosed
 * block ends the sheet, as a browser ends it.
 */
export function scanSheet(css: string, onRule: (selectors: string, body: string) => void): void {
  const text = css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
  const scan = (from: number, to: number, applies: boolean): void => {
    let i = from;
    while (i < to) {
      const open = nextOutsideStrings(text, '{', i, to);
      if (open < 0) return;
      const prelude = text.slice(i, open).trim();
      const close = matchingBrace(text, open, to);
      if (prelude.startsWith('@')) {
        const at = /^@([\w-]+)\s*(.*)$/s.exec(prelude);
        const name = at?.[1]?.toLowerCase() ?? '';
        if (name === 'media') scan(open + 1, close, applies && appliesToScreen(at?.[2] ?? ''));
        else if (name === 'supports' || name === 'layer' || name === 'container')
          scan(open + 1, close, applies);
      } else if (applies && prelude) onRule(prelude.replace(/^[;}\s]+/, ''), text.slice(open + 1, close));
      i = close + 1;
    }
  };
  scan(0, text.length, true);
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Index of the next `ch` from `from`, skipping quoted strings; -1 when there is none before `to`. */
export function nextOutsideStrings(text: string, ch: string, from: number, to: number): number {
  // Char codes, not one-character strings: a 350 KB sheet is walked twice per rule level.
  const want = ch.charCodeAt(0);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const end = text.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === want) return i;
  }
  return -1;
}

/** Index of the `}` closing the block opened at `open` (nested blocks and strings skipped), or `to`. */
export function matchingBrace(text: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const end = text.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (end < 0) return to;
      i = end;
    } else if (c === OPEN_BRACE) depth++;
    else if (c === CLOSE_BRACE && --depth === 0) return i;
  }
  return to;
}

/** The index key of a selector: from its rightmost compound, `#id`, else `.class`, else `tag:name`, else `*`. */
export function indexKey(selector: string): string {
  const compound = rightmostCompound(selector);
  const id = /#([\w-]+)/.exec(compound)?.[1];
  if (id) return `#${id}`;
  const cls = /\.([\w-]+)/.exec(compound)?.[1];
  if (cls) return `.${cls}`;
  const tag = /^([a-z][\w-]*)/i.exec(compound)?.[1];
  return tag ? `tag:${tag.toLowerCase()}` : '*';
}

/** The last compound selector: what follows the last combinator outside brackets and parentheses. */
export function rightmostCompound(selector: string): string {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && (c === ' ' || c === '>' || c === '+' || c === '~')) start = i + 1;
  }
  return selector.slice(start).trim();
}

/** Splits a selector list at its top-level commas (not those inside :is(…) or [attr="a,b"]). */
export function splitSelectors(list: string): string[] {
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
