import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The sync tests' server on 127.0.0.1 (couchServerMain.mjs, in memory), set up as an office's admin would:
// admin party off, one database, one member user with a password, the database's `_security`. Recipe and its
// one crash: shared notes/couchdb-sync.md (a non-admin creating a missing database kills express-pouchdb, so
// the admin creates it before any client connects, and clients use skip_setup).

export const ADMIN = { user: 'admin', password: 'admin-secret' };
export const MEMBER = { user: 'zhangsan', password: 'mima-2026' };
export const DATABASE = 'zonghe';

export interface CouchServer {
  url: string;
  port: number;
  /** GET/PUT/… as the admin, JSON in and out. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** SIGKILL, as a crash or a pulled cable would; `start` brings it back on the same port, empty. */
  kill(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const basic = (u: { user: string; password: string }) =>
  `Basic ${Buffer.from(`${u.user}:${u.password}`).toString('base64')}`;

export async function startCouchServer(): Promise<CouchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = await mkdtemp(join(tmpdir(), 'gaoku-couch-'));
  let child: ChildProcess | undefined;

  let setupUrl = url;
  async function request(method: string, path: string, body?: unknown, auth = true) {
    const res = await fetch(`${setupUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: basic(ADMIN) } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }

  async function start(): Promise<void> {
    child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'couchServerMain.mjs'), String(port), logDir],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const said = (word: RegExp) =>
      new Promise<RegExpExecArray>((resolve, reject) => {
        child?.once('exit', (code) => reject(new Error(`couch server exited (${code})`)));
        child?.stdout?.on('data', (d: Buffer) => {
          const m = word.exec(d.toString());
          if (m) resolve(m);
        });
      });
    const [, setupPort] = await said(/setup (\d+)/);
    setupUrl = `http://127.0.0.1:${setupPort}`;
    // Admin party off, then the office's database, member and security, as an admin sets them up.
    await request('PUT', '/_config/admins/admin', ADMIN.password, false);
    await request('PUT', `/${DATABASE}`);
    await request('PUT', `/_users/org.couchdb.user:${MEMBER.user}`, {
      _id: `org.couchdb.user:${MEMBER.user}`,
      name: MEMBER.user,
      password: MEMBER.password,
      roles: [],
      type: 'user',
    });
    await request('PUT', `/${DATABASE}/_security`, {
      admins: { names: [], roles: [] },
      members: { names: [MEMBER.user], roles: [] },
    });
    const open = said(/listening/);
    child?.stdin?.write('open\n');
    await open;
  }

  async function kill(): Promise<void> {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    c.removeAllListeners('exit');
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  }

  await start();
  return {
    url,
    port,
    admin: (method, path, body) => request(method, path, body),
    kill,
    start,
    async close() {
      await kill();
      await rm(logDir, { recursive: true, force: true });
    },
  };
}
