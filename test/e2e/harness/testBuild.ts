import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, TEST_EXTENSION_DIR } from './extensionBrowser';

const manifestTime = (dir: string) => {
  const p = join(dir, 'manifest.json');
  return existsSync(p) ? statSync(p).mtimeMs : -1;
};

/**
 * The test build (`npm run build:test`), made here when it is missing or older than the production build, so that
 * `npm run build && vitest … sync.e2e.ts` tests the sources just built; `npm test` builds it before the e2e tests.
 */
export function ensureTestBuild(): string {
  if (
    manifestTime(TEST_EXTENSION_DIR) < manifestTime(EXTENSION_DIR) ||
    manifestTime(TEST_EXTENSION_DIR) < 0
  ) {
    execFileSync('npm', ['run', '-s', 'build:test'], {
      cwd: resolve(import.meta.dirname, '../../..'),
      stdio: 'ignore',
    });
  }
  return TEST_EXTENSION_DIR;
}
