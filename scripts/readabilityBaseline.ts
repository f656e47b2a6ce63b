import { Readability } from '@mozilla/readability';
import { collectLines } from '../src/extract/dom/textLines';

/**
 * Mozilla Readability alone, as the yardstick the engine must never fall below: its article for the page,
 * laid out one visual line a line (the corpus gold's layout), in the CLI's output shape.
 */
export function readabilityBaseline(doc: Document): {
  title: string;
  body: string;
  parts: { title: string; body: string }[];
} {
  const article = new Readability<Node>(doc.cloneNode(true) as Document, {
    serializer: (node) => node,
  }).parse();
  const content = article?.content;
  const body =
    content && content.nodeType === 1
      ? collectLines(content as Element)
          .map((l) => l.text)
          .join('\n')
      : '';
  const title = article?.title ?? '';
  return { title, body, parts: [{ title, body }] };
}
