import { fileTitle } from '../documents/captureBlocks';
import type { CaptureResult } from '../extract/types';
import type { CaptureOffers, DocumentLink, PageImage } from '../messaging/protocol';

/** Extensions of files a page links to as documents; Gaoku reads PDF and .docx, names the others. */
const DOCUMENT_EXT = /\.(pdf|docx|doc|wps|wpt|ofd|rtf|odt)(?=$|[?#&\s）)])/i;
const READABLE: Record<string, DocumentLink['kind']> = { pdf: 'pdf', docx: 'docx' };
const MAX_ATTACHMENTS = 20;
const MAX_IMAGES = 80;
/** A page image is at least this large as loaded (a logo, an icon or a thumbnail is not a page). */
const PAGE_MIN_PX = 400;

/**
 * What the page offers beside its text, read in the live page after the capture: the PDF the tab shows or
 * embeds, the document files it links to (附件), and, when its document is only pictures, those pictures in
 * page order (only the ones loaded and shown: nothing is fetched that the page did not show).
 */
export function pageOffers(doc: Document, result: CaptureResult): CaptureOffers {
  const offers: CaptureOffers = {
    pageUrl: doc.location?.href ?? doc.URL,
    pageTitle: doc.title.trim(),
    lang: doc.documentElement.lang || undefined,
  };
  const file = shownPdf(doc);
  if (file) offers.file = file;
  const attachments = linkedDocuments(doc);
  if (attachments.length) offers.attachments = attachments;
  if ('error' in result && result.error.code === 'image-only' && !file) {
    const images = pageImages(doc);
    if (images.length) offers.images = images;
  }
  return offers;
}

function link(url: string, name: string): DocumentLink | undefined {
  const { pathname, search } = new URL(url);
  // the file's name in the path, in a query (download.jsp?file=讲话.docx) or in the link's text
  const ext = [pathname, decodeQuery(search), name].map((s) => DOCUMENT_EXT.exec(`${s}#`)?.[1]).find(Boolean);
  if (!ext) return undefined;
  const lower = ext.toLowerCase();
  return { url, name: name || fileTitle(url), kind: READABLE[lower] ?? 'other', ext: lower };
}

function decodeQuery(search: string): string {
  try {
    return decodeURIComponent(search);
  } catch {
    return search;
  }
}

/** The tab is a PDF (the browser's viewer) or embeds one as its document. */
function shownPdf(doc: Document): DocumentLink | undefined {
  const url = doc.location?.href ?? doc.URL;
  if (doc.contentType === 'application/pdf') return { url, name: fileTitle(url), kind: 'pdf', ext: 'pdf' };
  const embedded = doc.querySelector<HTMLElement>(
    'embed[type*="pdf" i], object[type*="pdf" i], embed[src*=".pdf" i], object[data*=".pdf" i], iframe[src*=".pdf" i]',
  );
  const src = embedded?.getAttribute('src') ?? embedded?.getAttribute('data');
  if (!src) return undefined;
  const abs = absolute(src, doc);
  return abs ? { url: abs, name: doc.title.trim() || fileTitle(abs), kind: 'pdf', ext: 'pdf' } : undefined;
}

/** A link that can name a document file at all: most links of a page are only read this far. */
const MAY_NAME_DOCUMENT = /\.(?:pdf|docx?|wps|wpt|ofd|rtf|odt)/i;

function linkedDocuments(doc: Document): DocumentLink[] {
  const seen = new Set<string>();
  const out: DocumentLink[] = [];
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const text = a.textContent ?? '';
    // Resolving a link never adds an extension; a query may spell its dot %2E. On a page of 100,000 links,
    // resolving and parsing each took 0.59 s in Chromium; this check leaves 0.11 s.
    const named = (s: string) => MAY_NAME_DOCUMENT.test(s);
    if (!named(href) && !named(text) && !(href.includes('%') && named(decodeQuery(href)))) continue;
    const url = absolute(href, doc);
    if (!url || seen.has(url)) continue;
    const found = link(url, text.replace(/\s+/g, ' ').trim());
    if (!found) continue;
    seen.add(url);
    out.push(found);
    if (out.length >= MAX_ATTACHMENTS) break;
  }
  return out;
}

function absolute(href: string, doc: Document): string | undefined {
  try {
    const url = new URL(href, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page pictures a document viewer shows, in page order: loaded images and drawn canvases, page-sized. */
function pageImages(doc: Document): PageImage[] {
  const out: PageImage[] = [];
  for (const el of doc.querySelectorAll<HTMLImageElement | HTMLCanvasElement>('img, canvas')) {
    if (out.length >= MAX_IMAGES) break;
    const shown = el.getBoundingClientRect();
    if (shown.width < 100 || shown.height < 100) continue;
    const image = el instanceof HTMLCanvasElement ? canvasImage(el) : loadedImage(el);
    if (image) out.push(image);
  }
  return out;
}

function loadedImage(img: HTMLImageElement): PageImage | undefined {
  if (!img.complete || img.naturalWidth < PAGE_MIN_PX || img.naturalHeight < PAGE_MIN_PX * 0.7)
    return undefined;
  const src = img.currentSrc || img.src;
  const size = { width: img.naturalWidth, height: img.naturalHeight };
  if (/^(?:https?|data):/i.test(src)) return { src, ...size };
  // a blob: address lives only in this page: draw it here
  const canvas = img.ownerDocument.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  canvas.getContext('2d')?.drawImage(img, 0, 0);
  return canvasImage(canvas);
}

/** A canvas as a PNG; a canvas drawn from another site's pictures cannot be read (the browser says so). */
function canvasImage(canvas: HTMLCanvasElement): PageImage | undefined {
  if (canvas.width < PAGE_MIN_PX || canvas.height < PAGE_MIN_PX * 0.7) return undefined;
  try {
    return { src: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };
  } catch {
    return undefined;
  }
}
