import { extractSpeech } from '../extract';
import { styledProperties } from '../extract/dom/styleCensus';
import { computedVisibility } from '../extract/dom/visibility';
import type { CaptureResult } from '../extract/types';

/**
 * The capture as the content script runs it in the live page: the engine on the browser's own DOM, with the
 * browser's computed style deciding what is hidden (read only for the properties the page's own style sets,
 * dom/styleCensus.ts). `npm run -s extract -- --browser` runs this same function
 * in headless Chromium. `url` is the page's address (the CLI passes the address the saved page came from).
 */
export function captureLivePage(
  doc: Document,
  view: Pick<Window, 'getComputedStyle'>,
  url: string,
): CaptureResult {
  return extractSpeech(doc, url, { isHidden: computedVisibility(view, styledProperties(doc)) });
}
