import { signal } from '@preact/signals';
import { type PlainKey, t } from '../../ui/i18n';
import type { ConnectionResult, PouchFactory } from '../remote';
import {
  defaultDevice,
  originPattern,
  type SettingsProblem,
  type SettingsStore,
  type SyncSettings,
  settingsProblem,
} from '../settings';
import type { StatusStore, SyncStatus } from '../status';

// The settings page's one state and its three actions: 测试连接, 开始同步, 暂停. Host access to the server is asked
// for on the click itself (a permission request needs the user's gesture), for that one origin only.

export interface OptionsDeps {
  settings: SettingsStore;
  status: StatusStore | undefined;
  /** browser.permissions.request for the server's origin; called first thing in a click handler. */
  requestAccess(origin: string): Promise<boolean>;
  testConnection(s: SyncSettings): Promise<ConnectionResult>;
}

export type Message = { ok: boolean; text: string };

const PROBLEM: Record<SettingsProblem, PlainKey> = {
  'server-empty': 'sync.problem.serverEmpty',
  'server-bad': 'sync.problem.serverBad',
  'server-insecure': 'sync.problem.serverInsecure',
  'database-bad': 'sync.problem.databaseBad',
  'user-empty': 'sync.problem.userEmpty',
};

export function resultText(r: ConnectionResult): Message {
  if (r.ok) return { ok: true, text: t('sync.result.ok', r.docs) };
  const key: Record<typeof r.problem, PlainKey> = {
    unauthorized: 'sync.result.unauthorized',
    'not-found': 'sync.result.notFound',
    forbidden: 'sync.result.forbidden',
    unreachable: 'sync.result.unreachable',
    other: 'sync.result.other',
  };
  return { ok: false, text: t(key[r.problem], r.detail ?? '') };
}

export function createOptionsState(deps: OptionsDeps) {
  const s = {
    server: signal(''),
    database: signal(''),
    user: signal(''),
    password: signal(''),
    name: signal(''),
    device: signal(defaultDevice()),
    enabled: signal(false),
    busy: signal(false),
    message: signal<Message | undefined>(undefined),
    status: signal<SyncStatus>({ state: 'off' }),
  };
  const current = (): SyncSettings => ({
    server: s.server.value.trim(),
    database: s.database.value.trim(),
    user: s.user.value.trim(),
    password: s.password.value,
    name: s.name.value.trim(),
    device: s.device.value.trim(),
    enabled: s.enabled.value,
  });

  function load(saved: SyncSettings | undefined) {
    if (!saved) return;
    s.server.value = saved.server;
    s.database.value = saved.database;
    s.user.value = saved.user;
    s.password.value = saved.password;
    s.name.value = saved.name;
    s.device.value = saved.device || defaultDevice();
    s.enabled.value = saved.enabled;
  }

  /** Checks the form, then asks for access on this click: the settings to use, or undefined (said why). */
  async function checked(): Promise<SyncSettings | undefined> {
    const settings = current();
    const problem = settingsProblem(settings);
    if (problem) {
      s.message.value = { ok: false, text: t(PROBLEM[problem]) };
      return undefined;
    }
    const granted = await deps.requestAccess(originPattern(settings)).catch(() => false);
    if (!granted) {
      s.message.value = { ok: false, text: t('sync.problem.denied') };
      return undefined;
    }
    return settings;
  }

  async function busyWhile<T>(run: () => Promise<T>): Promise<T> {
    s.busy.value = true;
    try {
      return await run();
    } finally {
      s.busy.value = false;
    }
  }

  const actions = {
    async test(): Promise<void> {
      const settings = await checked();
      if (!settings) return;
      s.message.value = { ok: true, text: t('sync.testing') };
      s.message.value = resultText(await busyWhile(() => deps.testConnection(settings)));
    },
    /** Only a server that lets this user in is saved as on: a wrong password changes nothing. */
    async start(): Promise<void> {
      const settings = await checked();
      if (!settings) return;
      const answer = await busyWhile(() => deps.testConnection(settings));
      if (!answer.ok && answer.problem !== 'unreachable') {
        s.message.value = resultText(answer);
        return;
      }
      s.enabled.value = true;
      await deps.settings.write({ ...settings, enabled: true });
      s.message.value = { ok: true, text: t('sync.started') };
    },
    async pause(): Promise<void> {
      s.enabled.value = false;
      await deps.settings.write({ ...current(), enabled: false });
      s.message.value = { ok: true, text: t('sync.paused') };
    },
  };

  const stops = [
    deps.settings.watch((saved) => {
      if (saved) s.enabled.value = saved.enabled;
    }),
    deps.status?.watch((st) => {
      s.status.value = st;
    }),
  ];
  void deps.settings.read().then(load, () => undefined);
  void deps.status?.read().then(
    (st) => {
      s.status.value = st;
    },
    () => undefined,
  );
  return { ...s, actions, dispose: () => stops.forEach((stop) => void stop?.()) };
}

export type OptionsState = ReturnType<typeof createOptionsState>;

/** The extension's own: storage, the permission request, PouchDB over HTTP. */
export const connectionTester =
  (loadPouch: () => Promise<PouchFactory>) =>
  async (s: SyncSettings): Promise<ConnectionResult> =>
    (await import('../remote')).testConnection(await loadPouch(), s);
