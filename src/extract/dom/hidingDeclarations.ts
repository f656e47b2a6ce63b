// Which declarations of a sheet can hide text, undo hiding, or draw the box a colour vanishes into.
import type { Declaration } from './declarations';
import { canVanish, parseColor } from './visibility';

/** A rule body that sets a text colour. */
export const COLOUR_HINT = /(?:^|[;{\s])color\s*:/i;

/** A rule body that draws a box under text: a background or a border. */
export const BOX_HINT = /background|border/i;

/**
 * A rule body that may hold a hiding declaration (hides() decides): display:none, visibility, a zero font
 * size, opacity 0, a far negative offset or indent, a clip, a 0/1px box, a light or see-through colour.
 */
export const HIDING_HINT =
  /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|font(?:-size)?\s*:\s*(?:[^;}]*?[\s/])?0(?:\.0+)?(?:px|em|rem|pt|%)?(?=[\s;/!}]|$)|opacity\s*:\s*0?\.?0|(?:left|top|text-indent)\s*:\s*-\d{3}|clip|(?:width|height)\s*:\s*(?:0|1px|0?\.\d+px)\b|(?:^|[;{\s])color\s*:\s*(?:#[c-f]|white|transparent|rgba?\(|hsla?\()/i;

/** The properties that draw the box under text. */
export const BOX_KEYS: ReadonlySet<string> = new Set([
  'background',
  'backgroundImage',
  'border',
  'borderTop',
  'borderRight',
  'borderBottom',
  'borderLeft',
]);

/** A property read only together with a hiding one: position under offsets, overflow under a 0/1px box. */
export const COMPANIONS: Readonly<Record<string, string[]>> = {
  position: ['left', 'top', 'clip'],
  overflow: ['width', 'height'],
};

/**
 * A companion value that changes the outcome: overflow that clips, a position that places, a thick border,
 * a picture or an opaque colour under the text. `overflow:visible`, `border:0`, `background:none` from a reset
 * sheet change nothing and are matched on every element otherwise.
 */
export function companionCounts(d: Declaration): boolean {
  const v = d.value.trim().toLowerCase();
  if (d.key === 'overflow') return /hidden|clip/.test(v);
  if (d.key === 'position') return v === 'absolute' || v === 'fixed';
  if (d.key === 'backgroundImage' || d.key === 'background') {
    if (/url\(|gradient\(/.test(v)) return true;
    return v.split(/\s+(?![^(]*\))/).some((t) => (parseColor(t)?.[3] ?? 0) >= 1);
  }
  return (
    (Number.parseFloat(/(\d*\.?\d+)(?:px|em|rem)/.exec(v)?.[1] ?? '0') || 0) * (/px/.test(v) ? 1 : 16) >= 4
  );
}

const negativePx = (v: string) => (Number.parseFloat(v) || 0) <= -999;

/** Whether a declaration can hide text by itself. */
export function hides(d: Declaration): boolean {
  const v = d.value.trim().toLowerCase();
  switch (d.key) {
    case 'display':
      return v === 'none';
    case 'visibility':
      return v === 'hidden' || v === 'collapse';
    case 'fontSize':
      return Number.parseFloat(v) === 0;
    case 'opacity':
      return Number.parseFloat(v) <= 0.01;
    case 'left':
    case 'top':
    case 'textIndent':
      return negativePx(v);
    case 'clip':
    case 'clipPath':
      return v.startsWith('rect') || v.startsWith('inset') || v.startsWith('circle');
    case 'width':
    case 'height': {
      const n = Number.parseFloat(v);
      return Number.isFinite(n) && n >= 0 && n <= 1;
    }
    case 'color': {
      const c = parseColor(v);
      return !!c && canVanish(c);
    }
    default:
      return false;
  }
}
