import type { Library } from '../library/types';
import type { PouchFactory } from './remote';
import type { LiveSync, SessionDeps } from './session';
import {
  extensionSettings,
  originPattern,
  type SettingsStore,
  type SyncSettings,
  settingsProblem,
} from './settings';
import { extensionStatus, type StatusStore, statusReporter } from './status';

// Sync runs in the extension's pages, not the MV3 service worker (PouchDB needs a page's lifetime): whichever
// library page, popup or settings page is open runs it live. One at a time: the page holding the Web Lock
// `gaoku-sync` syncs; when it closes, the lock and the work pass to the next open page.

export const SYNC_LOCK = 'gaoku-sync';

/** PouchDB (≈ 43 KB gzip) loads only in a page where sync is on. */
export const loadPouch = async (): Promise<PouchFactory> =>
  (await import('pouchdb-browser')).default as unknown as PouchFactory;

/** Does the extension hold the optional host permission for the server (granted on the settings page)? */
export async function hasServerAccess(s: SyncSettings): Promise<boolean> {
  const origin = originPattern(s);
  if (!origin) return false;
  return browser.permissions.contains({ origins: [origin] }).catch(() => false);
}

export interface PageSyncDeps {
  settings: SettingsStore;
  status: StatusStore | undefined;
  hasAccess(s: SyncSettings): Promise<boolean>;
  loadPouch(): Promise<PouchFactory>;
  startLive(deps: SessionDeps): Promise<LiveSync>;
}

const extensionDeps = (): PageSyncDeps => ({
  settings: extensionSettings(),
  status: extensionStatus(),
  hasAccess: hasServerAccess,
  loadPouch,
  startLive: async (d) => (await import('./session')).startLive(d),
});

/** Runs sync from this page while it is on, and follows the settings as they change. */
export function startPageSync(
  library: SessionDeps['library'] & Library,
  deps: PageSyncDeps = extensionDeps(),
): () => void {
  let generation = 0;
  let live: LiveSync | undefined;
  let release: (() => void) | undefined;
  const report = statusReporter(deps.status);

  async function follow(s: SyncSettings | undefined): Promise<void> {
    const mine = ++generation;
    const stopping = live?.stop();
    live = undefined;
    release?.();
    release = undefined;
    await stopping;
    if (!s?.enabled) {
      report({ state: 'off' });
      return;
    }
    if (settingsProblem(s)) return;
    if (!(await deps.hasAccess(s))) {
      report({ state: 'no-access' });
      return;
    }
    if (mine !== generation) return;
    const locks = globalThis.navigator?.locks;
    const hold = async () => {
      if (mine !== generation) return;
      const Pouch = await deps.loadPouch();
      if (mine !== generation) return;
      live = await deps.startLive({ Pouch, library, settings: s, report });
      // Held until the settings change or the page closes (the browser then releases the lock).
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    // Not awaited: a page waiting for the lock must still hear of the next change of settings.
    void (locks ? locks.request(SYNC_LOCK, hold) : hold()).catch((e) =>
      report({ state: 'error', detail: String((e as Error)?.message ?? e) }),
    );
  }

  const unwatch = deps.settings.watch((s) => void follow(s));
  void deps.settings.read().then(
    (s) => follow(s),
    () => undefined,
  );
  return () => {
    unwatch();
    generation++;
    void live?.stop();
    release?.();
  };
}
