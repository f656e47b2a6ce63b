import type { CaptureResult } from '../extract/types';
import { captureBlocks } from './captureBlocks';
import { docxBlocks, type Mammoth } from './docxBlocks';

/** A Word file as a capture: its paragraphs, read by mammoth, read as any document. */
export async function captureDocx(
  mammoth: Mammoth,
  data: ArrayBuffer,
  url: string,
  emptyDoc: Document,
): Promise<CaptureResult> {
  const blocks = await docxBlocks(mammoth, data);
  if (!blocks.length) return { error: { code: 'no-text', message: '这个 Word 文件里没有文字' } };
  return captureBlocks(blocks, url, emptyDoc, { extractor: 'docx', meta: { format: 'DOCX' } });
}
