import type { CaptureRecord } from '../extract/types';

/** Why the popup has no capture: the engine's refusals plus the ones only the browser can tell. */
export type TabCaptureErrorCode =
  | 'no-text'
  | 'list-page'
  | 'image-only'
  | 'too-short'
  /** chrome://, the web store, about: and other pages no extension may read. */
  | 'restricted'
  /** The browser refused the injection (no activeTab grant, the tab closed, a file:// page…). */
  | 'no-access'
  | 'no-tab'
  | 'failed';

export interface TabCaptureError {
  error: { code: TabCaptureErrorCode; message: string };
}

export type TabCapture = CaptureRecord | TabCaptureError;

export const isTabCaptureError = (r: TabCapture): r is TabCaptureError => 'error' in r;
