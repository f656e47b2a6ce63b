import type { ProtocolMap, SyncPageMessage } from '../messaging/protocol';
import { extensionSettings } from './settings';
import { extensionStatus, statusReporter } from './status';

// Sync when no page is open: an alarm every 15 minutes wakes the background, which opens the sync page
// (entrypoints/sync): PouchDB needs a page, not the MV3 service worker. In Chrome (MV3) it is an offscreen
// document; in Firefox (MV2) a frame of the background page. The page runs one sync (src/sync/scheduledSync.ts)
// unless an open page already syncs live (it holds the Web Lock), then says it is done and is closed.

export const SYNC_ALARM = 'gaoku-sync';
export const ALARM_MINUTES = 15;
const PAGE = 'sync.html';

interface Offscreen {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
const offscreenApi = () => (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;

export function scheduleSync(): void {
  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: ALARM_MINUTES });
}

async function openSyncPage(): Promise<void> {
  const offscreen = offscreenApi();
  if (offscreen) {
    if (await offscreen.hasDocument?.()) return;
    await offscreen.createDocument({
      url: PAGE,
      // PouchDB's replication and IndexedDB need a document's lifetime; a worker-like task with no UI.
      reasons: ['WORKERS'],
      justification: 'Syncs the library with the office server the user set up',
    });
    return;
  }
  if (document.querySelector(`iframe[src$="${PAGE}"]`)) return;
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL(`/${PAGE}`);
  document.body.append(frame);
}

async function closeSyncPage(): Promise<void> {
  const offscreen = offscreenApi();
  if (offscreen) await offscreen.closeDocument().catch(() => undefined);
  else document.querySelector(`iframe[src$="${PAGE}"]`)?.remove();
}

/** The alarm: one sync in the sync page, when sync is on. */
export async function onSyncAlarm(): Promise<void> {
  const settings = await extensionSettings().read();
  if (settings?.enabled) await openSyncPage();
}

/** The background's side of the sync page's messages (ProtocolMap `syncSettings`, `syncStatus`, `syncDone`). */
export function answerSyncPage(): void {
  const report = statusReporter(extensionStatus());
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as SyncPageMessage;
    if (m?.type === 'syncSettings')
      return extensionSettings().read() as Promise<ProtocolMap['syncSettings']['reply']>;
    if (m?.type === 'syncStatus') report(m.status);
    if (m?.type === 'syncDone') void closeSyncPage();
    return undefined;
  });
}
