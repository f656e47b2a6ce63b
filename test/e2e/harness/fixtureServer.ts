import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { SAVED_PAGE_HEADERS } from '../../../scripts/browserExtract';
import { hostilePages } from '../../../scripts/hostile/pages';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

export interface FixtureServer {
  /**
   * `http://127.0.0.1:<port>/corpus/<case>/page.html` for a corpus case, `pages/<case>/…` for a fixture page,
   * `hostile/<i>.html` for the i-th page of scripts/hostile/pages.ts.
   */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves test/fixtures on 127.0.0.1 as a site would: UTF-8 HTML with the saved page's own scripts blocked (see
 * SAVED_PAGE_HEADERS: offline they redirect or wipe the page), nothing outside the folder.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    const hostile = /^\/hostile\/(\d+)\.html$/.exec(path);
    if (hostile) {
      const page = hostilePages()[Number(hostile[1])];
      res.writeHead(page ? 200 : 404, SAVED_PAGE_HEADERS).end(page?.html ?? '');
      return;
    }
    try {
      const body = await readFile(join(FIXTURES, path));
      const headers = path.endsWith('.html')
        ? SAVED_PAGE_HEADERS
        : { 'content-type': 'application/octet-stream' };
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
