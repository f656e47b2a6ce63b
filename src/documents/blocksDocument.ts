/** A block of a document that is not a web page (a PDF, a Word file, recognised text), in reading order. */
export interface DocumentBlock {
  kind: 'title' | 'heading' | 'paragraph';
  text: string;
  /** Set centred in the file (a date line, a signature): the engine reads centred lines as lines of their own. */
  centered?: boolean;
}

/**
 * The blocks as a plain HTML document the engine reads like a page: the title in <title> and <h1>, headings
 * as <h2>, paragraphs as <p>, all through textContent (the text came from a file: it is never markup).
 * `doc` is an empty document to fill (document.implementation.createHTMLDocument in a browser).
 */
export function blocksDocument(doc: Document, blocks: DocumentBlock[], fallbackTitle: string): Document {
  const titleText =
    blocks
      .filter((b) => b.kind === 'title')
      .map((b) => b.text)
      .join('') || fallbackTitle;
  const title = doc.createElement('title');
  title.textContent = titleText;
  (doc.head ?? doc.documentElement).append(title);
  const article = doc.createElement('article');
  let titled = false;
  for (const block of blocks) {
    if (block.kind === 'title') {
      if (titled) continue;
      titled = true;
    }
    const el = doc.createElement(block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p');
    el.textContent = block.kind === 'title' ? titleText : block.text;
    if (block.centered) el.setAttribute('align', 'center');
    article.append(el);
  }
  doc.body.append(article);
  return doc;
}
