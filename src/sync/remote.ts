import type { Db, PouchFactory } from './pouch';
import { databaseUrl, type SyncSettings, serverBase } from './settings';

// The office's database over HTTP, and what its answers mean for the user.

export type { PouchFactory };

/** Why the server would not sync: each is said in the UI language. */
export type ConnectionProblem = 'unauthorized' | 'not-found' | 'unreachable' | 'forbidden' | 'other';

export type ConnectionResult =
  | { ok: true; docs: number }
  | { ok: false; problem: ConnectionProblem; detail?: string };

export function remoteDb(Pouch: PouchFactory, s: SyncSettings): Db {
  return new Pouch(databaseUrl(s), {
    // Created by the office's admin, never by a client (docs/sync.md; express-pouchdb #374 crashes on it).
    skip_setup: true,
    // Basic auth from memory: the password is in no address, so in no error message or log.
    auth: { username: s.user.trim(), password: s.password },
  });
}

/** An error PouchDB gave (an HTTP status, a failed fetch) as one of ours. */
export function problemOf(e: unknown): ConnectionProblem {
  const err = e as { status?: number; error?: string; name?: string; message?: string } | undefined;
  const status = err?.status;
  if (status === 401 || err?.error === 'unauthorized' || err?.name === 'unauthorized') return 'unauthorized';
  if (status === 403 || err?.error === 'forbidden') return 'forbidden';
  if (status === 404 || err?.error === 'not_found') return 'not-found';
  if (status === undefined || status === 0 || status >= 500 || /fetch|network/i.test(err?.message ?? ''))
    return 'unreachable';
  return 'other';
}

/** 测试连接: can this user read this database? (Nothing is written.) */
export async function testConnection(Pouch: PouchFactory, s: SyncSettings): Promise<ConnectionResult> {
  const remote = remoteDb(Pouch, s);
  try {
    const info = await remote.info();
    // With skip_setup, PouchDB answers an auth failure as an object rather than a throw.
    if (info.error) return { ok: false, problem: problemOf(info), detail: info.reason };
    return { ok: true, docs: info.doc_count };
  } catch (e) {
    return { ok: false, problem: problemOf(e), detail: (e as Error)?.message };
  } finally {
    await remote.close().catch(() => undefined);
  }
}

/** The local replica's name: one per server, database and user, so switching offices never mixes them. */
export function replicaName(s: SyncSettings): string {
  const key = `${serverBase(s)}|${s.database.trim()}|${s.user.trim()}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `gaoku-sync-${h.toString(36)}`;
}
