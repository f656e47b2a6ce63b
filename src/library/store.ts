import type { GaokuDb } from './db';
import { wrapStorageError } from './libraryError';

/**
 * Why a service's cache may no longer match the database: this library wrote (and the service may have kept
 * in step), a write rolled back (in-memory state may be ahead of the database), or another page wrote.
 */
export type Staleness = 'write' | 'rollback' | 'remote';

/**
 * The tables and their transactions. Every write runs in one `rw` transaction over all tables, so a failure
 * (a full disk included: `LibraryError('quota')`) leaves the library as it was; other pages on the same library
 * hear of it over a BroadcastChannel. Services that cache register one `onStale` handler: the only way their
 * caches are dropped.
 */
export class Store {
  private readonly channel: BroadcastChannel | undefined;
  private readonly stale = new Set<(why: Staleness) => void>();
  private readonly remoteListeners = new Set<() => void>();
  private readonly flushers = new Set<() => Promise<void>>();
  /** This library's writes, one after another (see `write`). */
  private queue: Promise<unknown> = Promise.resolve();
  private lastTick = 0;

  constructor(readonly db: GaokuDb) {
    this.channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`gaoku-library:${db.name}`);
    this.channel?.addEventListener('message', () => {
      this.tell('remote');
      for (const l of this.remoteListeners) l();
    });
  }

  /** A speech's `changedAt`: the time, and never the same twice or going back on this page. */
  tick(): number {
    this.lastTick = Math.max(Date.now(), this.lastTick + 1);
    return this.lastTick;
  }

  onStale(handler: (why: Staleness) => void): void {
    this.stale.add(handler);
  }

  /** Runs at the end of every write, inside its transaction: for work batched over the whole write. */
  onFlush(flush: () => Promise<void>): void {
    this.flushers.add(flush);
  }

  /** Another page (the popup, another library tab) changed the library. */
  onChange(listener: () => void): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  private tell(why: Staleness): void {
    for (const h of this.stale) h(why);
  }

  /**
   * Runs a write, turning a full disk into a LibraryError the caller can show and retry. This library's writes
   * run one after another (IndexedDB would serialise their transactions anyway): services keep state for the
   * write in progress (tag deltas, the search index's next number) and reset it when the write ends, before the
   * next one starts. A write must not start another.
   */
  write<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.run(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    const { db } = this;
    let committed = false;
    try {
      const result = await db.transaction('rw', db.tables, async () => {
        const r = await fn();
        for (const flush of this.flushers) await flush();
        return r;
      });
      committed = true;
      this.channel?.postMessage('changed');
      return result;
    } catch (e) {
      throw wrapStorageError(e);
    } finally {
      this.tell(committed ? 'write' : 'rollback');
    }
  }

  close(): void {
    this.channel?.close();
    this.remoteListeners.clear();
    this.stale.clear();
    this.flushers.clear();
    this.db.close();
  }
}
