import { LibraryError } from '../library/libraryError';
import type { Library } from '../library/types';
import { compactIfDue, SyncEngine, SyncWriteError } from './engine';
import type { Db } from './pouch';
import { type PouchFactory, problemOf, remoteDb, replicaName, testConnection } from './remote';
import { identityOf, type SyncSettings } from './settings';
import type { SyncState, SyncStatus } from './status';

// One run of sync with the office's server: live while a page is open (replication both ways, the library's
// writes pushed as they happen, what comes in merged as it comes), or once (the alarm). Status goes to
// `report` as it changes. PouchDB retries a server that went away, waiting `backOff` between tries.

export interface SessionDeps {
  Pouch: PouchFactory;
  library: Library & { onLibraryChange?(listener: () => void): () => void };
  settings: SyncSettings;
  report(status: SyncStatus): void;
  /** Replication batch size (documents per request). */
  batchSize?: number;
}

/** From 1 s, doubling, at most 15 s: a server back from a restart is found within seconds, not minutes. */
export const backOff = (delay: number): number => (delay === 0 ? 1000 : Math.min(delay * 2, 15_000));

/** What an error means for the status line; a full disk changed nothing here (the library's transactions). */
export function stateOf(e: unknown): SyncState {
  if (e instanceof LibraryError) return e.code === 'quota' ? 'quota' : 'error';
  if ((e as { name?: string })?.name === 'QuotaExceededError') return 'quota';
  const p = problemOf(e);
  if (p === 'unauthorized' || p === 'forbidden') return 'unauthorized';
  if (p === 'not-found') return 'not-found';
  if (p === 'unreachable') return 'offline';
  return 'error';
}

const detailOf = (e: unknown) => String((e as Error)?.message ?? e).slice(0, 200);

function open(deps: SessionDeps): { local: Db; remote: Db; engine: SyncEngine; counts: { n: number } } {
  const local = new deps.Pouch(replicaName(deps.settings));
  const remote = remoteDb(deps.Pouch, deps.settings);
  const counts = { n: 0 };
  const engine = new SyncEngine(deps.library, local, identityOf(deps.settings), (_phase, n) => {
    counts.n += n;
    deps.report({ state: 'syncing', count: counts.n });
  });
  return { local, remote, engine, counts };
}

/** Before replicating: a wrong password or a missing database is said, and sync does not start. */
async function refused(deps: SessionDeps): Promise<boolean> {
  const answer = await testConnection(deps.Pouch, deps.settings);
  if (answer.ok || answer.problem === 'unreachable') return false;
  deps.report({ state: answer.problem === 'not-found' ? 'not-found' : 'unauthorized' });
  return true;
}

/** Push, replicate both ways until both sides agree, pull: for the alarm and for tests. */
export async function syncOnce(deps: SessionDeps): Promise<SyncStatus> {
  const { local, remote, engine, counts } = open(deps);
  try {
    if (await refused(deps)) return { state: 'unauthorized' };
    deps.report({ state: 'syncing', count: 0 });
    await engine.push();
    const options = { batch_size: deps.batchSize ?? 100 };
    await local.sync(remote, options);
    // Conflicts merged here go back to the server, so that it keeps none open.
    if ((await engine.pull()).resolved > 0) await local.sync(remote, options);
    await compactIfDue(local);
    const done: SyncStatus = { state: 'synced', lastSynced: Date.now(), count: counts.n };
    deps.report(done);
    return done;
  } catch (e) {
    const failed: SyncStatus = { state: stateOf(e), detail: detailOf(e) };
    deps.report(failed);
    return failed;
  } finally {
    await Promise.all([local.close(), remote.close()]).catch(() => undefined);
  }
}

export interface LiveSync {
  stop(): Promise<void>;
}

/** Live sync until `stop`: the page that holds the sync lock runs this (pageSync.ts). */
export async function startLive(deps: SessionDeps): Promise<LiveSync> {
  if (await refused(deps)) return { stop: async () => undefined };
  const { local, remote, engine, counts } = open(deps);
  let stopped = false;
  let queue: Promise<unknown> = Promise.resolve();
  let replicating = false;
  // A direction that stopped on an error (the server away, the password changed): the sync is not done.
  const failing: { push?: unknown; pull?: unknown } = {};
  const run = (task: () => Promise<unknown>) => {
    queue = queue
      .then(() => (stopped ? undefined : task()))
      .catch((e) => {
        if (e instanceof SyncWriteError) setTimeout(() => run(() => engine.push()), 500);
        else deps.report({ state: stateOf(e), detail: detailOf(e) });
      });
    return queue;
  };
  const settle = () =>
    run(async () => {
      await engine.pull();
      if (!replicating && !failing.push && !failing.pull) {
        deps.report({ state: 'synced', lastSynced: Date.now() });
        counts.n = 0;
        await compactIfDue(local);
      }
    });

  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  const stopWatching = deps.library.onLibraryChange?.(() => {
    clearTimeout(pushTimer);
    pushTimer = setTimeout(() => run(() => engine.push()), 100);
  });

  deps.report({ state: 'syncing', count: 0 });
  await run(() => engine.push());
  const replication = local.sync(remote, {
    live: true,
    retry: true,
    back_off_function: backOff,
    batch_size: deps.batchSize ?? 100,
  });
  for (const direction of ['push', 'pull'] as const) {
    const failed = (err: unknown) => {
      failing[direction] = err;
      if (!err) return;
      const state = stateOf(err);
      deps.report({ state, detail: detailOf(err) });
      if (state === 'unauthorized') replication.cancel();
    };
    // `requestError` comes with every failed try; `paused` with an error only when it was busy then.
    replication[direction]
      ?.on('requestError', failed)
      .on('paused', failed)
      .on('active', () => {
        failing[direction] = undefined;
      });
  }
  replication
    .on('change', (info) => {
      if (info.direction === 'pull') run(() => engine.pull());
    })
    .on('active', () => {
      replicating = true;
      deps.report({ state: 'syncing', count: counts.n });
    })
    .on('paused', () => {
      replicating = false;
      // After the directions' own `paused`, which say whether it stopped on an error.
      setTimeout(() => {
        if (!failing.push && !failing.pull) void settle();
      }, 0);
    })
    .on('denied', (err) => deps.report({ state: 'error', detail: detailOf(err) }))
    .on('error', (err) => deps.report({ state: stateOf(err), detail: detailOf(err) }));

  return {
    async stop() {
      stopped = true;
      clearTimeout(pushTimer);
      stopWatching?.();
      replication.cancel();
      await queue.catch(() => undefined);
      await Promise.all([local.close(), remote.close()]).catch(() => undefined);
    },
  };
}
