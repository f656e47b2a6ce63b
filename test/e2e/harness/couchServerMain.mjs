// A CouchDB-protocol server in memory for the sync tests and bench: express-pouchdb on PouchDB 9 (Apache CouchDB
// cannot be installed on these machines). Run as its own process so that a test can kill it mid-sync:
// `node couchServerMain.mjs <port> <log dir>`. It first answers on a port of its own for the admin's set-up
// (`setup <port>`), and opens <port> to clients only when told (`open` on stdin): a server coming back from a
// crash must not answer a client 401 before its users exist, as a real CouchDB, whose users persist, never does.
import { join } from 'node:path';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const [port, logDir] = process.argv.slice(2);
const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication).plugin(mapreduce).defaults({
  adapter: 'memory',
});
const app = express();
app.use(
  '/',
  expressPouchdb(Pouch, {
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(logDir, 'couch-log.txt'),
  }),
);
const setup = app.listen(0, '127.0.0.1', () => console.log(`setup ${setup.address().port}`));
process.stdin.on('data', (d) => {
  if (d.toString().includes('open')) app.listen(Number(port), '127.0.0.1', () => console.log('listening'));
});
