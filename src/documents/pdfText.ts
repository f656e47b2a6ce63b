import type { PdfPage, PdfPiece } from './pdfLayout';

/** The part of pdf.js this module uses; the extension passes the browser build, Node tests the legacy one. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    cMapUrl?: string;
    cMapPacked?: boolean;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}

interface PdfJsPage {
  getViewport(o: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: ReadonlyArray<object> }>;
  cleanup(): void;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

const isTextItem = (item: object): item is TextItem => 'str' in item && 'transform' in item;

export interface PdfReadOptions {
  /** Where pdf.js finds the packed Adobe CMaps (GB, CNS…) that Chinese PDFs with unembedded fonts need. */
  cMapUrl?: string;
  /** Told after each page is read (page, of pages). */
  onPage?: (page: number, pages: number) => void;
}

/** A file that is not a PDF pdf.js can open, or one protected by a password. */
export class PdfReadError extends Error {
  constructor(
    readonly code: 'not-pdf' | 'password',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every page's text pieces with their places, in PDF points from the page's bottom left. pdf.js runs with
 * eval off (the extension's CSP allows none) and without loading fonts into the page: only text is read.
 */
export async function readPdfPages(
  pdfjs: PdfJs,
  data: Uint8Array,
  options: PdfReadOptions = {},
): Promise<PdfPage[]> {
  const task = pdfjs.getDocument({
    data,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new PdfReadError('password', 'The PDF is protected by a password');
    throw new PdfReadError('not-pdf', `Not a readable PDF: ${(error as Error).message}`);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ width, height, pieces: content.items.filter(isTextItem).map(toPiece) });
      page.cleanup();
      options.onPage?.(n, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** transform is [a, b, c, d, x, y]: the size is the vertical scale, the place the translation. */
function toPiece(item: TextItem): PdfPiece {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, size: Math.hypot(c, d), width: item.width };
}
