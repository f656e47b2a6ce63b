import { parseHTML } from 'linkedom';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/**
 * Node's stand-in for the browser's parser. parse5 builds the tree the HTML standard prescribes, so a saved
 * page gets the `<body>` a browser gives it: files that start at `<head>` or with a crawler's wrapper line,
 * no `<body>` tag, text before the doctype, content after `</html>` (linkedom's own parser leaves such bodies
 * empty). The tree is then built as linkedom nodes, a fast DOM with querySelector and parsed `<style>` sheets,
 * walking with an explicit stack so a page nested thousands of elements deep cannot overflow the call stack.
 */
export function parseHtml(html: string): Document {
  const tree = parse(html, { scriptingEnabled: true });
  const { document } = parseHTML('');
  const doc = document as unknown as Document;
  const stack: [P5Parent, ParentNode][] = [[tree, doc]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [from, into] = top;
    for (const child of from.childNodes) {
      const made = makeNode(doc, child);
      if (!made) continue;
      into.appendChild(made);
      if ('childNodes' in child && child.childNodes.length > 0 && made.nodeType === 1) {
        stack.push([child, made as Element]);
      }
    }
  }
  return doc;
}

function makeNode(doc: Document, node: P5Node): Node | undefined {
  switch (node.nodeName) {
    case '#text':
      return doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    case '#comment':
      return doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    case '#documentType':
      return undefined;
    default: {
      if (!('tagName' in node)) return undefined;
      const ns = node.namespaceURI;
      const el =
        ns === SVG_NS || ns === MATHML_NS
          ? doc.createElementNS(ns, node.tagName)
          : doc.createElement(node.tagName);
      for (const attr of node.attrs) {
        try {
          el.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
        } catch {
          // A name the DOM refuses (`<div a"b=1>`) is dropped, as a browser's setAttribute would refuse it.
        }
      }
      return el;
    }
  }
}
