import { type Declaration, type Own, parseDeclarations } from './declarations';
import { type SheetRules, sheetRules } from './sheetRules';
import {
  canVanish,
  classHiding,
  colorHides,
  HIDE_COLOR,
  HIDE_DISPLAY,
  HIDE_FONT_SIZE,
  HIDE_VISIBILITY,
  hidingOf,
  parseColor,
  type Rgba,
  THICK_BORDER_PX,
  type VisibilityTest,
} from './visibility';

/**
 * The page's own hiding rules on a parsed page, where no browser computes style: the `<style>` sheets and
 * `style` attributes, cascaded (importance, specificity, order) and inherited for the few properties that
 * hide text. External stylesheets are not part of a saved page and are not fetched. Sheets are scanned as
 * text (dom/sheetRules.ts); rules for print and for narrow screens are left out, as a desktop browser leaves
 * them out.
 */
export function cascadeVisibility(doc: Document): VisibilityTest {
  const rulesFor = sheetRules(doc);
  const hiddenByClassName = classHiding();
  let lightText = false;
  const root: Computed = { visibility: 'visible', fontZero: false, color: [0, 0, 0, 1], mask: 0 };
  const backgroundOf = backgrounds(rulesFor);
  // The states of the elements from the page's root down to the one asked last. The line walk asks in
  // document order, so an element's parent is on this path: a page of 100,000 links spent 0.16 s a capture
  // keeping every element's state in maps. An element asked out of order has its path worked out from the root.
  const path: Element[] = [];
  const states: Computed[] = [];
  const owns: Own[] = [];
  const push = (el: Element, from: Computed) => {
    const own = ownValues(el, rulesFor(el), fontHint(el));
    path.push(el);
    owns.push(own);
    states.push(inherit(from, own));
  };

  /** Puts `el` on top of the path; its state and declarations are then the last entries. */
  const compute = (el: Element) => {
    if (!lightText && el.hasAttributes() && isLightFont(el)) {
      // The sheet's own colours now matter: what was worked out without them is worked out again.
      lightText = true;
      rulesFor.withLightText();
      path.length = states.length = owns.length = 0;
    }
    if (path[path.length - 1] === el) return;
    const parent = el.parentElement;
    while (path.length > 0 && path[path.length - 1] !== parent) {
      path.pop();
      states.pop();
      owns.pop();
    }
    if (path.length > 0 || !parent) {
      push(el, states[states.length - 1] ?? root);
      return;
    }
    const line: Element[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) line.push(e);
    for (let i = line.length - 1; i >= 0; i--) push(line[i] as Element, states[states.length - 1] ?? root);
  };

  return (el) => {
    if (hiddenByClassName(el)) return HIDE_DISPLAY;
    compute(el);
    const c = states[states.length - 1] as Computed;
    const own = owns[owns.length - 1] as Own;
    // Most elements declare nothing and hide only what they inherit: no allocation for 100,000 links.
    let mask = own === NOTHING ? c.mask : hidingOf(own, false) | c.mask;
    // Only a light or see-through colour can vanish into its box: the walk to the background is made for it
    // alone, as the browser path makes it (dom/visibility.ts).
    if (c.color && canVanish(c.color) && colorHides(c.color, backgroundOf(el))) mask |= HIDE_COLOR;
    return mask;
  };
}

const WHITE: Rgba = [255, 255, 255, 1];

/** The inherited state an element passes to its children. */
interface Computed {
  visibility: string;
  fontZero: boolean;
  color: Rgba | undefined;
  /** The inherited kinds of hiding this state stands for (visibility, font size). */
  mask: number;
}

/** What an element with no declaration of its own has: it inherits its parent's state as it is. */
const NOTHING: Own = Object.freeze({}) as Own;

function inherit(parent: Computed, own: Own): Computed {
  if (own === NOTHING) return parent;
  const visibility = own.visibility ?? parent.visibility;
  let fontZero = parent.fontZero;
  if (own.fontSize !== undefined) {
    const size = own.fontSize.trim().toLowerCase();
    const n = Number.parseFloat(size);
    // 0.8em of nothing is nothing; 14px, 1rem, small restore the text under a `font-size:0` wrapper.
    fontZero = /^[\d.]+(?:em|%|ex|ch)$/.test(size) ? parent.fontZero || n === 0 : n === 0;
  }
  const color = own.color === undefined ? parent.color : parseColor(own.color);
  const mask =
    (visibility === 'hidden' || visibility === 'collapse' ? HIDE_VISIBILITY : 0) |
    (fontZero ? HIDE_FONT_SIZE : 0);
  return { visibility, fontZero, color, mask };
}

/**
 * The colour text sits on: the nearest box with an opaque background; unknown (undefined) under a picture, a
 * gradient or a thick border. Worked out on demand, from the element up, and remembered for every box passed.
 */
function backgrounds(rulesFor: SheetRules): (el: Element) => Rgba | undefined {
  const known = new Map<Element, Rgba | undefined>();
  return (el) => {
    const path: Element[] = [];
    let found: Rgba | undefined = WHITE;
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (known.has(e)) {
        found = known.get(e);
        break;
      }
      path.push(e);
      const own = ownValues(e, rulesFor.boxes(e), bgcolorHint(e));
      const box = ownBox(own);
      if (box !== INHERIT) {
        found = box;
        break;
      }
    }
    for (const e of path) known.set(e, found);
    return found;
  };
}

const INHERIT = Symbol('inherit');

/** The box an element draws under its text: a colour, unknown (a picture), or none of its own. */
function ownBox(own: Own): Rgba | undefined | typeof INHERIT {
  if (own === NOTHING) return INHERIT;
  if (own.backgroundImage !== undefined && own.backgroundImage !== 'none') return undefined;
  const borders = [own.border, own.borderTop, own.borderRight, own.borderBottom, own.borderLeft];
  if (borders.some(isThickBorder)) return undefined;
  if (own.background === undefined) return INHERIT;
  const bg = own.background.toLowerCase();
  if (/url\(|gradient\(/.test(bg)) return undefined;
  const parsed = parseColor(bg.split(/\s+(?![^(]*\))/).find((t) => parseColor(t)) ?? '');
  return parsed && parsed[3] >= 1 ? parsed : INHERIT;
}

/**
 * A box drawn with thick borders (WeChat's section labels: white text set over a 1.1em coloured border)
 * has no single colour under its text: like a picture, it hides nothing by colour.
 */
function isThickBorder(value: string | undefined): boolean {
  const m = /(?:^|\s)(\d*\.?\d+)(px|em|rem)\b/.exec(value ?? '');
  if (!m) return false;
  const px = Number(m[1]) * (m[2] === 'px' ? 1 : 16);
  return px >= THICK_BORDER_PX;
}

const WINNER = new Map<keyof Own, Declaration>();

/** The winning declarations for one element: HTML's own hints, the sheet rules that match, its style attribute. */
function ownValues(el: Element, fromSheets: Declaration[] | undefined, hint: Declaration | undefined): Own {
  const inline = el.hasAttributes() ? el.getAttribute('style') : null;
  if (!fromSheets && !inline && !hint) return NOTHING;
  const own: Own = {};
  // One map for every element, emptied each time: most elements a sheet reaches get a few declarations.
  const winner = WINNER;
  winner.clear();
  const offer = (d: Declaration) => {
    const held = winner.get(d.key);
    if (
      !held ||
      (d.important && !held.important) ||
      (d.important === held.important &&
        (d.specificity > held.specificity || (d.specificity === held.specificity && d.order >= held.order)))
    ) {
      winner.set(d.key, d);
    }
  };
  if (hint) offer(hint);
  for (const d of fromSheets ?? []) offer(d);
  if (inline)
    for (const d of parseDeclarations(inline, INLINE_SPECIFICITY, Number.MAX_SAFE_INTEGER)) offer(d);
  for (const [key, d] of winner) (own as Record<string, string>)[key] = d.value.trim().toLowerCase();
  return own;
}

/**
 * HTML's own styling attributes, which a browser maps to CSS beneath every author rule: `<font color>` (white
 * text left in old pages and Word conversions as an anti-copy stamp) and `bgcolor` (the box under it).
 */
function fontHint(el: Element): Declaration | undefined {
  return isFont(el) ? hintOf('color', el.getAttribute('color')) : undefined;
}

function bgcolorHint(el: Element): Declaration | undefined {
  return el.hasAttributes() ? hintOf('background', el.getAttribute('bgcolor')) : undefined;
}

function hintOf(key: 'color' | 'background', raw: string | null): Declaration | undefined {
  const value = legacyColour(raw);
  return value ? { key, value, important: false, specificity: -1, order: -1 } : undefined;
}

const isFont = (el: Element) => el.localName === 'font';

/** A colour attribute's value; one without its `#` is read as a browser reads it. */
function legacyColour(raw: string | null): string {
  const v = (raw ?? '').trim();
  return /^[0-9a-f]{6}$/i.test(v) ? `#${v}` : v;
}

/** A `<font color>` light or see-through enough to vanish on a light page. */
function isLightFont(el: Element): boolean {
  if (!isFont(el)) return false;
  const c = parseColor(legacyColour(el.getAttribute('color')).toLowerCase());
  return !!c && canVanish(c);
}

/** A style attribute outranks every selector. */
const INLINE_SPECIFICITY = 1_000_000;
