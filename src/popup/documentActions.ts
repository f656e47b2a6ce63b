import { batch, type Signal, signal } from '@preact/signals';
import type { CaptureRecord } from '../extract/types';
import type { CaptureError, CaptureOffers, CaptureReply, DocumentLink } from '../messaging/protocol';
import { isCaptureFailure } from '../messaging/protocol';
import { t } from '../ui/i18n';
import type { PopupPhase } from './popupPhase';

/** What to recognise: the page's images, or the pages of a scanned PDF the popup read. */
export type RecogniseSource =
  | { kind: 'images'; offers: CaptureOffers }
  | { kind: 'pdf'; link: DocumentLink; pageTitle?: string; lang?: string };

export interface ReadProgress {
  /** 1-based page (of a PDF being read, of the images being recognised) and how many. */
  page: number;
  pages: number;
  /** Share of the current page done, 0–1 (recognition tells it; reading a PDF's text does not). */
  share?: number;
}

/** The browser's side of documents: reading files and recognising images (src/popup/documentDeps.ts). */
export interface DocumentDeps {
  /**
   * Asks, on the user's click, for the sites of `urls` that the tab's grant does not cover. Must be called
   * before anything is awaited in the click, or the browser refuses to ask.
   */
  requestAccess(urls: string[], tabUrl: string | undefined): Promise<boolean>;
  readFile(link: DocumentLink, onProgress: (p: ReadProgress) => void): Promise<CaptureReply>;
  recognise(source: RecogniseSource, onProgress: (p: ReadProgress) => void): Promise<CaptureReply>;
}

interface Signals {
  deps: DocumentDeps | undefined;
  phase: Signal<PopupPhase>;
  status: Signal<string>;
  error: Signal<CaptureError | undefined>;
  record: Signal<CaptureRecord | undefined>;
  offers: Signal<CaptureOffers>;
  progress: Signal<{ text: string; share: number } | undefined>;
  alsoFrom: Signal<CaptureRecord | undefined>;
  accept(reply: CaptureReply): void;
}

/** Reading the tab's PDF or an attachment, and recognising page images, as the popup's actions. */
export function documentActions(s: Signals) {
  /** The scanned PDF just read (its pages can be recognised). */
  const scanned = signal<DocumentLink | undefined>(undefined);

  async function run(
    work: (tell: (p: ReadProgress) => void) => Promise<CaptureReply>,
    label: (p: ReadProgress) => string,
  ) {
    const before = { record: s.record.value, error: s.error.value, phase: s.phase.value };
    batch(() => {
      s.phase.value = 'reading';
      s.status.value = label({ page: 0, pages: 0 });
      s.progress.value = { text: s.status.value, share: 0 };
    });
    let reply: CaptureReply;
    try {
      reply = await work((p) => {
        const text = label(p);
        s.status.value = text;
        s.progress.value = { text, share: p.pages ? (p.page - 1 + (p.share ?? 1)) / p.pages : 0 };
      });
    } catch (e) {
      reply = { error: { code: 'failed', detail: e instanceof Error ? e.message : String(e) } };
    }
    s.progress.value = undefined;
    // a file that fails to read leaves the page's own capture on screen, with the reason
    if (isCaptureFailure(reply) && before.record && reply.error.code !== 'image-only') {
      batch(() => {
        s.record.value = before.record;
        s.phase.value = 'ready';
        s.error.value = reply.error as CaptureError;
        s.status.value = '';
      });
      return reply;
    }
    s.accept(reply);
    return reply;
  }

  /** Reads a PDF or .docx (the tab's own file, or an attachment of the page). Call from the click. */
  async function readDocument(link: DocumentLink): Promise<void> {
    const deps = s.deps;
    if (!deps) return;
    // the tab's own site is covered by the click's grant, except where the browser says it is not
    const access = deps.requestAccess([link.url], link.askAccess ? undefined : s.offers.value.pageUrl);
    if (!(await access)) {
      s.error.value = { code: 'document', problem: 'denied' };
      return;
    }
    const page = s.offers.value.pageUrl;
    const fromPage = page && page !== link.url ? { ...pageSource(page) } : undefined;
    const reply = await run(
      (tell) => deps.readFile(link, tell),
      (p) =>
        p.pages ? t('documents.readingPages', link.name, p.page, p.pages) : t('documents.reading', link.name),
    );
    if (!isCaptureFailure(reply)) s.alsoFrom.value = fromPage && { ...reply, ...fromPage };
    scanned.value = isCaptureFailure(reply) && reply.error.code === 'image-only' ? link : undefined;
  }

  /** Recognises the page's images, or the scanned PDF just read. Call from the click. */
  async function recognise(): Promise<void> {
    const deps = s.deps;
    if (!deps) return;
    const offers = s.offers.value;
    const scan = scanned.value;
    // a scanned PDF's bytes are already read; page images are fetched from where the page loaded them
    const urls = scan ? [] : (offers.images ?? []).map((i) => i.src).filter((u) => /^https?:/i.test(u));
    const access = deps.requestAccess(urls, offers.pageUrl);
    if (!(await access)) {
      s.error.value = { code: 'document', problem: 'denied' };
      return;
    }
    const source: RecogniseSource = scan
      ? { kind: 'pdf', link: scan, pageTitle: offers.pageTitle, lang: offers.lang }
      : { kind: 'images', offers };
    await run(
      (tell) => deps.recognise(source, tell),
      (p) => (p.pages ? t('documents.recognising', p.page, p.pages) : t('documents.recognisingStart')),
    );
  }

  /** After the page's capture: a tab that is a PDF is read at once (the click granted its site). */
  async function afterCapture(): Promise<void> {
    const file = s.offers.value.file;
    const tabIsFile = file && file.url === s.offers.value.pageUrl;
    if (file && tabIsFile && !file.askAccess && !s.record.value) await readDocument(file);
  }

  return { readDocument, recognise, afterCapture, scanned };
}

/** The page an attachment was linked from, as a source: its address and site. */
function pageSource(url: string): Pick<CaptureRecord, 'url' | 'site'> {
  let site = url;
  try {
    site = new URL(url).hostname;
  } catch {
    // keep the address as the site
  }
  return { url, site };
}
