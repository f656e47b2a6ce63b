// Where sync stands, as every page shows it (the library page's header, the settings page). Kept in
// browser.storage.local so that the page that runs sync and the pages that only show it agree.

export type SyncState =
  /** Not set up, or paused. */
  | 'off'
  | 'syncing'
  | 'synced'
  /** The server cannot be reached; sync retries. */
  | 'offline'
  | 'unauthorized'
  /** The database is not on the server (or this user may not see it). */
  | 'not-found'
  /** This browser's storage is full: nothing was changed here. */
  | 'quota'
  /** The extension has no access to the server yet (the optional host permission). */
  | 'no-access'
  | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Speeches being sent or taken in now ('syncing'). */
  count?: number;
  /** When sync last finished with both sides alike. */
  lastSynced?: number;
  /** The error's own words, for 'error' only (never a password: errors carry no request headers). */
  detail?: string;
}

export const STATUS_KEY = 'gaoku.sync.status';

export interface StatusStore {
  read(): Promise<SyncStatus>;
  write(s: SyncStatus): Promise<void>;
  watch(listener: (s: SyncStatus) => void): () => void;
}

const OFF: SyncStatus = { state: 'off' };

export function extensionStatus(): StatusStore | undefined {
  const storage = (globalThis as { browser?: typeof browser }).browser?.storage;
  if (!storage?.local) return undefined;
  return {
    async read() {
      return ((await storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) ?? OFF;
    },
    async write(s) {
      await storage.local.set({ [STATUS_KEY]: s });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[STATUS_KEY];
        if (area === 'local' && change) listener((change.newValue as SyncStatus | undefined) ?? OFF);
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}

/**
 * Status as pages see it: a new state keeps the time of the last finished sync. `store` may read what is there
 * first (the alarm's run starts in a fresh context).
 */
export function statusReporter(store: StatusStore | undefined): (s: SyncStatus) => void {
  let last: number | undefined;
  return (s) => {
    last = s.lastSynced ?? last;
    void (async () => {
      last ??= (await store?.read())?.lastSynced;
      await store?.write({ ...s, ...(last ? { lastSynced: last } : {}) });
    })();
  };
}
