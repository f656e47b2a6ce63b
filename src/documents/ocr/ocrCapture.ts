import type { CaptureResult } from '../../extract/types';
import { captureBlocks } from '../captureBlocks';
import { readingLines } from '../pdfLayout';
import { pdfBlocks } from '../pdfParagraphs';
import { type OcrPage, ocrToLayoutPage } from './ocrPage';

/**
 * Recognised page images as a capture, in the order the page shows them: one document across the images
 * (a paragraph that runs onto the next image joins), the running header and page numbers of each image
 * dropped, the engine's stages over the rest. The record says it is recognised text (extractor `ocr`).
 */
export function captureRecognised(
  pages: OcrPage[],
  url: string,
  pageTitle: string,
  emptyDoc: Document,
): CaptureResult {
  const lines = readingLines(pages.map(ocrToLayoutPage));
  if (!lines.length) return { error: { code: 'no-text', message: '图片中没有识别出文字' } };
  return captureBlocks(pdfBlocks(lines), url, emptyDoc, {
    extractor: 'ocr',
    meta: { pages: pages.length },
    fallbackTitle: pageTitle,
  });
}
