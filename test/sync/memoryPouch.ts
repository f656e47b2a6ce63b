import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';
import type { Db, DbOptions, PouchFactory } from '../../src/sync/pouch';

/** PouchDB in memory (the server's own engine in the e2e tests): replicas and a "server" in one process. */
const Memory = PouchDB.plugin(memory).plugin(replication);

let n = 0;
/** A fresh database in memory; names never repeat across tests. */
export const memoryDb = (name = 'db'): Db => new Memory(`${name}-${n++}`, { adapter: 'memory' });

/** A factory that gives every name its own memory database (what SyncEngine's callers construct). */
export const MemoryPouch = function (this: unknown, name: string, options?: DbOptions) {
  return new Memory(name, { ...options, adapter: 'memory' });
} as unknown as PouchFactory;
