import type { CaptureRecord, CaptureErrorCode as RefusalCode } from '../extract/types';

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
  | { code: 'failed'; detail: string };

export type CaptureErrorCode = CaptureError['code'];

/** The answer to a capture: the engine's record, or why there is none. */
export type CaptureReply = CaptureRecord | { error: CaptureError };

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
}

/** Broadcasts: one extension page tells every other page on the same library (src/messaging/broadcast.ts). */
export interface BroadcastMap {
  libraryChanged: LibraryChange;
}
