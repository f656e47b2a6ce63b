// The declarations the cascade reads, from a style attribute or a rule body: one parser for both.
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

const PROPS: Record<string, keyof Own> = {
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
};

export interface Declaration {
  key: keyof Own;
  value: string;
  important: boolean;
  specificity: number;
  order: number;
}

/** `a:1; b:url(x;y)` → ['a:1', ' b:url(x;y)']: semicolons inside parentheses do not end a declaration. */
function splitAtSemicolons(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The declarations of a style attribute or a rule body, for the properties the cascade reads. */
export function parseDeclarations(text: string, specificity: number, order: number): Declaration[] {
  const out: Declaration[] = [];
  for (const part of splitAtSemicolons(text)) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const key = PROPS[part.slice(0, colon).trim().toLowerCase()];
    if (!key) continue;
    let value = part.slice(colon + 1).trim();
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    // The font shorthand (`font: 0/0 a`, a common way to hide text) states the size before the family.
    if (part.slice(0, colon).trim().toLowerCase() === 'font') {
      const size = /(?:^|\s)(\d*\.?\d+(?:px|pt|em|rem|%)?)(?=\s*\/|\s+\S)/i.exec(value)?.[1];
      if (size === undefined) continue;
      value = size;
    }
    out.push({ key, value, important, specificity, order });
  }
  return out;
}
