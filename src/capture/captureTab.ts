import { browser } from 'wxt/browser';
import type { CaptureResult } from '../extract/types';
import { restrictedPageMessage } from './restrictedPages';
import type { TabCapture } from './types';

/** The bundle WXT builds from entrypoints/capture.content.ts (registration: 'runtime'). */
export const CAPTURE_SCRIPT = '/content-scripts/capture.js';

/**
 * The tab the popup works on: `?tab=<id>` when the popup was opened in a tab of its own (context menu
 * fallback, tests), else the active tab of the current window.
 */
export async function resolveTargetTab(search: string): Promise<{ id: number; url?: string } | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Runs the engine inside the tab (granted by the toolbar click) and returns its record or a clear refusal. */
export async function captureTab(tab: { id: number; url?: string }): Promise<TabCapture> {
  const restricted = restrictedPageMessage(tab.url);
  if (restricted) return { error: { code: 'restricted', message: restricted } };
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CAPTURE_SCRIPT] });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // Without a grant the url is hidden from us; the browser's refusal still names the kind of page.
    if (/chrome:\/\/|edge:\/\/|about:|extensions gallery|web ?store|cannot be scripted/i.test(detail)) {
      return { error: { code: 'restricted', message: restrictedPageMessage('chrome://x') as string } };
    }
    return {
      error: {
        code: 'no-access',
        message: `稿库无法读取这个页面（${detail}）。请在页面上点击工具栏的稿库按钮后再试。`,
      },
    };
  }
  const result = results[0]?.result as CaptureResult | { failed: string } | undefined;
  if (!result) return { error: { code: 'failed', message: '页面没有返回采集结果，请刷新页面后再试。' } };
  if ('failed' in result) return { error: { code: 'failed', message: `采集时出错：${result.failed}` } };
  return result;
}
