import { classOf } from './classAttribute';

/**
 * The `#id` and `.class` names of each element, read once, and a 64-bit summary of the names it and its
 * ancestors carry. A sheet rule `.article .hide` asks every element filed under `.hide` whether some ancestor
 * is `.article`; the summary answers "certainly not" with two bit tests instead of a walk up the tree.
 */
export interface NamedElement {
  /** The element's own names, `#id` first. */
  own: string[];
  /** Bits of the names this element and its ancestors carry (two 32-bit halves). */
  lo: number;
  hi: number;
}

export type ElementNames = ((el: Element) => NamedElement) & {
  /**
   * Every name the elements carry, given in document order (each parent before its children); each element's
   * names are read and kept on the way.
   */
  inDocument(elements: readonly Element[]): Set<string>;
};

const ROOT: NamedElement = { own: [], lo: 0, hi: 0 };

export function elementNames(): ElementNames {
  const known = new Map<Element, NamedElement>();
  const build = (el: Element, parent: NamedElement): NamedElement => {
    const own = ownNames(el);
    if (!own.length) {
      // Most elements carry no name: they share their parent's summary.
      const named = parent.own.length ? { own, lo: parent.lo, hi: parent.hi } : parent;
      known.set(el, named);
      return named;
    }
    let { lo, hi } = parent;
    for (const name of own) {
      const bit = nameBit(name);
      if (bit < 32) lo |= 1 << bit;
      else hi |= 1 << (bit - 32);
    }
    const named = { own, lo, hi };
    known.set(el, named);
    return named;
  };
  const namesOf = (el: Element): NamedElement => {
    const hit = known.get(el);
    if (hit) return hit;
    // Up to the nearest element already read, then down again: no recursion per level on a deep page.
    const path: Element[] = [];
    let base = ROOT;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const seen = known.get(e);
      if (seen) {
        base = seen;
        break;
      }
      path.push(e);
    }
    for (let i = path.length - 1; i >= 0; i--) base = build(path[i] as Element, base);
    return base;
  };
  const inDocument = (elements: readonly Element[]): Set<string> => {
    const names = new Set<string>();
    for (const el of elements) {
      let named = known.get(el);
      if (!named) {
        const parent = el.parentElement;
        named = build(el, parent ? namesOf(parent) : ROOT);
      }
      for (const name of named.own) names.add(name);
    }
    return names;
  };
  return Object.assign(namesOf, { inDocument });
}

function ownNames(el: Element): string[] {
  if (!el.hasAttributes()) return [];
  const names: string[] = [];
  const id = el.getAttribute('id');
  if (id) names.push(`#${id}`);
  const cls = classOf(el);
  if (cls) for (const c of cls.split(/\s+/)) if (c) names.push(`.${c}`);
  return names;
}

/** Which of the 64 summary bits stands for a name (FNV-1a). */
export function nameBit(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 64;
}

/** The summary bits of a set of names, to test against an element's with `mayCarry`. */
export function bitsOf(names: readonly string[]): { lo: number; hi: number } {
  let lo = 0;
  let hi = 0;
  for (const name of names) {
    const bit = nameBit(name);
    if (bit < 32) lo |= 1 << bit;
    else hi |= 1 << (bit - 32);
  }
  return { lo, hi };
}

/** False when the element and its ancestors certainly lack one of the names behind `bits`. */
export function mayCarry(el: NamedElement, bits: { lo: number; hi: number }): boolean {
  return (bits.lo & ~el.lo) === 0 && (bits.hi & ~el.hi) === 0;
}
