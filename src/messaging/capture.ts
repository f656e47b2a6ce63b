import { browser } from 'wxt/browser';
import type { CaptureResult } from '../extract/types';
import type { CaptureOffers, CaptureReply, ProtocolMap } from './protocol';

/** The bundle WXT builds from entrypoints/capture.content.ts (registration: 'runtime'). */
export const CAPTURE_SCRIPT = '/content-scripts/capture.js';

/**
 * The content script's side: the engine's result with what else the page offers, or the engine's exception
 * as a `failed` value (never a throw). The offers are extra: if reading them fails, the capture still stands.
 */
export function answerCapture(
  run: () => CaptureResult,
  offers: (result: CaptureResult) => CaptureOffers = () => ({}),
): CaptureReply {
  let result: CaptureResult;
  try {
    result = run();
  } catch (e) {
    return { error: { code: 'failed', detail: e instanceof Error ? e.message : String(e) } };
  }
  try {
    return { ...result, offers: offers(result) };
  } catch {
    return result;
  }
}

/** The answer as it came back from another context: only a record or a typed error passes. */
export function readCaptureReply(value: unknown): CaptureReply {
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v.error && typeof v.error === 'object' && typeof (v.error as { code?: unknown }).code === 'string')
      return value as CaptureReply;
    if (typeof v.body === 'string' && typeof v.title === 'string' && Array.isArray(v.removed))
      return value as CaptureReply;
  }
  return { error: { code: 'failed', detail: 'no capture came back from the page' } };
}

// Without a grant the url is hidden from us; the browser's refusal still names the kind of page.
const BROWSER_PAGE_REFUSAL = /chrome:\/\/|edge:\/\/|about:|extensions gallery|web ?store|cannot be scripted/i;

/** The popup's side of `capture`: inject the script into the tab and read its answer. */
export async function requestCapture({ tabId }: ProtocolMap['capture']['request']): Promise<CaptureReply> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (BROWSER_PAGE_REFUSAL.test(detail)) return { error: { code: 'restricted', page: 'browser-page' } };
    return { error: { code: 'no-access', detail } };
  }
  return readCaptureReply(results[0]?.result);
}
