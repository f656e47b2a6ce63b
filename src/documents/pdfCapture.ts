import { extractSpeech } from '../extract';
import type { CaptureRecord, CaptureResult } from '../extract/types';
import { blocksDocument, type DocumentBlock } from './blocksDocument';
import { type PdfPage, readingLines } from './pdfLayout';
import { pdfBlocks } from './pdfParagraphs';

/**
 * A PDF's pages as a capture: the layout's reading lines joined into paragraphs, then the engine's own stages
 * (noise, repair, compilations, truncation) over them as over a page. A PDF without a text layer (a scan) is
 * image-only: the popup offers to recognise it. `emptyDoc` is a fresh HTML document to build in.
 */
export function capturePdf(pages: PdfPage[], url: string, emptyDoc: Document): CaptureResult {
  const lines = readingLines(pages);
  if (!lines.length) {
    return { error: { code: 'image-only', message: '此 PDF 没有文字层（扫描件），可以识别文字' } };
  }
  const blocks = pdfBlocks(lines);
  const doc = blocksDocument(emptyDoc, blocks, fileTitle(url));
  const result = extractSpeech(doc, url);
  if ('error' in result) return result;
  return {
    ...keepMasthead(result, blocks),
    extractor: 'pdf',
    meta: { ...result.meta, format: 'PDF', pages: pages.length },
  };
}

/**
 * On a web page the labels above the title are the site's; in an official document the issuing organ's
 * masthead and the 文号 above the title are the document's own, so they stay at the head of the text.
 */
function keepMasthead(record: CaptureRecord, blocks: DocumentBlock[]): CaptureRecord {
  const titleAt = blocks.findIndex((b) => b.kind === 'title');
  const above = new Set(blocks.slice(0, Math.max(0, titleAt)).map((b) => b.text));
  const kept = record.removed.filter((r) => r.at === 0 && r.reason === 'doc-info' && above.has(r.text));
  if (!kept.length) return record;
  const head = kept.map((r) => r.text).join('\n');
  const prepend = (body: string) => (body ? `${head}\n${body}` : head);
  const shift = kept.length;
  return {
    ...record,
    body: prepend(record.body),
    parts: record.parts.map((p, i) => (i === 0 ? { ...p, body: prepend(p.body) } : p)),
    removed: record.removed
      .filter((r) => !kept.includes(r))
      .map((r) => (r.at > 0 ? { ...r, at: r.at + shift } : r)),
    // a gap's offset counts the characters of the paragraphs before it
    truncation: record.truncation.map((t) =>
      t.kind === 'gap' ? { ...t, offset: t.offset + head.replace(/\n/g, '').length } : t,
    ),
  };
}

/** The file's name without its extension: 关于…的讲话.pdf → 关于…的讲话. */
export function fileTitle(url: string): string {
  let name = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: keep the name as written
  }
  return name.replace(/\.[A-Za-z0-9]{2,4}$/, '');
}
