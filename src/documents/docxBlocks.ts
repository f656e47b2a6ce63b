import type { DocumentBlock } from './blocksDocument';

/** The part of mammoth this module uses: its reader, with the document handed to `transformDocument`. */
export interface Mammoth {
  convertToHtml(
    input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer },
    options: { externalFileAccess: boolean; transformDocument: (doc: DocxElement) => DocxElement },
  ): Promise<unknown>;
}

/** mammoth's document model, as far as it is read here. */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleName?: string | null;
  alignment?: string | null;
  fontSize?: number | null;
  breakType?: string;
}

/** A file mammoth cannot read as a Word document (.doc, .wps, a damaged .docx). */
export class DocxReadError extends Error {}

const TITLE_STYLE = /^(?:title|标题)$/i;
const HEADING_STYLE = /^(?:heading|标题)\s*\d$/i;

interface DocxParagraph {
  text: string;
  style: string;
  centered: boolean;
  size: number | null;
}

/**
 * A Word file's paragraphs as blocks, read from mammoth's document model (its HTML is never used: nothing from
 * the file becomes markup). The title is a paragraph styled Title, else the first paragraph when it is set
 * larger than the text or centred above it; Heading styles are headings; a line break splits a paragraph.
 * Files linked from the document are not fetched.
 */
export async function docxBlocks(mammoth: Mammoth, data: ArrayBuffer): Promise<DocumentBlock[]> {
  let model: DocxElement | null = null;
  try {
    await mammoth.convertToHtml(
      // the browser build reads `arrayBuffer`, the Node build (the tests) `buffer`: the same bytes for both
      { arrayBuffer: data, buffer: data },
      {
        externalFileAccess: false,
        transformDocument: (doc) => {
          model = doc;
          return doc;
        },
      },
    );
  } catch (error) {
    throw new DocxReadError(`Not a readable .docx: ${(error as Error).message}`);
  }
  const paragraphs = model ? collectParagraphs(model) : [];
  return toBlocks(paragraphs.filter((p) => p.text));
}

function collectParagraphs(root: DocxElement): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const stack: DocxElement[] = [root];
  while (stack.length) {
    const el = stack.pop() as DocxElement;
    if (el.type === 'paragraph') {
      const sizes: number[] = [];
      for (const line of paragraphText(el, sizes).split('\n')) {
        out.push({
          text: line.replace(/\s+/g, ' ').trim(),
          style: el.styleName ?? '',
          centered: el.alignment === 'center',
          size: sizes.length ? Math.max(...sizes) : null,
        });
      }
    } else if (el.children)
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as DocxElement);
  }
  return out;
}

/** A paragraph's text, a line break as a newline; the explicit run sizes are gathered into `sizes`. */
function paragraphText(el: DocxElement, sizes: number[]): string {
  if (el.type === 'text') return el.value ?? '';
  if (el.type === 'tab') return ' ';
  if (el.type === 'break') return el.breakType === 'line' ? '\n' : '';
  if (el.type === 'note' || el.type === 'comment') return '';
  if (el.type === 'run' && el.fontSize) sizes.push(el.fontSize);
  return (el.children ?? []).map((c) => paragraphText(c, sizes)).join('');
}

function toBlocks(paragraphs: DocxParagraph[]): DocumentBlock[] {
  const sizes = paragraphs.map((p) => p.size).filter((s): s is number => s !== null);
  const body = sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)] ?? 0;
  let titleAt = paragraphs.findIndex((p) => TITLE_STYLE.test(p.style));
  const first = paragraphs[0];
  if (
    titleAt < 0 &&
    first &&
    (HEADING_STYLE.test(first.style) || (first.size ?? 0) > body || first.centered)
  ) {
    titleAt = 0;
  }
  // a title set over two lines is two paragraphs of the same size, both centred
  let titleEnd = titleAt;
  const title = paragraphs[titleAt];
  while (title?.size && paragraphs[titleEnd + 1]?.size === title.size && paragraphs[titleEnd + 1]?.centered) {
    titleEnd++;
  }
  return paragraphs.map((p, i) => ({
    kind:
      titleAt >= 0 && i >= titleAt && i <= titleEnd
        ? 'title'
        : HEADING_STYLE.test(p.style)
          ? 'heading'
          : 'paragraph',
    text: p.text,
    centered: p.centered,
  }));
}
