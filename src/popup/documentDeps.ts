import { browser } from 'wxt/browser';
import { fetchFile } from '../capture/fetchFile';
import type { Mammoth } from '../documents/docxBlocks';
import { captureDocx } from '../documents/docxCapture';
import { captureRecognised } from '../documents/ocr/ocrCapture';
import { guessScript } from '../documents/ocr/scriptGuess';
import type { CaptureReply, DocumentLink } from '../messaging/protocol';
import type { DocumentDeps, ReadProgress, RecogniseSource } from './documentActions';

// The popup's documents in the browser: files fetched by the extension page (the click's activeTab grant,
// or a site the user allowed on the click), PDF and Word readers and the recogniser loaded only when used.

const emptyDoc = () => document.implementation.createHTMLDocument('');

/** Bytes of files read in this popup, so a scanned PDF is not downloaded again to be recognised. */
const readFiles = new Map<string, Uint8Array>();

async function readFile(link: DocumentLink, onProgress: (p: ReadProgress) => void): Promise<CaptureReply> {
  const fetched = await fetchFile(link.url);
  if ('error' in fetched) return fetched;
  readFiles.set(link.url, fetched.bytes);
  switch (fetched.kind) {
    case 'pdf': {
      const { readPdfFile } = await import('../capture/pdfRuntime');
      return readPdfFile(fetched.bytes, link.url, (page, pages) => onProgress({ page, pages }));
    }
    case 'docx': {
      const mammoth = (await import('mammoth')).default as unknown as Mammoth;
      const { buffer, byteOffset, byteLength } = fetched.bytes;
      return captureDocx(
        mammoth,
        buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer,
        link.url,
        emptyDoc(),
      ).catch((e: Error) => ({
        error: { code: 'document' as const, problem: 'damaged' as const, detail: e.message },
      }));
    }
    default:
      return {
        error: {
          code: 'document',
          problem: 'format',
          ext: link.ext === 'docx' || link.ext === 'pdf' ? 'doc' : link.ext,
        },
      };
  }
}

async function recognise(
  source: RecogniseSource,
  onProgress: (p: ReadProgress) => void,
): Promise<CaptureReply> {
  const { recogniseImages } = await import('../capture/ocrRuntime');
  let loaders: (() => Promise<Blob>)[];
  let url: string;
  let title: string;
  let lang: string | undefined;
  if (source.kind === 'pdf') {
    const bytes = readFiles.get(source.link.url);
    if (!bytes) return { error: { code: 'ocr-failed', detail: 'the PDF is no longer in memory' } };
    const { renderPdfPages } = await import('../capture/pdfRuntime');
    const pages = await renderPdfPages(bytes);
    loaders = pages.map((b) => async () => b);
    ({ url } = source.link);
    title = source.link.name;
    lang = source.lang;
  } else {
    const { offers } = source;
    loaders = (offers.images ?? []).map((image) => async () => {
      const response = await fetch(image.src, { credentials: 'include' });
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${image.src}`);
      return response.blob();
    });
    url = offers.pageUrl ?? '';
    title = offers.pageTitle ?? '';
    lang = offers.lang;
  }
  try {
    const pages = await recogniseImages(loaders, guessScript(lang, title), (p) => onProgress(p));
    return captureRecognised(pages, url, title, emptyDoc());
  } catch (e) {
    return { error: { code: 'ocr-failed', detail: e instanceof Error ? e.message : String(e) } };
  }
}

/** The sites among `urls` other than the tab's (activeTab covers it), asked for at once on the click. */
function requestAccess(urls: string[], tabUrl: string | undefined): Promise<boolean> {
  const tabOrigin = originOf(tabUrl);
  const origins = [...new Set(urls.map(originOf).filter((o): o is string => !!o && o !== tabOrigin))];
  if (!origins.length) return Promise.resolve(true);
  return browser.permissions.request({ origins: origins.map((o) => `${o}/*`) }).catch(() => false);
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

export const extensionDocuments: DocumentDeps = { readFile, recognise, requestAccess };
