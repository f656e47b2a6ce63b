// The part of PouchDB's API that sync uses, typed here: @types/pouchdb-core declares a global `Buffer` of its
// own that breaks Node's in every other file of the project. pouchdb.d.ts gives the packages these types.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export type WriteResult =
  | { ok: true; id: string; rev: string }
  | { error: string | boolean; message?: string; status?: number; id?: string; rev?: undefined };

export interface AllDocsRow {
  id?: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
  error?: string;
}

export interface ChangesResult {
  results: { id: string; seq: number | string; doc?: PouchDoc & Record<string, unknown> }[];
  last_seq: number | string;
}

export interface DbInfo {
  doc_count: number;
  update_seq: number | string;
  /** With `skip_setup`, an HTTP database answers an auth failure with these instead of a throw. */
  error?: string;
  reason?: string;
  status?: number;
}

export interface ReplicationInfo {
  direction?: 'push' | 'pull';
  change?: { docs_written: number };
}

export interface Replication extends PromiseLike<unknown> {
  on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
  on(event: 'paused' | 'denied' | 'error' | 'requestError', listener: (err?: unknown) => void): Replication;
  on(event: 'active' | 'complete', listener: () => void): Replication;
  cancel(): void;
  /** A live sync's two replications: only theirs `paused` carries the error (the sync's own drops it). */
  push?: Replication;
  pull?: Replication;
}

export interface ReplicationOptions {
  live?: boolean;
  retry?: boolean;
  back_off_function?: (delay: number) => number;
  batch_size?: number;
}

export interface Db {
  get(id: string, options?: { open_revs?: string[]; rev?: string; conflicts?: boolean }): Promise<unknown>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(docs: PouchDoc[]): Promise<WriteResult[]>;
  allDocs(options: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
  }): Promise<{ rows: AllDocsRow[]; total_rows?: number }>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
  }): Promise<ChangesResult>;
  info(): Promise<DbInfo>;
  sync(remote: Db, options?: ReplicationOptions): Replication;
  /** Drops the bodies of old revisions (the revision tree stays, so replication is unaffected). */
  compact(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface DbOptions {
  adapter?: string;
  skip_setup?: boolean;
  auth?: { username: string; password: string };
  auto_compaction?: boolean;
}

/** PouchDB's constructor: pouchdb-browser in the extension, pouchdb-core with the memory adapter in tests. */
export type PouchFactory = new (name: string, options?: DbOptions) => Db;
