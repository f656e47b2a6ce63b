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
  const ownOf = ownNames();
  const build = (el: Element, parent: NamedElement): NamedElement => {
    const own = ownOf(el);
    if (!own.names.length) {
      // Most elements carry no name: they share their parent's summary.
      const named = parent.own.length ? { own: own.names, lo: parent.lo, hi: parent.hi } : parent;
      known.set(el, named);
      return named;
    }
    const named = { own: own.names, lo: parent.lo | own.lo, hi: parent.hi | own.hi };
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
    // Elements with the same class attribute share one list of names: each list is added once.
    const added = new Set<readonly string[]>();
    for (const el of elements) {
      let named = known.get(el);
      if (!named) {
        const parent = el.parentElement;
        named = build(el, parent ? namesOf(parent) : ROOT);
      }
      if (added.has(named.own)) continue;
      added.add(named.own);
      for (const name of named.own) names.add(name);
    }
    return names;
  };
  return Object.assign(namesOf, { inDocument });
}

/** An element's own names with their summary bits. */
interface OwnNames {
  names: string[];
  lo: number;
  hi: number;
}

const NO_NAMES: OwnNames = { names: [], lo: 0, hi: 0 };

/**
 * An element's own names, read through a memo of class attributes: a page in atomic CSS repeats the same
 * ten-class attribute on hundreds of elements, and each is split and hashed once per capture.
 */
function ownNames(): (el: Element) => OwnNames {
  const byClass = new Map<string, OwnNames>();
  const classNames = (cls: string): OwnNames => {
    let hit = byClass.get(cls);
    if (!hit) {
      const names: string[] = [];
      for (const c of cls.split(/\s+/)) if (c) names.push(`.${c}`);
      hit = { names, ...bitsOf(names) };
      byClass.set(cls, hit);
    }
    return hit;
  };
  return (el) => {
    if (!el.hasAttributes()) return NO_NAMES;
    const id = el.getAttribute('id');
    const cls = classOf(el);
    const classes = cls ? classNames(cls) : NO_NAMES;
    if (!id) return classes;
    const name = `#${id}`;
    const bits = bitsOf([name]);
    return { names: [name, ...classes.names], lo: classes.lo | bits.lo, hi: classes.hi | bits.hi };
  };
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
