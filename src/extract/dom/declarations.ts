// The declarations the cascade reads, from a style attribute or a rule body: one parser for both.
import { isSpace } from './cssText';
import type { StyleValues } from './visibility';

/** The properties read, as an element declares them: the winning declaration of each. */
export type Own = StyleValues & {
  fontSize?: string;
  color?: string;
  background?: string;
  backgroundImage?: string;
  border?: string;
  borderTop?: string;
  borderRight?: string;
  borderBottom?: string;
  borderLeft?: string;
};

const PROPS = new Map<string, keyof Own>(
  Object.entries({
    display: 'display',
    visibility: 'visibility',
    'font-size': 'fontSize',
    color: 'color',
    'background-color': 'background',
    'background-image': 'backgroundImage',
    background: 'background',
    font: 'fontSize',
    border: 'border',
    'border-width': 'border',
    'border-top': 'borderTop',
    'border-top-width': 'borderTop',
    'border-right': 'borderRight',
    'border-right-width': 'borderRight',
    'border-bottom': 'borderBottom',
    'border-bottom-width': 'borderBottom',
    'border-left': 'borderLeft',
    'border-left-width': 'borderLeft',
    opacity: 'opacity',
    position: 'position',
    left: 'left',
    top: 'top',
    'text-indent': 'textIndent',
    clip: 'clip',
    'clip-path': 'clipPath',
    width: 'width',
    height: 'height',
    overflow: 'overflow',
    'overflow-x': 'overflow',
    'overflow-y': 'overflow',
  } as Record<string, keyof Own>),
);

export interface Declaration {
  key: keyof Own;
  value: string;
  important: boolean;
  specificity: number;
  order: number;
}

/**
 * The declarations of a style attribute or a rule body, for the properties the cascade reads. One pass over
 * the text; only a property the cascade reads has its value cut out (a site's sheet has tens of thousands of
 * declarations, few of them read). A semicolon inside parentheses (`url(x;y)`) does not end a declaration.
 */
export function parseDeclarations(text: string, specificity: number, order: number): Declaration[] {
  const out: Declaration[] = [];
  const n = text.length;
  for (let start = 0; start < n; ) {
    let end = start;
    for (let depth = 0; end < n; end++) {
      const c = text.charCodeAt(end);
      if (c === 40) depth++;
      else if (c === 41) depth = depth > 0 ? depth - 1 : 0;
      else if (c === 59 && depth === 0) break;
    }
    const colon = text.indexOf(':', start);
    if (colon >= 0 && colon < end) {
      const name = propertyName(text, start, colon);
      const key = name && PROPS.get(name);
      if (key) {
        const d = declaration(name, key, text.slice(colon + 1, end).trim(), specificity, order);
        if (d) out.push(d);
      }
    }
    start = end + 1;
  }
  return out;
}

/** The longest property name PROPS holds (`border-bottom-width`): a longer name is never read. */
const LONGEST_NAME = 19;

/** The property name between `start` and `colon`, lower-cased, or '' when it is longer than any read. */
function propertyName(text: string, start: number, colon: number): string {
  let a = start;
  let b = colon;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b - a > LONGEST_NAME) return '';
  const name = text.slice(a, b);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

function declaration(
  name: string,
  key: keyof Own,
  raw: string,
  specificity: number,
  order: number,
): Declaration | undefined {
  let value = raw;
  const important = value.includes('!') && /!\s*important\s*$/i.test(value);
  if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
  // The font shorthand (`font: 0/0 a`, a common way to hide text) states the size before the family.
  if (name === 'font') {
    const size = /(?:^|\s)(\d*\.?\d+(?:px|pt|em|rem|%)?)(?=\s*\/|\s+\S)/i.exec(value)?.[1];
    if (size === undefined) return undefined;
    value = size;
  }
  return { key, value, important, specificity, order };
}
