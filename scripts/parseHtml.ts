import { parseHTML } from 'linkedom';

/** Node's stand-in for the browser's parser: linkedom is small and fast, and the engine reads only the DOM tree. */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
