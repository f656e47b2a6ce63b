import { classOf } from './classAttribute';
import { setsAny } from './styleCensus';

/**
 * Whether the page's own style hides an element's text, as a bit mask of the ways it can. The engine asks
 * one injected function (`VisibilityTest`) per element: in the browser it reads computed style
 * (`computedVisibility`), on a parsed page it runs a small cascade over the page's `<style>` sheets and
 * `style` attributes (`dom/cascade.ts`). Both answer with the element's *computed* state: inherited kinds
 * (visibility, font size, colour) already include what the ancestors set and what the element undoes.
 */
export type VisibilityTest = (el: Element) => number;

export const HIDE_DISPLAY = 1;
export const HIDE_VISIBILITY = 2;
export const HIDE_FONT_SIZE = 4;
export const HIDE_COLOR = 8;
export const HIDE_OFFSCREEN = 16;
export const HIDE_CLIP = 32;
export const HIDE_OPACITY = 64;

/** Kinds a descendant cannot undo: its box fades, moves or is clipped with the ancestor's. */
export const STICKY_HIDING = HIDE_OFFSCREEN | HIDE_CLIP | HIDE_OPACITY;

/**
 * Class names that mean "not shown" in every CSS framework and CMS (Bootstrap's d-none, WordPress's
 * screen-reader-text, Angular's ng-hide, a gallery overlay's `hidden`): a saved page lacks the stylesheet
 * that says so, and the live page has it, so both read them as hidden.
 */
const HIDING_CLASSES = new Set([
  'hidden',
  'hide',
  'is-hidden',
  'd-none',
  'u-hidden',
  'ng-hide',
  'invisible',
  'visually-hidden',
  'visuallyhidden',
  'sr-only',
  'screen-reader-text',
]);

/** Whether the element's class list holds one of HIDING_CLASSES. */
export function hiddenByClassName(el: Element): boolean {
  const cls = el.hasAttributes() && classOf(el);
  return !!cls && classListHides(cls);
}

/**
 * hiddenByClassName for one capture's walk, through a memo of class attributes: a page in atomic CSS repeats
 * the same ten-class attribute on hundreds of elements.
 */
export function classHiding(): (el: Element) => boolean {
  const memo = new Map<string, boolean>();
  return (el) => {
    const cls = el.hasAttributes() && classOf(el);
    if (!cls) return false;
    let hides = memo.get(cls);
    if (hides === undefined) {
      hides = classListHides(cls);
      memo.set(cls, hides);
    }
    return hides;
  };
}

function classListHides(cls: string): boolean {
  for (const name of cls.split(/\s+/)) if (HIDING_CLASSES.has(name.toLowerCase())) return true;
  return false;
}

/** The style values the rules read, by CSS property name, as computed (or as declared, on a parsed page). */
export interface StyleValues {
  display?: string;
  visibility?: string;
  fontSizePx?: number;
  opacity?: string;
  position?: string;
  left?: string;
  top?: string;
  textIndent?: string;
  clip?: string;
  clipPath?: string;
  width?: string;
  height?: string;
  overflow?: string;
}

/** Further than this off the page's edge a box is put out of sight on purpose (`left:-9999px`). */
const OFFSCREEN_PX = -999;

const px = (v: string | undefined): number => {
  const m = /^\s*(-?[\d.]+)\s*(px)?\s*$/i.exec(v ?? '');
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  // A length needs its unit, but for zero (width:0); a browser drops `left:-9999`.
  return m[2] || n === 0 ? n : Number.NaN;
};

/**
 * The kinds of hiding that `v` states for an element (colour is decided separately: it needs the background);
 * `withVisibility` false leaves out a declared visibility (the cascade counts the inherited one itself).
 */
export function hidingOf(v: StyleValues, withVisibility = true): number {
  let mask = 0;
  if (v.display === 'none') mask |= HIDE_DISPLAY;
  if (withVisibility && (v.visibility === 'hidden' || v.visibility === 'collapse')) mask |= HIDE_VISIBILITY;
  if (v.fontSizePx !== undefined && v.fontSizePx < 1) mask |= HIDE_FONT_SIZE;
  if (v.opacity !== undefined && Number.parseFloat(v.opacity) <= 0.01) mask |= HIDE_OPACITY;
  const placed = v.position === 'absolute' || v.position === 'fixed';
  if (
    (placed && (px(v.left) <= OFFSCREEN_PX || px(v.top) <= OFFSCREEN_PX)) ||
    (v.textIndent !== undefined && px(v.textIndent) <= OFFSCREEN_PX)
  ) {
    mask |= HIDE_OFFSCREEN;
  }
  if ((placed && isEmptyClip(v.clip)) || (v.clipPath !== undefined && isEmptyClipPath(v.clipPath))) {
    mask |= HIDE_CLIP;
  }
  if (v.overflow !== undefined && /hidden|clip/.test(v.overflow) && (px(v.width) <= 1 || px(v.height) <= 1)) {
    mask |= HIDE_CLIP;
  }
  return mask;
}

/** rect(0 0 0 0), rect(1px, 1px, 1px, 1px): a clip with no room in it. */
function isEmptyClip(clip: string | undefined): boolean {
  const m = /^rect\(([^)]*)\)$/i.exec((clip ?? '').trim());
  if (!m) return false;
  const [top, right, bottom, left] = (m[1] ?? '').split(/[\s,]+/).map((x) => Number.parseFloat(x) || 0);
  return (right ?? 0) - (left ?? 0) <= 1 && (bottom ?? 0) - (top ?? 0) <= 1;
}

/** inset(50%), inset(100%), circle(0): a clip path that leaves nothing. */
function isEmptyClipPath(path: string | undefined): boolean {
  const p = (path ?? '').trim().toLowerCase();
  return /^inset\(\s*(?:5\d|[6-9]\d|100)%/.test(p) || /^circle\(\s*0(?:px|%)?\s*[)\s]/.test(p);
}

export type Rgba = [number, number, number, number];

const NAMED: Record<string, Rgba> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  transparent: [0, 0, 0, 0],
  red: [255, 0, 0, 1],
  gray: [128, 128, 128, 1],
  grey: [128, 128, 128, 1],
  silver: [192, 192, 192, 1],
};

/** #fff, #ffffff, #ffffff00, rgb(…), rgba(…), a few names; undefined for anything else (currentColor, hsl…). */
export function parseColor(value: string | undefined): Rgba | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return undefined;
  const named = NAMED[v];
  if (named) return named;
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex && hex.length !== 5 && hex.length !== 7) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(v)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    const [r, g, b] = parts.map((x) => Number.parseFloat(x));
    const a =
      parts[3] === undefined
        ? 1
        : parts[3].endsWith('%')
          ? Number.parseFloat(parts[3]) / 100
          : Number(parts[3]);
    if ([r, g, b, a].every((x) => Number.isFinite(x))) return [r as number, g as number, b as number, a];
  }
  return undefined;
}

/** Text in `color` cannot be read on `background`: fully transparent, or (nearly) the same colour. */
export function colorHides(color: Rgba | undefined, background: Rgba | undefined): boolean {
  if (!color) return false;
  if (color[3] <= 0.01) return true;
  if (!background || color[3] < 1) return false;
  return (
    Math.max(...[0, 1, 2].map((i) => Math.abs((color[i] as number) - (background[i] as number)))) <=
    SAME_COLOR
  );
}
/** #fefefe on #ffffff is invisible too; anti-copy junk is never meant to be read. */
const SAME_COLOR = 6;

/** Text over a box with borders this thick may sit on the border's colour: its background is unknown. */
export const THICK_BORDER_PX = 4;

/**
 * The browser's own answer, from computed style (the content script passes its window). `census` lists the
 * properties the page's style sets (dom/styleCensus.ts): one it never sets keeps the browser's default, which
 * hides nothing, and is not read. Without a census every property is read.
 */
export function computedVisibility(
  view: Pick<Window, 'getComputedStyle'>,
  census?: Set<string>,
): VisibilityTest {
  const backgrounds = new WeakMap<Element, Rgba | undefined>();
  const hiddenByClassName = classHiding();
  // A page uses a few colours on thousands of elements: each is parsed once.
  const colors = new Map<string, Rgba | undefined>();
  const colorOf = (value: string): Rgba | undefined => {
    if (colors.has(value)) return colors.get(value);
    const parsed = parseColor(value);
    colors.set(value, parsed);
    return parsed;
  };
  const reads = {
    visibility: setsAny(census, ['visibility']),
    opacity: setsAny(census, ['opacity']),
    position: setsAny(census, ['position']),
    clipPath: setsAny(census, ['clip-path']),
    overflow: setsAny(census, ['overflow-x', 'overflow-y']),
    fontSize: setsAny(census, ['font-size']),
    textIndent: setsAny(census, ['text-indent']),
    // The browser's own text colours (black, link blue) never vanish into a page.
    color: setsAny(census, ['color']),
  };
  const readsWords = reads.fontSize || reads.textIndent || reads.color;
  // One record of read values, refilled for each element: 200,000 elements made as many objects to collect.
  const read: StyleValues = {};
  // The colour text sits on: the nearest opaque background; unknown under a picture, a gradient or a
  // thick border.
  const backgroundOf = (el: Element): Rgba | undefined => {
    const path: Element[] = [];
    let found: Rgba | undefined = [255, 255, 255, 1];
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (backgrounds.has(e)) {
        found = backgrounds.get(e);
        break;
      }
      path.push(e);
      const cs = view.getComputedStyle(e);
      const thick = [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].some(
        (w) => Number.parseFloat(w) >= THICK_BORDER_PX,
      );
      if ((cs.backgroundImage && cs.backgroundImage !== 'none') || thick) {
        found = undefined;
        break;
      }
      const bg = colorOf(cs.backgroundColor);
      if (bg && bg[3] >= 1) {
        found = bg;
        break;
      }
    }
    for (const e of path) backgrounds.set(e, found);
    return found;
  };
  // Each style property read costs; read what can hide this element's subtree, and what can hide its own
  // words only when it holds words (a page of 100,000 links: 1.8 s with every read, a fraction without).
  if (!Object.values(reads).some(Boolean)) {
    // Only `display` can hide here. An element with a box is displayed: asking for the box costs no style
    // object (200,000 of them were most of this test's time on a page of links); without a box (display:none,
    // or display:contents, or unslotted, or under content-visibility) the style decides.
    return (el) => {
      if (hiddenByClassName(el)) return HIDE_DISPLAY;
      if (typeof el.checkVisibility === 'function' && el.checkVisibility()) return 0;
      return view.getComputedStyle(el).display === 'none' ? HIDE_DISPLAY : 0;
    };
  }
  return (el) => {
    if (hiddenByClassName(el)) return HIDE_DISPLAY;
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none') return HIDE_DISPLAY;
    const position = reads.position ? cs.position : undefined;
    const placed = position === 'absolute' || position === 'fixed';
    const overflow = reads.overflow ? cs.overflow : undefined;
    const clipped = overflow !== undefined && overflow !== 'visible';
    const words = readsWords && holdsWords(el);
    read.visibility = reads.visibility ? cs.visibility : undefined;
    read.opacity = reads.opacity ? cs.opacity : undefined;
    read.position = position;
    read.left = placed ? cs.left : undefined;
    read.top = placed ? cs.top : undefined;
    read.clip = placed ? cs.clip : undefined;
    read.clipPath = reads.clipPath ? cs.clipPath : undefined;
    read.overflow = overflow;
    read.width = clipped ? cs.width : undefined;
    read.height = clipped ? cs.height : undefined;
    read.fontSizePx = words && reads.fontSize ? Number.parseFloat(cs.fontSize) : undefined;
    read.textIndent = words && reads.textIndent ? cs.textIndent : undefined;
    let mask = hidingOf(read);
    if (words && reads.color) {
      const color = colorOf(cs.color);
      // Only a light or see-through colour can vanish into the page: skip the walk to the background else.
      if (color && canVanish(color) && colorHides(color, backgroundOf(el))) mask |= HIDE_COLOR;
    }
    return mask;
  };
}

/** Below this in any channel a colour is dark enough to be read on the light pages it is tested for. */
const LIGHT = 150;

/** A colour light or see-through enough to vanish into a light page (or a box of its own colour). */
export function canVanish(c: Rgba): boolean {
  return c[3] < 1 || Math.min(c[0], c[1], c[2]) >= LIGHT;
}

/** Whether the element has words of its own (a text node child with letters), not only in its children. */
function holdsWords(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')) return true;
  return false;
}
