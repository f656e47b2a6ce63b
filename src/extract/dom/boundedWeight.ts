import { countLetters } from '../text';

const TEXT_NODE = 3;

/**
 * The textWeight of a node's text (all its text nodes, as textContent joins them), read only until it passes
 * `cap`: above the cap the result is some weight over it. Deciding "does this box hold 200 characters" then
 * costs 200 characters, not the page; a page with hundreds of hidden boxes asks it hundreds of times.
 */
export function weightUpTo(node: Node, cap: number): number {
  const counts = { cjk: 0, latin: 0 };
  // Depth-first over the subtree by sibling and parent links: no recursion, no stack on a deep page.
  let n: Node | null = node.firstChild;
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      countLetters(n.nodeValue ?? '', counts);
      if (counts.cjk + counts.latin / 3 > cap) break;
    }
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== node && !n.nextSibling) n = n.parentNode;
    n = n && n !== node ? n.nextSibling : null;
  }
  return counts.cjk + counts.latin / 3;
}
