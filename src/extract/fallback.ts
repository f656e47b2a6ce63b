import { Readability } from '@mozilla/readability';

/**
 * Mozilla Readability as a second opinion, for the pages where our own scoring finds little running text
 * (a recitation in short unpunctuated lines, text held in odd markup). It rewrites the tree it reads, so it
 * runs on a clone and the page stays untouched; it is several times slower than the generic path, so it
 * runs only then. Returns the article element (in the clone), or undefined when Readability finds none.
 * `within` asks about one box of the page only (a clone of the page's head and that box): Readability then
 * reads a fraction of the page.
 */
export function readabilityArticle(doc: Document, within?: Element): Element | undefined {
  try {
    // A box that is the page's <body> (or <html>) is the whole page: a body nested in a body reads as none.
    const scoped = within && within !== doc.body && within !== doc.documentElement;
    const clone = scoped ? scopedClone(doc, within) : (doc.cloneNode(true) as Document);
    const article = new Readability<Node>(clone, {
      serializer: (node) => node,
      charThreshold: CHAR_THRESHOLD,
    }).parse();
    const content = article?.content;
    return content && content.nodeType === 1 ? (content as Element) : undefined;
  } catch {
    return undefined;
  }
}

/** Readability's default asks for 500 characters; a short speech in CJK holds as much in 200. */
const CHAR_THRESHOLD = 200;

/**
 * A copy of `doc` with its head and `box` as its body's one child. Built from a shallow clone of the document,
 * not `implementation.createHTMLDocument` (the CLI's DOM has none): the same clone in the browser and the CLI.
 */
function scopedClone(doc: Document, box: Element): Document {
  const clone = doc.cloneNode(false) as Document;
  const html = clone.appendChild(clone.importNode(doc.documentElement, false));
  if (doc.head) html.appendChild(clone.importNode(doc.head, true));
  const body = html.appendChild(clone.importNode(doc.body, false));
  body.appendChild(clone.importNode(box, true));
  return clone;
}
