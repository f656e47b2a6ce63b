import { indexKey, scanSheet, specificityOf, splitSelectors } from './cssText';
import { type Declaration, parseDeclarations } from './declarations';
import { canVanish, parseColor } from './visibility';

interface Entry {
  selector: string;
  decls: Declaration[];
  /** The selector is its index key alone (`div`, `.hide`, `#ad`): every element filed under it matches. */
  plain?: boolean;
  /** The ids and classes the element or its ancestors must carry: checked before the selector engine runs. */
  names?: string[];
}

/**
 * The declarations of the page's `<style>` rules that match an element, for the properties the cascade reads.
 * The sheets are scanned as text (scanSheet), not built into a CSSOM: only the few rules that can hide text
 * are kept, and a 350 KB sheet of layout rules costs a linear scan instead of 350 ms of parsing. Rules are
 * filed by the rightmost compound of their selector (its id, else a class, else its tag), as browsers file
 * them, so an element is tested only against the rules that can match it.
 */
export interface SheetRules {
  (el: Element): Declaration[] | undefined;
  /**
   * The page holds light `<font color>` text (an old page's white stamp), which hides as a sheet's light colour
   * does: from now on the sheet's boxes under it and its own colours for it (an author rule outranks the
   * attribute) are matched too. The cascade says so when it first meets such text.
   */
  withLightText(): void;
  /** Some text can vanish by its colour (a light colour the sheet or a `<font>` sets): boxes under text matter. */
  lightColours(): boolean;
}

/** A style rule as scanned: its selector list, its body, and its place in the sheets' order. */
interface RawRule {
  selectors: string;
  body: string;
  order: number;
}

/** The rules filed for one page: the entries under an index key, read on first use. */
interface Filed {
  entries(key: string): Entry[];
  /** No rule can hide or undo hiding here: no element needs matching. */
  empty: boolean;
  lightColours: boolean;
}

export function sheetRules(doc: Document): SheetRules {
  const raw: RawRule[] = [];
  for (const style of doc.querySelectorAll('style')) {
    scanSheet(style.textContent ?? '', (selectors, body) =>
      raw.push({ selectors, body, order: raw.length + 1 }),
    );
  }
  // Each element's own `#id` and `.class` names, read once: ancestors are asked about again and again.
  const own = new Map<Element, string[]>();
  const namesOf = (el: Element): string[] => {
    let names = own.get(el);
    if (!names) {
      names = [];
      const id = el.getAttribute('id');
      if (id) names.push(`#${id}`);
      for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) names.push(`.${c}`);
      own.set(el, names);
    }
    return names;
  };
  const chainCarries = (el: Element, name: string): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (namesOf(e).includes(name)) return true;
    return false;
  };
  let filed = fileRelevant(raw, doc, false);
  let lightText = false;
  const match = (el: Element) => (filed.empty ? undefined : matching(el));
  return Object.assign(match, {
    withLightText() {
      if (lightText) return;
      lightText = true;
      filed = fileRelevant(raw, doc, true);
    },
    lightColours: () => filed.lightColours,
  });

  function matching(el: Element): Declaration[] | undefined {
    const keys = [`tag:${el.tagName.toLowerCase()}`, '*', ...namesOf(el)];
    let out: Declaration[] | undefined;
    for (const key of keys) {
      for (const entry of filed.entries(key)) {
        let hit = !!entry.plain;
        try {
          hit ||= (entry.names ?? []).every((n) => chainCarries(el, n)) && el.matches(entry.selector);
        } catch {
          // A selector this DOM cannot run (:has(…) on an old engine) matches nothing.
        }
        if (!hit) continue;
        out ??= [];
        out.push(...entry.decls);
      }
    }
    return out;
  }
}

/**
 * Only rules that can hide text, and the rules that can undo them, are worth matching: a 350 KB sheet of
 * layout rules (1,388 on one portal) hides nothing. A rule that sets a hiding property to a showing value
 * is kept when its selector shares a class, id or tag with a rule that hides by that property
 * (`.menu li{display:none}` / `.menu li.on{display:block}`); backgrounds are kept whenever a light colour can
 * hide text, since a dark box makes that colour readable again.
 */
function fileRelevant(raw: RawRule[], doc: Document, lightHints: boolean): Filed {
  // Read from the document only when a rule needs it: most sheets hide nothing, and each read walks the page.
  let present: Set<string> | undefined;
  const isPresent = (name: string) => {
    present ??= namesInDocument(doc);
    return present.has(name);
  };
  // A rule for a widget the saved page does not have (#SOHUCS …) can match nothing here (most rules of a
  // site-wide sheet are for other pages).
  // The names a selector needs (ancestors' ids and classes), or undefined when it can match nothing here.
  const namesIfMatchable = (selector: string): string[] | undefined => {
    if (DYNAMIC.test(selector)) return undefined;
    const names = requiredNames(selector);
    return names.every(isPresent) ? names : undefined;
  };
  // First the rules that hide here: by property, the classes and ids their selectors name. A hiding rule that
  // can match nothing on this page asks for no companion: a light colour in the footer of other pages does not
  // make every background and border of the sheet worth matching.
  const hidingTokens = new Map<string, Set<string>>();
  const anyHidingToken = new Set<string>();
  const hiding = new Map<number, Declaration[]>();
  for (const r of raw) {
    if (!HIDING_HINT.test(r.body)) continue;
    const decls = parseDeclarations(r.body, 0, r.order);
    const keys = decls.filter(hides).map((d) => d.key);
    if (!keys.length || !splitSelectors(r.selectors).some(namesIfMatchable)) continue;
    hiding.set(r.order, decls);
    const tokens = selectorTokens(r.selectors);
    for (const key of keys) {
      const set = hidingTokens.get(key) ?? new Set<string>();
      for (const t of tokens) {
        set.add(t);
        anyHidingToken.add(t);
      }
      hidingTokens.set(key, set);
    }
  }
  // Light <font color> text hides as a sheet's light colour does (SheetRules.withLightText).
  if (!hiding.size && !lightHints) return { entries: () => [], empty: true, lightColours: false };
  const hidesBy = (key: string) => hidingTokens.has(key) || (key === 'color' && lightHints);
  const lightColours = hidesBy('color');
  const needs = (key: string) => hidesBy(key) || (COMPANIONS[key] ?? []).some(hidesBy);
  // The declarations of a rule the cascade reads, worked out the first time an element can match it.
  const kept = new Map<number, Declaration[]>();
  const declsOf = (r: RawRule): Declaration[] => {
    let decls = kept.get(r.order);
    if (decls) return decls;
    const listTokens = selectorTokens(r.selectors);
    const recolours = lightHints && COLOUR_HINT.test(r.body);
    decls = (hiding.get(r.order) ?? parseDeclarations(r.body, 0, r.order)).filter((d) => {
      if (hides(d) || (recolours && d.key === 'color')) return true;
      if (!needs(d.key)) return false;
      if (BACKGROUND_KEYS.has(d.key)) return companionCounts(d);
      const shares = listTokens.some((t) => (hidingTokens.get(d.key) ?? anyHidingToken).has(t));
      return d.key in COMPANIONS ? companionCounts(d) && shares : shares;
    });
    kept.set(r.order, decls);
    return decls;
  };
  // Rules are filed by index key now and read only when an element asks for that key: most keys of a
  // site-wide sheet name nothing on this page, and their rules are never parsed.
  const pending = new Map<string, { rule: RawRule; selector: string }[]>();
  for (const r of raw) {
    // A rule that hides nothing matters only where it can undo one that does: on the same classes or ids,
    // or, when a light colour hides text somewhere, as a dark box or a picture under that colour.
    const relevant =
      hiding.has(r.order) ||
      (lightColours && BOX_HINT.test(r.body)) ||
      (lightHints && COLOUR_HINT.test(r.body)) ||
      (anyHidingToken.size > 0 && selectorTokens(r.selectors).some((t) => anyHidingToken.has(t)));
    if (!relevant) continue;
    for (const selector of splitSelectors(r.selectors)) {
      const key = indexKey(selector);
      const list = pending.get(key);
      if (list) list.push({ rule: r, selector });
      else pending.set(key, [{ rule: r, selector }]);
    }
  }
  const resolved = new Map<string, Entry[]>();
  const entries = (key: string): Entry[] => {
    const known = resolved.get(key);
    if (known) return known;
    const list: Entry[] = [];
    for (const { rule, selector } of pending.get(key) ?? []) {
      const names = namesIfMatchable(selector);
      if (!names) continue;
      const decls = declsOf(rule);
      if (!decls.length) continue;
      const specificity = specificityOf(selector);
      list.push({
        selector,
        decls: decls.map((d) => ({ ...d, specificity })),
        plain: PLAIN.test(selector),
        names,
      });
    }
    resolved.set(key, list);
    return list;
  };
  return { entries, empty: pending.size === 0, lightColours };
}

/** A rule body that sets a text colour. */
const COLOUR_HINT = /(?:^|[;{\s])color\s*:/i;

/** A rule body that draws a box under text: a background or a border. */
const BOX_HINT = /background|border/i;

/**
 * A rule body that may hold a hiding declaration (hides() decides): display:none, visibility, a zero font
 * size, opacity 0, a far negative offset or indent, a clip, a 0/1px box, a light or see-through colour.
 */
const HIDING_HINT =
  /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|font(?:-size)?\s*:\s*(?:[^;}]*?[\s/])?0(?:\.0+)?(?:px|em|rem|pt|%)?(?=[\s;/!}]|$)|opacity\s*:\s*0?\.?0|(?:left|top|text-indent)\s*:\s*-\d{3}|clip|(?:width|height)\s*:\s*(?:0|1px|0?\.\d+px)\b|(?:^|[;{\s])color\s*:\s*(?:#[c-f]|white|transparent|rgba?\(|hsla?\()/i;

const BACKGROUND_KEYS = new Set([
  'background',
  'backgroundImage',
  'border',
  'borderTop',
  'borderRight',
  'borderBottom',
  'borderLeft',
]);
/** A property read only together with a hiding one: the background under a colour, position under offsets. */
const COMPANIONS: Record<string, string[]> = {
  position: ['left', 'top', 'clip'],
  overflow: ['width', 'height'],
  ...Object.fromEntries([...BACKGROUND_KEYS].map((k) => [k, ['color']])),
};

/**
 * A companion value that changes the outcome: overflow that clips, a position that places, a thick border,
 * a picture or an opaque colour under the text. `overflow:visible`, `border:0`, `background:none` from a reset
 * sheet change nothing and are matched on every element otherwise.
 */
function companionCounts(d: Declaration): boolean {
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
function hides(d: Declaration): boolean {
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
    case 'height':
      return (Number.parseFloat(v) || 2) <= 1;
    case 'color': {
      const c = parseColor(v);
      return !!c && canVanish(c);
    }
    default:
      return false;
  }
}

/** The classes and ids a selector names (a tag is shared by too many rules to tell anything). */
function selectorTokens(selector: string): string[] {
  return selector.match(/[#.][\w-]+/g) ?? [];
}

/** A selector of one tag, one class or one id and nothing else. */
const PLAIN = /^(?:[a-z][\w-]*|[.#][\w-]+)$/i;

/** Every `#id` and `.class` some element of the page carries. */
function namesInDocument(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const el of doc.querySelectorAll('[id], [class]')) {
    const id = el.getAttribute('id');
    if (id) names.add(`#${id}`);
    for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) names.add(`.${c}`);
  }
  return names;
}

/** The ids and classes an element or its ancestors must carry for `selector` to match (not under :not()). */
function requiredNames(selector: string): string[] {
  return selectorTokens(selector.replace(/:(?:not|is|where|has)\([^)]*\)/g, ''));
}

/** States a user never sees on a captured page, and pseudo-elements (text the engine never reads). */
const DYNAMIC =
  /::|:(?:hover|focus|active|visited|focus-within|focus-visible|target|before|after|first-line|first-letter)\b/i;
