import type { CaptureResult } from '../extract/types';
import { captureBlocks } from './captureBlocks';
import { type PdfPage, readingLines } from './pdfLayout';
import { pdfBlocks } from './pdfParagraphs';

/**
 * A PDF's pages as a capture: the layout's reading lines joined into paragraphs, then read as any document.
 * A PDF without a text layer (a scan) is image-only: the popup offers to recognise it.
 */
export function capturePdf(pages: PdfPage[], url: string, emptyDoc: Document): CaptureResult {
  const lines = readingLines(pages);
  if (!lines.length) {
    return { error: { code: 'image-only', message: '此 PDF 没有文字层（扫描件），可以识别文字' } };
  }
  return captureBlocks(pdfBlocks(lines), url, emptyDoc, {
    extractor: 'pdf',
    meta: { format: 'PDF', pages: pages.length },
  });
}
