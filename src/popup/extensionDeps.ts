import { browser } from 'wxt/browser';
import { libraryHash } from '../messaging/pageLinks';
import type { PendingCapture } from './popupApp';

const KEY = 'pendingCapture';

/** A capture that failed to save waits in extension storage (apart from IndexedDB, which just failed). */
export const extensionPending = {
  async get(): Promise<PendingCapture | undefined> {
    return (await browser.storage.local.get(KEY))[KEY] as PendingCapture | undefined;
  },
  async set(p: PendingCapture): Promise<void> {
    await browser.storage.local.set({ [KEY]: p });
  },
  async clear(): Promise<void> {
    await browser.storage.local.remove(KEY);
  },
};

/** The library page in a tab of its own, on one speech when given. */
export function openLibraryTab(speechId?: string): void {
  const url = browser.runtime.getURL('/library.html');
  void browser.tabs.create({ url: `${url}${libraryHash({ speechId })}` });
}
