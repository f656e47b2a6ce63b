import {
  colorHides,
  HIDE_COLOR,
  HIDE_DISPLAY,
  hiddenByClassName,
  hidingOf,
  parseColor,
  type Rgba,
  type StyleValues,
  THICK_BORDER_PX,
  type VisibilityTest,
} from './visibility';

/**
 * The page's own hiding rules on a parsed page, where no browser computes style: the `<style>` sheets and
 * `style` attributes, cascaded (importance, specificity, order) and inherited for the few properties that
 * hide text. External stylesheets are not part of a saved page and are not fetched. Sheets are read through
 * the DOM's CSSOM (`HTMLStyleElement.sheet`); rules for print and for narrow screens are left out, as a
 * desktop browser leaves them out.
 */
export function cascadeVisibility(doc: Document): VisibilityTest {
  const declared = matchSheetRules(doc);
  const computed = new Map<Element, Computed>();
  const owns = new Map<Element, Own>();
  const root = withMask({ visibility: 'visible', fontZero: false, color: [0, 0, 0, 1], background: WHITE });

  const compute = (el: Element): Computed => {
    const known = computed.get(el);
    if (known) return known;
    // The walk asks for parents first: the common case needs no path.
    const parent = el.parentElement;
    const fromParent = parent ? computed.get(parent) : root;
    if (fromParent) {
      const own = ownValues(el, declared.get(el));
      owns.set(el, own);
      const c = inherit(fromParent, own);
      computed.set(el, c);
      return c;
    }
    const path: Element[] = [];
    let base = root;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = computed.get(e);
      if (known) {
        base = known;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i] as Element;
      const own = ownValues(e, declared.get(e));
      owns.set(e, own);
      base = inherit(base, own);
      computed.set(e, base);
    }
    return base;
  };

  return (el) => {
    if (hiddenByClassName(el)) return HIDE_DISPLAY;
    const c = compute(el);
    const own = owns.get(el) as Own;
    // Most elements declare nothing and hide only what they inherit: no allocation for 100,000 links.
    return own === NOTHING ? c.mask : hidingOf({ ...own, visibility: undefined }) | c.mask;
  };
}

const WHITE: Rgba = [255, 255, 255, 1];

/** The inherited state an element passes to its children. `background` undefined: under a picture. */
interface Computed {
  visibility: string;
  fontZero: boolean;
  color: Rgba | undefined;
  background: Rgba | undefined;
  /** The inherited kinds of hiding this state stands for (visibility, font size, colour). */
  mask: number;
}

function withMask(c: Omit<Computed, 'mask'>): Computed {
  let mask = hidingOf({ visibility: c.visibility, fontSizePx: c.fontZero ? 0 : undefined });
  if (colorHides(c.color, c.background)) mask |= HIDE_COLOR;
  return { ...c, mask };
}

/** What an element with no declaration of its own has: it inherits its parent's state as it is. */
const NOTHING: Own = Object.freeze({}) as Own;

/** The properties read, as an element declares them: the winning declaration of each. */
type Own = StyleValues & {
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

interface Declaration {
  key: keyof Own;
  value: string;
  important: boolean;
  specificity: number;
  order: number;
}

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
  let background = parent.background;
  const borders = [own.border, own.borderTop, own.borderRight, own.borderBottom, own.borderLeft];
  if (own.backgroundImage !== undefined && own.backgroundImage !== 'none') background = undefined;
  else if (borders.some(isThickBorder)) background = undefined;
  else if (own.background !== undefined) {
    const bg = own.background.toLowerCase();
    if (/url\(|gradient\(/.test(bg)) background = undefined;
    else {
      const parsed = parseColor(bg.split(/\s+(?![^(]*\))/).find((t) => parseColor(t)) ?? '');
      if (parsed && parsed[3] >= 1) background = parsed;
    }
  }
  return withMask({ visibility, fontZero, color, background });
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

/** The winning declarations for one element: the sheet rules that match it, then its style attribute. */
function ownValues(el: Element, fromSheets: Declaration[] | undefined): Own {
  const inline = el.getAttribute('style');
  if (!fromSheets && !inline) return NOTHING;
  const own: Own = {};
  const winner = new Map<keyof Own, Declaration>();
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
  for (const d of fromSheets ?? []) offer(d);
  if (inline)
    for (const d of parseDeclarations(inline, INLINE_SPECIFICITY, Number.MAX_SAFE_INTEGER)) offer(d);
  for (const [key, d] of winner) (own as Record<string, string>)[key] = d.value.trim().toLowerCase();
  return own;
}

/** A style attribute outranks every selector. */
const INLINE_SPECIFICITY = 1_000_000;

function parseDeclarations(text: string, specificity: number, order: number): Declaration[] {
  const out: Declaration[] = [];
  for (const part of text.split(/;(?![^(]*\))/)) {
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

interface SheetRule {
  selectorText: string;
  style: {
    length: number;
    item(i: number): string;
    getPropertyValue(p: string): string;
    getPropertyPriority(p: string): string;
  };
  cssRules?: Iterable<SheetRule>;
  media?: { mediaText: string };
  type?: number;
}

/** Every element a sheet rule with one of PROPS matches, with that rule's declarations. */
function matchSheetRules(doc: Document): Map<Element, Declaration[]> {
  const out = new Map<Element, Declaration[]>();
  let order = 0;
  const visit = (rules: Iterable<SheetRule>) => {
    for (const rule of rules) {
      order++;
      if (rule.cssRules && !rule.selectorText) {
        if (!rule.media || appliesToScreen(rule.media.mediaText)) visit(rule.cssRules);
        continue;
      }
      if (!rule.selectorText || !rule.style) continue;
      const decls: Omit<Declaration, 'specificity'>[] = [];
      for (let i = 0; i < rule.style.length; i++) {
        const name = rule.style.item(i);
        const key = PROPS[name];
        if (key)
          decls.push({
            key,
            value: rule.style.getPropertyValue(name),
            important: rule.style.getPropertyPriority(name) === 'important',
            order,
          });
      }
      if (!decls.length) continue;
      for (const selector of splitSelectors(rule.selectorText)) {
        if (DYNAMIC.test(selector)) continue;
        let matched: Iterable<Element>;
        try {
          matched = doc.querySelectorAll(selector);
        } catch {
          continue; // a selector this DOM cannot run (::selection, :has(…) on old engines)
        }
        const specificity = specificityOf(selector);
        for (const el of matched) {
          const list = out.get(el) ?? [];
          for (const d of decls) list.push({ ...d, specificity });
          out.set(el, list);
        }
      }
    }
  };
  for (const style of doc.querySelectorAll('style')) {
    try {
      const sheet = (style as HTMLStyleElement).sheet as unknown as { cssRules: Iterable<SheetRule> } | null;
      if (sheet) visit(sheet.cssRules);
    } catch {
      // A sheet the parser cannot read hides nothing.
    }
  }
  return out;
}

/** States a user never sees on a captured page, and pseudo-elements (text the engine never reads). */
const DYNAMIC =
  /::|:(?:hover|focus|active|visited|focus-within|focus-visible|target|before|after|first-line|first-letter)\b/i;

/** `print`, or a width a desktop window is not (max-width under 1000px, min-width over 1600px). */
function appliesToScreen(media: string): boolean {
  const m = media.toLowerCase();
  if (/^\s*(?:only\s+)?print\b/.test(m) && !/,/.test(m)) return false;
  const max = /max-width\s*:\s*([\d.]+)px/.exec(m);
  if (max && Number(max[1]) < 1000) return false;
  const min = /min-width\s*:\s*([\d.]+)px/.exec(m);
  return !(min && Number(min[1]) > 1600);
}

/** Splits a selector list at its top-level commas (not those inside :is(…) or [attr="a,b"]). */
function splitSelectors(list: string): string[] {
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
function specificityOf(selector: string): number {
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
