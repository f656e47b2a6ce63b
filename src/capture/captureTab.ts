import { browser } from 'wxt/browser';
import { fileTitle } from '../documents/captureBlocks';
import { requestCapture } from '../messaging/capture';
import { readPopupRequest } from '../messaging/pageLinks';
import { type CaptureReply, isCaptureFailure } from '../messaging/protocol';
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
  const reply = await requestCapture({ tabId: tab.id });
  return isCaptureFailure(reply) ? withPdfTab(reply, tab.url) : reply;
}

/**
 * Firefox shows a PDF in its own viewer, where no extension script may run: the injection is refused. A
 * refused tab whose address names a PDF is offered as that file, to read on the user's click once the
 * browser allows the site (Chrome's viewer takes the script, which reports the PDF itself).
 */
function withPdfTab(reply: CaptureReply, url: string | undefined): CaptureReply {
  if (!url || reply.offers?.file || !/^https?:/i.test(url)) return reply;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return reply;
  }
  if (!/\.pdf$/i.test(path)) return reply;
  // Firefox's activeTab grant lets scripts into a tab, not the popup's fetch past CORS: the site is asked for.
  const file = { url, name: fileTitle(url), kind: 'pdf', ext: 'pdf', askAccess: true } as const;
  return { error: { code: 'pdf-viewer' }, offers: { ...reply.offers, pageUrl: url, file } };
}
