import { parseHTML } from 'linkedom';
import { parse } from 'parse5';
import { linkedomTreeAdapter } from './linkedomTreeAdapter';

/**
 * Node's stand-in for the browser's parser. parse5 builds the tree the HTML standard prescribes, so a saved
 * page gets the `<body>` a browser gives it: files that start at `<head>` or with a crawler's wrapper line,
 * no `<body>` tag, text before the doctype, content after `</html>` (linkedom's own parser leaves such bodies
 * empty). The nodes are linkedom's, a fast DOM with querySelector and parsed `<style>` sheets, made as parse5
 * constructs the tree (scripts/linkedomTreeAdapter.ts); neither builds it by recursion, so a page nested
 * thousands of elements deep cannot overflow the call stack.
 */
export function parseHtml(html: string): Document {
  const doc = parseHTML('').document as unknown as Document;
  return parse(html, { scriptingEnabled: true, treeAdapter: linkedomTreeAdapter(doc) });
}
