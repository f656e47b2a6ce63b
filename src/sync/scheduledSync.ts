import type { ProtocolMap, SyncPageMessage } from '../messaging/protocol';
import { loadPouch, SYNC_LOCK } from './pageSync';
import type { SessionDeps } from './session';
import { syncOnce } from './session';

// The alarm's sync page (src/sync/alarm.ts): one sync, then done. Settings and status go through the background:
// an MV3 offscreen document has no `storage` API.

const send = (m: SyncPageMessage) => browser.runtime.sendMessage(m);

export async function runScheduledSync(library: SessionDeps['library']): Promise<void> {
  try {
    const settings = (await send({ type: 'syncSettings' })) as ProtocolMap['syncSettings']['reply'];
    if (!settings?.enabled) return;
    const run = async (lock: unknown) => {
      // Held: an open page syncs live, and this run has nothing to add.
      if (!lock) return;
      await syncOnce({
        Pouch: await loadPouch(),
        library,
        settings,
        report: (status) => void send({ type: 'syncStatus', status }).catch(() => undefined),
      });
    };
    const locks = globalThis.navigator?.locks;
    await (locks ? locks.request(SYNC_LOCK, { ifAvailable: true }, run) : run(true));
  } finally {
    await send({ type: 'syncDone' }).catch(() => undefined);
  }
}
