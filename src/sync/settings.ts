import type { SavedBy } from '../library/types';

// What the settings page keeps: the office's server and this person's account there. The password is kept
// only here, in the extension's own storage (browser.storage.local), never in the library, its exports or a
// log line (issue 12, "Safety").

export interface SyncSettings {
  /** The server's address, no trailing slash: https://couch.bangongshi.local:5984 */
  server: string;
  database: string;
  user: string;
  password: string;
  /** The name shown on what this person saves: 张三 · 综合科. */
  name: string;
  /** This browser as others see it in the reader: 办公室电脑. */
  device: string;
  /** 开始同步 sets it, 暂停 clears it; the settings stay. */
  enabled: boolean;
}

export const SETTINGS_KEY = 'gaoku.sync.settings';

/** Why settings cannot be used: each is said in the UI language by the settings page. */
export type SettingsProblem =
  | 'server-empty'
  | 'server-bad'
  | 'server-insecure'
  | 'database-bad'
  | 'user-empty';

/** CouchDB's own rule for database names (a lower-case letter first). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The address as used: trimmed, no trailing slash; undefined when it is not an http(s) address. */
export function serverUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password || url.search || url.hash) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** The first thing wrong with these settings, or undefined when sync can start with them. */
export function settingsProblem(
  s: Pick<SyncSettings, 'server' | 'database' | 'user'>,
): SettingsProblem | undefined {
  if (!s.server.trim()) return 'server-empty';
  const url = serverUrl(s.server);
  if (!url) return 'server-bad';
  // A password sent in the clear on an office network is a password shared with it: HTTPS, but on this machine.
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return 'server-insecure';
  if (!DATABASE_NAME.test(s.database.trim())) return 'database-bad';
  if (!s.user.trim()) return 'user-empty';
  return undefined;
}

/** `https://host:5984/` → `https://host:5984`, a path kept (a server behind a proxy path). */
export const serverBase = (s: Pick<SyncSettings, 'server'>): string =>
  (serverUrl(s.server)?.href ?? s.server.trim()).replace(/\/+$/, '');

/** The database's address (a `/` in its name is part of the name: encoded). */
export const databaseUrl = (s: Pick<SyncSettings, 'server' | 'database'>): string =>
  `${serverBase(s)}/${encodeURIComponent(s.database.trim())}`;

/** The optional host permission that gives the extension's pages this server, and no other site. */
export const originPattern = (s: Pick<SyncSettings, 'server'>): string => {
  const url = serverUrl(s.server);
  return url ? `${url.protocol}//${url.hostname}/*` : '';
};

export const identityOf = (s: SyncSettings): SavedBy => ({
  name: s.name.trim() || s.user.trim(),
  device: s.device.trim(),
});

/** This browser, as a first suggestion for the device name: Chrome · Windows. */
export function defaultDevice(nav: Pick<Navigator, 'userAgent'> = navigator): string {
  const ua = nav.userAgent;
  const browser = /Firefox\//.test(ua) ? 'Firefox' : /Edg\//.test(ua) ? 'Edge' : 'Chrome';
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Mac OS X/.test(ua)
      ? 'macOS'
      : /Android/.test(ua)
        ? 'Android'
        : /Linux/.test(ua)
          ? 'Linux'
          : '';
  return [browser, os].filter(Boolean).join(' · ');
}

/** Where settings live: browser.storage.local in the extension, a map in tests. */
export interface SettingsStore {
  read(): Promise<SyncSettings | undefined>;
  write(s: SyncSettings): Promise<void>;
  /** Called when another page changed the settings; returns an unsubscribe. */
  watch(listener: (s: SyncSettings | undefined) => void): () => void;
}

export function extensionSettings(): SettingsStore {
  return {
    async read() {
      return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as SyncSettings | undefined;
    },
    async write(s) {
      await browser.storage.local.set({ [SETTINGS_KEY]: s });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[SETTINGS_KEY];
        if (area === 'local' && change) listener(change.newValue as SyncSettings | undefined);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
