// Types for the PouchDB packages sync and its tests import (see pouch.ts for why not @types/pouchdb-*).
declare module 'pouchdb-browser' {
  const PouchDB: import('./pouch').PouchFactory;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  type Pluggable = import('./pouch').PouchFactory & { plugin(p: unknown): Pluggable };
  const PouchDB: Pluggable;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
declare module 'pouchdb-mapreduce';
declare module 'express-pouchdb';
