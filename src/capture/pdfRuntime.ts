import { capturePdf } from '../documents/pdfCapture';
import { type PdfJs, PdfReadError, readPdfPages } from '../documents/pdfText';
import type { CaptureReply } from '../messaging/protocol';
import { bundledFileUrl } from './bundledFiles';

// pdf.js in an extension page: the library is this lazily loaded chunk (the popup loads it only for a PDF);
// its worker and the Chinese CMaps are files of the extension (pdf/), never fetched from elsewhere.
type PdfJsModule = typeof import('pdfjs-dist');

let loaded: Promise<PdfJsModule> | undefined;
function pdfjs(): Promise<PdfJsModule> {
  loaded ??= import('pdfjs-dist').then((m) => {
    m.GlobalWorkerOptions.workerSrc = bundledFileUrl('/pdf/pdf.worker.min.mjs');
    return m;
  });
  return loaded;
}

const cMapUrl = () => bundledFileUrl('/pdf/cmaps/');

/** A PDF's text as a capture; a PDF without text (a scan) answers image-only (its pages can be recognised). */
export async function readPdfFile(
  bytes: Uint8Array,
  url: string,
  onPage?: (page: number, pages: number) => void,
): Promise<CaptureReply> {
  try {
    const pages = await readPdfPages((await pdfjs()) as unknown as PdfJs, bytes, {
      cMapUrl: cMapUrl(),
      onPage,
    });
    return capturePdf(pages, url, document.implementation.createHTMLDocument(''));
  } catch (e) {
    if (e instanceof PdfReadError) {
      return {
        error: {
          code: 'document',
          problem: e.code === 'password' ? 'password' : 'damaged',
          detail: e.message,
        },
      };
    }
    throw e;
  }
}

/** Each page of a PDF drawn as an image for the recogniser, about 150 dpi (an A4 page 1,240 px wide). */
export async function renderPdfPages(
  bytes: Uint8Array,
  onPage?: (page: number, pages: number) => void,
): Promise<Blob[]> {
  const lib = await pdfjs();
  const doc = await lib.getDocument({
    data: bytes,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
    isEvalSupported: false,
  }).promise;
  try {
    const out: Blob[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 150 / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      out.push(
        await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'),
        ),
      );
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
