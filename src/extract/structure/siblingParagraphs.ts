import type { PageLine } from '../stages/pageLines';

/**
 * The box of a text whose scoring settled on one of its paragraphs or on a table of it: when the chosen
 * element is a `<p>` or a `<table>` (or the table's body) and other `<p>` children of its parent hold running
 * text, the parent is the text's box. A list set between the paragraphs (a shopping list of product names and
 * links after the lead, its lines read as captions and addresses) outvotes the paragraphs after it, and a long
 * table of entries outvotes the lead paragraphs that say what it lists; but paragraphs side by side in one box
 * are one text. The list's and the box's own noise lines are still left out later.
 */
export function withSiblingParagraphs(root: Element, lines: readonly PageLine[]): Element {
  const chosen = TABLE_PARTS.has(root.localName) ? (root.closest('table') ?? root) : root;
  const parent = chosen.parentElement;
  if ((chosen.localName !== 'p' && chosen.localName !== 'table') || !parent) return root;
  let siblingProse = 0;
  for (const line of lines) {
    if (!line.prose || line.noise || chosen.contains(line.block)) continue;
    const para = paragraphOf(line.block, parent);
    if (para) siblingProse += line.weight;
  }
  return siblingProse >= SIBLING_PROSE_MIN ? parent : root;
}

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot']);

/** The `<p>` child of `parent` that holds `block`, or undefined. */
function paragraphOf(block: Element, parent: Element): Element | undefined {
  for (let el: Element | null = block; el; el = el.parentElement) {
    if (el.parentElement === parent) return el.localName === 'p' ? el : undefined;
  }
  return undefined;
}

/** Running text in the sibling paragraphs that makes them part of the text: a sentence. */
const SIBLING_PROSE_MIN = 20;
