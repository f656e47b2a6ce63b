import { DOT, HASH, keyedSelectors, nameAt, scanSheet, specificityOf, splitSelectors } from './cssText';
import { type Declaration, parseDeclarations } from './declarations';
import { bitsOf, type ElementNames, elementNames, mayCarry } from './elementNames';
import {
  BOX_HINT,
  BOX_KEYS,
  COLOUR_HINT,
  COMPANIONS,
  companionCounts,
  HIDING_HINT,
  hides,
} from './hidingDeclarations';
import { compileSimple, matchesSimple, type SimpleSelector, simpleSpecificity } from './simpleSelector';

/**
 * The declarations of the page's `<style>` rules that match an element, for the properties the cascade reads.
 * The sheets are scanned as text (scanSheet), not built into a CSSOM: only the few rules that can hide text
 * are kept, and a 350 KB sheet of layout rules costs a linear scan instead of 350 ms of parsing. Rules are
 * filed by the rightmost compound of their selector (its id, else a class, else its tag), as browsers file
 * them, so an element is tested only against the rules that can match it.
 */
export interface SheetRules {
  /** The declarations that hide text or undo hiding (no boxes). */
  (el: Element): Declaration[] | undefined;
  /**
   * The backgrounds and borders under an element: only text in a light or see-through colour asks, so the
   * sheet's box rules (most of a portal's sheet) are filed on the first question, not before.
   */
  boxes(el: Element): Declaration[] | undefined;
  /**
   * The page holds light `<font color>` text (an old page's white stamp), which hides as a sheet's light colour
   * does: from now on the sheet's own colours for it (an author rule outranks the attribute) are matched too.
   * The cascade says so when it first meets such text.
   */
  withLightText(): void;
}

/** A style rule as scanned: its selector list, its body, and its place in the sheets' order. */
interface RawRule {
  selectors: string;
  body: string;
  order: number;
  /** The classes and ids its selectors name, read on first use. */
  tokens?: string[];
}

/** One selector of a rule, filed under its index key. */
interface Candidate {
  rule: RawRule;
  selector: string;
}

interface Entry {
  selector: string;
  decls: Declaration[];
  /** The selector is its index key alone (`div`, `.hide`, `#ad`): every element filed under it matches. */
  plain: boolean;
  /** The ids and classes the element or its ancestors must carry: checked before the selector engine runs. */
  names: string[];
  /** Those names as ElementNames summary bits. */
  bits: { lo: number; hi: number };
  /** The selector as tags, ids and classes, when it is no more than that. */
  simple?: SimpleSelector;
  /** How often the DOM's `matches` ran the selector, and, past the page's share, every element it matches. */
  asked?: number;
  matched?: Set<Element>;
}

/** Rules filed by index key: the entries under a key, resolved on first use. */
type Filed = ((key: string) => Entry[]) | undefined;

export function sheetRules(doc: Document): SheetRules {
  const styles = Array.from(doc.getElementsByTagName('style'));
  // The page's elements are listed only when it has rules to match against them.
  let listed: Element[] | undefined;
  const elements = () => {
    if (!listed) {
      listed = elementsOf(doc);
      PAGE_SIZE.set(doc, listed.length);
    }
    return listed;
  };
  const raw: RawRule[] = [];
  for (const style of styles) {
    scanSheet(style.textContent ?? '', (selectors, body) =>
      raw.push({ selectors, body, order: raw.length + 1 }),
    );
  }
  const namesOf = elementNames();
  // Which names the page's elements carry is read only when it has sheets: a page without skips it.
  let present: Set<string> | undefined;
  const presentNames = () => {
    present ??= namesOf.inDocument(elements());
    return present;
  };
  const matchable = matchableHere(presentNames);
  // A site-wide sheet is mostly rules for other pages: a selector whose index key no element here carries
  // matches nothing, and a rule with only such selectors is dropped before its body is read (859 of 1,376
  // rules on one portal page).
  const { index, live } = raw.length
    ? indexSelectors(raw, keyHere(elements, presentNames))
    : { index: new Map<string, Candidate[]>(), live: [] };
  const hiding = (light: boolean) => {
    const filed = fileHiding(live, index, matchable, light);
    return filed && candidates(filed);
  };
  let filed = hiding(false);
  let boxes: ReturnType<typeof hiding> | null = null;
  let lightText = false;
  const match = (el: Element) => (filed ? matching(el, filed, namesOf) : undefined);
  return Object.assign(match, {
    boxes(el: Element) {
      if (boxes === null) {
        const filedBoxes = fileBoxes(index, matchable);
        boxes = filedBoxes && candidates(filedBoxes);
      }
      return boxes ? matching(el, boxes, namesOf) : undefined;
    },
    withLightText() {
      if (lightText) return;
      lightText = true;
      filed = hiding(true);
    },
  });
}

/**
 * The entries that may match an element: those under its tag, under `*` and under each of its names, in that
 * order. Elements with the same tag and class attribute share their list of names (dom/elementNames.ts) and so
 * their candidates: a page in atomic CSS repeats a ten-class attribute on hundreds of elements.
 */
function candidates(entries: (key: string) => Entry[]): (tag: string, own: readonly string[]) => Entry[] {
  const byNames = new Map<readonly string[], Map<string, Entry[]>>();
  return (tag, own) => {
    let byTag = byNames.get(own);
    if (!byTag) {
      byTag = new Map();
      byNames.set(own, byTag);
    }
    let list = byTag.get(tag);
    if (!list) {
      list = [...entries(tagKey(tag)), ...entries('*')];
      for (const name of own) list.push(...entries(name));
      byTag.set(tag, list);
    }
    return list;
  };
}

function matching(
  el: Element,
  candidatesFor: (tag: string, own: readonly string[]) => Entry[],
  namesOf: ElementNames,
) {
  const named = namesOf(el);
  return offered(undefined, el, named, candidatesFor(el.localName, named.own), namesOf);
}

/** `out` with the declarations of the entries that match `el` added (a list made on the first). */
function offered(
  out: Declaration[] | undefined,
  el: Element,
  named: ReturnType<ElementNames>,
  list: Entry[],
  namesOf: ElementNames,
): Declaration[] | undefined {
  for (const entry of list) {
    if (!entry.plain && !(mayCarry(named, entry.bits) && matches(el, entry, namesOf))) continue;
    out ??= [];
    out.push(...entry.decls);
  }
  return out;
}

/** A tag's index key, made once per tag name rather than once per element. */
const TAG_KEYS = new Map<string, string>();
function tagKey(name: string): string {
  let key = TAG_KEYS.get(name);
  if (key === undefined) {
    key = `tag:${name}`;
    TAG_KEYS.set(name, key);
  }
  return key;
}

function matches(el: Element, entry: Entry, namesOf: ElementNames): boolean {
  if (entry.simple) return matchesSimple(el, entry.simple, namesOf);
  if (!entry.names.every((n) => chainCarries(el, n, namesOf))) return false;
  if (entry.matched) return entry.matched.has(el);
  try {
    // On a parsed page `matches` compiles the selector again on every call (about 130 µs for `.nav ul li a:link`):
    // once a selector has been asked about more elements than a walk of the page costs, the page is asked
    // once for all it matches.
    entry.asked = (entry.asked ?? 0) + 1;
    const doc = el.ownerDocument;
    if (entry.asked > memoAfter(doc)) {
      entry.matched = new Set(Array.from(doc.querySelectorAll(entry.selector)));
      return entry.matched.has(el);
    }
    return el.matches(entry.selector);
  } catch {
    // A selector this DOM cannot run (:has(…) on an old engine) matches nothing.
    entry.matched = new Set();
    return false;
  }
}

/** Elements of each page the sheets were read for: what one walk of `querySelectorAll` costs. */
const PAGE_SIZE = new WeakMap<Document, number>();
/** One compile of a selector costs about as much as matching it against this many elements. */
const ELEMENTS_PER_COMPILE = 500;
const memoAfter = (doc: Document) =>
  Math.max(1, (PAGE_SIZE.get(doc) ?? Number.POSITIVE_INFINITY) / ELEMENTS_PER_COMPILE);

function chainCarries(el: Element, name: string, namesOf: ElementNames): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (namesOf(e).own.includes(name)) return true;
  return false;
}

/**
 * The names a selector needs (ancestors' ids and classes), or undefined when it can match nothing here: a
 * rule for a widget the saved page does not have (#SOHUCS …) or for a state no captured page is in. Most rules
 * of a site-wide sheet are for other pages.
 */
function matchableHere(present: () => Set<string>): (selector: string) => string[] | undefined {
  return (selector) => {
    if (selector.includes(':') && DYNAMIC.test(selector)) return undefined;
    const names = requiredNames(selector);
    const here = present();
    for (const name of names) if (!here.has(name)) return undefined;
    return names;
  };
}

/** The page's elements in document order, by one tree walk (the names pass and the tag keys read it). */
function elementsOf(doc: Document): Element[] {
  const elements: Element[] = [];
  if (!doc.documentElement) return elements;
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) elements.push(n as Element);
  return elements;
}

/**
 * Every selector of the sheets whose index key can match here (`isLive`), under that key, in one pass (the
 * hiding and the box filings share it); `live` holds the rules with at least one such selector, in order.
 */
function indexSelectors(
  raw: RawRule[],
  isLive: (key: string) => boolean,
): { index: Map<string, Candidate[]>; live: RawRule[] } {
  const index = new Map<string, Candidate[]>();
  const live: RawRule[] = [];
  for (const rule of raw) {
    let kept = false;
    keyedSelectors(rule.selectors, (selector, key) => {
      if (!isLive(key)) return;
      kept = true;
      const list = index.get(key);
      if (list) list.push({ rule, selector });
      else index.set(key, [{ rule, selector }]);
    });
    if (kept) live.push(rule);
  }
  return { index, live };
}

/** Whether an index key names something on the page: a tag, class or id its elements carry, or `*`. */
function keyHere(elements: () => readonly Element[], names: () => Set<string>): (key: string) => boolean {
  let tags: Set<string> | undefined;
  return (key) => {
    if (key === '*') return true;
    if (key.startsWith('tag:')) {
      tags ??= new Set(elements().map((el) => tagKey(el.localName)));
      return tags.has(key);
    }
    return names().has(key);
  };
}

/**
 * The entries under a key, worked out the first time an element asks for it (most keys of a site-wide sheet
 * name nothing on this page, and their rules are never read). `declsOf` gives the declarations of a rule
 * worth matching (none: the rule is left out).
 */
function fileByKey(
  index: Map<string, Candidate[]>,
  relevant: (r: RawRule) => boolean,
  declsOf: (r: RawRule) => Declaration[],
  matchable: (selector: string) => string[] | undefined,
): Filed {
  const kept = new Map<number, Declaration[]>();
  const resolved = new Map<string, Entry[]>();
  const declsFor = (rule: RawRule) => {
    let decls = kept.get(rule.order);
    if (!decls) {
      decls = declsOf(rule);
      kept.set(rule.order, decls);
    }
    return decls;
  };
  return (key) => {
    const known = resolved.get(key);
    if (known) return known;
    const list: Entry[] = [];
    for (const { rule, selector } of index.get(key) ?? []) {
      // Cheapest first: the rule's kind, then whether the selector can match here (most selectors under a
      // tag's key are for other pages), then its declarations.
      if (!relevant(rule)) continue;
      const names = matchable(selector);
      if (!names) continue;
      const decls = tagWide(selector) ? declsFor(rule).filter((d) => !lightColour(d)) : declsFor(rule);
      if (!decls.length) continue;
      const simple = compileSimple(selector);
      const specificity = simple ? simpleSpecificity(simple) : specificityOf(selector);
      list.push({
        selector,
        decls: decls.map((d) => ({ ...d, specificity })),
        plain: PLAIN.test(selector),
        names,
        bits: bitsOf(names),
        simple,
      });
    }
    resolved.set(key, list);
    return list;
  };
}

/**
 * Only rules that can hide text, and the rules that can undo them, are worth matching: a 350 KB sheet of
 * layout rules (1,388 on one portal) hides nothing. A rule that sets a hiding property to a showing value
 * is kept when its selector shares a class, id or tag with a rule that hides by that property
 * (`.menu li{display:none}` / `.menu li.on{display:block}`).
 */
function fileHiding(
  raw: RawRule[],
  index: Map<string, Candidate[]>,
  matchable: (selector: string) => string[] | undefined,
  lightHints: boolean,
): Filed {
  // First the rules that hide here: by property, the classes and ids their selectors name. A hiding rule that
  // can match nothing on this page asks for no companion.
  const hidingTokens = new Map<string, Set<string>>();
  const anyHidingToken = new Set<string>();
  const hiding = new Map<number, Declaration[]>();
  for (const r of raw) {
    if (!HIDING_HINT.test(r.body)) continue;
    const decls = parseDeclarations(r.body, 0, r.order);
    const keys = decls.filter(hides).map((d) => d.key);
    if (!keys.length || !splitSelectors(r.selectors).some(matchable)) continue;
    hiding.set(r.order, decls);
    const tokens = tokensOf(r);
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
  if (!hiding.size && !lightHints) return undefined;
  const hidesBy = (key: string) => hidingTokens.has(key) || (key === 'color' && lightHints);
  const needs = (key: string) => hidesBy(key) || (COMPANIONS[key] ?? []).some(hidesBy);
  // A rule that hides nothing matters only where it can undo one that does: on the same classes or ids.
  const relevant = (r: RawRule) =>
    hiding.has(r.order) ||
    (lightHints && COLOUR_HINT.test(r.body)) ||
    tokensOf(r).some((t) => anyHidingToken.has(t));
  const declsOf = (r: RawRule): Declaration[] => {
    const recolours = lightHints && COLOUR_HINT.test(r.body);
    const listTokens = tokensOf(r);
    return (hiding.get(r.order) ?? parseDeclarations(r.body, 0, r.order)).filter((d) => {
      if (hides(d) || (recolours && d.key === 'color')) return true;
      if (BOX_KEYS.has(d.key) || !needs(d.key)) return false;
      const shares = listTokens.some((t) => (hidingTokens.get(d.key) ?? anyHidingToken).has(t));
      return d.key in COMPANIONS ? companionCounts(d) && shares : shares;
    });
  };
  return fileByKey(index, relevant, declsOf, matchable);
}

/** The rules that draw a box text can vanish into: an opaque background, a picture, a thick border. */
function fileBoxes(
  index: Map<string, Candidate[]>,
  matchable: (selector: string) => string[] | undefined,
): Filed {
  const declsOf = (r: RawRule) =>
    parseDeclarations(r.body, 0, r.order).filter((d) => BOX_KEYS.has(d.key) && companionCounts(d));
  return fileByKey(index, (r) => BOX_HINT.test(r.body), declsOf, matchable);
}

function tokensOf(rule: RawRule): string[] {
  rule.tokens ??= selectorTokens(rule.selectors);
  return rule.tokens;
}

/** The classes and ids a selector names (a tag is shared by too many rules to tell anything). */
function selectorTokens(selector: string): string[] {
  return selector.match(/[#.][\w-]+/g) ?? [];
}

/**
 * A selector of tags alone (`a`, `li a`, `a:link`): what it sets holds for every such element of the page. A
 * light colour set so is a dark bar's link colour that the site's linked sheets, absent from a saved page, undo
 * inside the article (`a{color:#fff}` left every link of a news story white on white); anti-copy junk is
 * singled out by a class, an id or a style attribute.
 */
const tagWide = (selector: string) => !/[#.[]/.test(selector);
const lightColour = (d: Declaration) => d.key === 'color' && hides(d);

/** A selector of one tag, one class or one id and nothing else. */
const PLAIN = /^(?:[a-z][\w-]*|[.#][\w-]+)$/i;

/** The ids and classes an element or its ancestors must carry for `selector` to match (not under :not()). */
function requiredNames(selector: string): string[] {
  if (selector.includes('(')) return selectorTokens(selector.replace(/:(?:not|is|where|has)\([^)]*\)/g, ''));
  // The common case, without a regex: each `#` or `.` and the name after it.
  const names: string[] = [];
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charCodeAt(i);
    if (c !== HASH && c !== DOT) continue;
    const name = nameAt(selector, i + 1, selector.length);
    if (name) names.push(selector.slice(i, i + 1 + name.length));
    i += name.length;
  }
  return names;
}

/** States a user never sees on a captured page, and pseudo-elements (text the engine never reads). */
const DYNAMIC =
  /::|:(?:hover|focus|active|visited|focus-within|focus-visible|target|before|after|first-line|first-letter)\b/i;
