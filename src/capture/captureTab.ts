import { browser } from 'wxt/browser';
import { requestCapture } from '../messaging/capture';
import { readPopupRequest } from '../messaging/pageLinks';
import type { CaptureReply } from '../messaging/protocol';
import { restrictedPage } from './restrictedPages';

/**
 * The tab the popup works on: `?tab=<id>` when the popup was opened in a tab of its own (context menu
 * fallback, tests), else the active tab of the current window.
 */
export async function resolveTargetTab(search: string): Promise<{ id: number; url?: string } | undefined> {
  const request = readPopupRequest(search);
  if (request) {
    const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Runs the engine inside the tab (granted by the toolbar click) and returns its record or a typed refusal. */
export async function captureTab(tab: { id: number; url?: string } | undefined): Promise<CaptureReply> {
  if (!tab) return { error: { code: 'no-tab' } };
  const page = restrictedPage(tab.url);
  if (page) return { error: { code: 'restricted', page } };
  return requestCapture({ tabId: tab.id });
}
