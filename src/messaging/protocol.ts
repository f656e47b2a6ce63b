import type { CaptureRecord, CaptureErrorCode as RefusalCode } from '../extract/types';
import type { SyncSettings } from '../sync/settings';
import type { SyncStatus } from '../sync/status';

// The one map of what crosses between the extension's contexts (background, popup, library pages, the
// injected capture script): each call's request and answer, each broadcast's payload, and the errors as
// values. The transports differ (an injected script's return value, a page address, a BroadcastChannel);
// the types do not, and every sender and receiver is typed from here.

/** Why a browser page cannot be read: its kind says what to tell the user. */
export type RestrictedPage = 'browser-page' | 'store' | 'file' | 'bad-url';

/**
 * Why there is no capture: the engine's refusals (src/extract, a page with no speech), then what only the
 * browser can tell. The one list: the popup says each in the UI language from its code.
 */
export type CaptureError =
  | { code: RefusalCode; message?: string }
  /** chrome://, the web store, about:, file:// without the grant: pages no extension may read. */
  | { code: 'restricted'; page: RestrictedPage }
  /** The browser refused the injection (no activeTab grant, the tab closed…); `detail` is its words. */
  | { code: 'no-access'; detail: string }
  /** No tab to capture (the popup opened with none active). */
  | { code: 'no-tab' }
  /** The capture script threw or returned nothing; `detail` is the exception's message. */
  | { code: 'failed'; detail: string }
  /** A document file (the tab's PDF, an attachment) could not be read; `problem` says why. */
  | { code: 'document'; problem: DocumentProblem; ext?: string; detail?: string }
  /**
   * A PDF shown in the browser's own viewer, which no extension script may enter (Firefox): the file is
   * offered (`offers.file`), read on the user's click once the browser allows Gaoku that site.
   */
  | { code: 'pdf-viewer' }
  /** Recognising the page images failed (the recogniser did not start, an image would not load). */
  | { code: 'ocr-failed'; detail: string };

/**
 * fetch: the file did not download (`detail`: the status or the browser's words); denied: the user did not
 * allow the file's site; too-large: over the size Gaoku reads; format: not PDF or .docx (`ext` names it);
 * password: a protected PDF; damaged: the file does not open as what it says it is.
 */
export type DocumentProblem = 'fetch' | 'denied' | 'too-large' | 'format' | 'password' | 'damaged';

export type CaptureErrorCode = CaptureError['code'];

/** A document file the popup can read itself: the PDF the tab shows, an attachment the page links to. */
export interface DocumentLink {
  url: string;
  /** As the page names it (the link's text), else the file's name. */
  name: string;
  /** `other`: a format Gaoku cannot read (.doc, .wps, .ofd…); the popup says so. */
  kind: 'pdf' | 'docx' | 'other';
  /** The file's extension as written (pdf, docx, doc, wps…), for the message. */
  ext: string;
  /** The tab's grant does not cover fetching it (Firefox's PDF viewer): ask for its site on the click. */
  askAccess?: boolean;
}

/** A page image the user can have recognised: where it is and its size as loaded. */
export interface PageImage {
  /** An http(s) or data: address; a canvas or a blob: image comes as a data: PNG made in the page. */
  src: string;
  width: number;
  height: number;
}

/** What the page offers beyond its text: the file it is, its attachments, its page images. */
export interface CaptureOffers {
  /** The tab shows a PDF file (the browser's viewer or a PDF served as the page). */
  file?: DocumentLink;
  attachments?: DocumentLink[];
  /** Given when the page's document is only images (the capture answers image-only): in page order, loaded ones. */
  images?: PageImage[];
  /** The page's address, title and language: an attachment's second source, a recognised document's title and script. */
  pageUrl?: string;
  pageTitle?: string;
  lang?: string;
}

/** The answer to a capture: the engine's record, or why there is none; with what else the page offers. */
export type CaptureReply = (CaptureRecord | { error: CaptureError }) & { offers?: CaptureOffers };

export const isCaptureFailure = (r: CaptureReply): r is { error: CaptureError } => 'error' in r;

/** What changed in the library, so a page reloads only what shows it. */
export interface LibraryChange {
  /** Speeches were saved, edited, trashed, restored or deleted (lists, tags, stats, the reader). */
  speeches?: true;
  /** Excerpts (素材) were kept or deleted. */
  excerpts?: true;
}

/** Calls: one context asks, another answers. */
export interface ProtocolMap {
  /**
   * popup → the tab's page: `scripting.executeScript` runs content-scripts/capture.js (injected only after
   * the user's click grants activeTab); the script's return value is the answer (src/messaging/capture.ts).
   */
  capture: { request: { tabId: number }; reply: CaptureReply };
  /**
   * background → popup: the page-menu item (and, where `action.openPopup` is refused, the keyboard command's
   * fallback) opens popup.html aimed at the tab: `?tab=<id>` (src/messaging/pageLinks.ts).
   */
  openPopup: { request: { tabId: number }; reply: undefined };
  /** popup → library page: open the library, on one speech when given: `#id=<id>` (pageLinks.ts). */
  openLibrary: { request: { speechId?: string }; reply: undefined };
  /**
   * The alarm's sync page (an offscreen document in MV3, a frame of the background page in MV2) → background,
   * `runtime.sendMessage` of a `SyncPageMessage`: the settings (an offscreen document has no `storage`), each
   * status to keep, and the end of the run (the background then closes the page). src/sync/alarm.ts.
   */
  syncSettings: { request: undefined; reply: SyncSettings | undefined };
  syncStatus: { request: SyncStatus; reply: undefined };
  syncDone: { request: undefined; reply: undefined };
}

/** What the alarm's sync page sends the background: one of the `sync*` calls of ProtocolMap. */
export type SyncPageMessage =
  | { type: 'syncSettings' }
  | { type: 'syncStatus'; status: ProtocolMap['syncStatus']['request'] }
  | { type: 'syncDone' };

/** Broadcasts: one extension page tells every other page on the same library (src/messaging/broadcast.ts). */
export interface BroadcastMap {
  libraryChanged: LibraryChange;
}
