import type { ElementNames } from './elementNames';

/**
 * Most rules of a site's sheet are tags, ids and classes joined by descendant or child combinators
 * (`.main .content p`, `#nav>li.on`). Those are matched here, right to left, against names each element
 * reads once; everything else (attributes, pseudo-classes, siblings, escapes) goes to the DOM's own
 * `matches`, which on a parsed page compiles the selector again on every call.
 */
export interface SimpleSelector {
  /** Right to left: compounds[0] is the element itself. */
  compounds: Compound[];
  /** child[i]: compounds[i] must be a child of compounds[i + 1], not any descendant. */
  child: boolean[];
}

interface Compound {
  tag?: string;
  /** `#id` and `.class` names, as ElementNames spells them. */
  names: string[];
}

const IDENT = /^(?:-?[a-zA-Z_]|--)[\w-]*$/;
const COMPOUND = /^(\*|[a-zA-Z][a-zA-Z0-9-]*)?((?:[#.][\w-]+)*)$/;

/** The selector as compounds, or undefined when it needs more than tags, ids, classes, ` ` and `>`. */
export function compileSimple(selector: string): SimpleSelector | undefined {
  if (/[^\w\s#.>*-]/.test(selector)) return undefined;
  const tokens = selector
    .replace(/\s*>\s*/g, ' > ')
    .trim()
    .split(/\s+/);
  const compounds: Compound[] = [];
  const child: boolean[] = [];
  let pendingChild = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as string;
    if (token === '>') {
      if (pendingChild || !compounds.length) return undefined;
      pendingChild = true;
      continue;
    }
    const compound = compileCompound(token);
    if (!compound) return undefined;
    if (compounds.length) child.push(pendingChild);
    pendingChild = false;
    compounds.push(compound);
  }
  return compounds.length && !pendingChild ? { compounds, child } : undefined;
}

function compileCompound(token: string): Compound | undefined {
  const m = token ? COMPOUND.exec(token) : null;
  if (!m) return undefined;
  const names = (m[2] ?? '').match(/[#.][\w-]+/g) ?? [];
  if (!names.every((n) => IDENT.test(n.slice(1)))) return undefined;
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : undefined;
  return { tag, names };
}

/** specificityOf for a compiled selector, counted from its parts: ids, classes, tags. */
export function simpleSpecificity(s: SimpleSelector): number {
  let ids = 0;
  let classes = 0;
  let types = 0;
  for (const c of s.compounds) {
    if (c.tag) types++;
    for (const n of c.names) n.startsWith('#') ? ids++ : classes++;
  }
  return ids * 10_000 + classes * 100 + types;
}

export function matchesSimple(el: Element, selector: SimpleSelector, namesOf: ElementNames): boolean {
  return matchFrom(el, selector, 0, namesOf);
}

function matchFrom(el: Element, s: SimpleSelector, i: number, namesOf: ElementNames): boolean {
  if (!compoundMatches(el, s.compounds[i] as Compound, namesOf)) return false;
  if (i === s.compounds.length - 1) return true;
  if (s.child[i]) {
    const parent = el.parentElement;
    return !!parent && matchFrom(parent, s, i + 1, namesOf);
  }
  for (let a = el.parentElement; a; a = a.parentElement) if (matchFrom(a, s, i + 1, namesOf)) return true;
  return false;
}

function compoundMatches(el: Element, c: Compound, namesOf: ElementNames): boolean {
  if (c.tag && el.localName !== c.tag) return false;
  if (!c.names.length) return true;
  const own = namesOf(el).own;
  return c.names.every((n) => own.includes(n));
}
