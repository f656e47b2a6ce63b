import { extractSpeech } from '../extract';
import type { CaptureRecord, CaptureResult, DocMeta } from '../extract/types';
import { blocksDocument, type DocumentBlock } from './blocksDocument';

/**
 * A document's blocks (from a PDF, a Word file, recognised page images) as a capture: the blocks become a
 * plain HTML document and the engine's own stages (noise, repair, compilations, truncation) read it as a
 * page. `emptyDoc` is a fresh HTML document to build in; `extractor` and `meta` say where the text came from; a document without a title line is named
 * `fallbackTitle` (the page showing the images) or after its file.
 */
export function captureBlocks(
  blocks: DocumentBlock[],
  url: string,
  emptyDoc: Document,
  source: { extractor: string; meta: Partial<DocMeta>; fallbackTitle?: string },
): CaptureResult {
  const title = source.fallbackTitle || fileTitle(url);
  const result = extractSpeech(blocksDocument(emptyDoc, blocks, title), url);
  if ('error' in result) return result;
  return {
    ...keepMasthead(result, blocks),
    extractor: source.extractor,
    meta: { ...result.meta, ...source.meta },
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
    // a gap's offset is in the body: it moves by the lines put above
    truncation: record.truncation.map((t) =>
      t.kind === 'gap' ? { ...t, offset: t.offset + head.length + 1 } : t,
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
