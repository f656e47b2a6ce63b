import { describe, expect, it } from 'vitest';
import { backOff, stateOf } from '../../src/sync/session';
import { databaseUrl, defaultDevice, originPattern, settingsProblem } from '../../src/sync/settings';

const base = { server: 'https://couch.bangongshi.local:5984', database: 'zonghe', user: 'zhangsan' };

describe('sync settings', () => {
  it.each([
    ['https://couch.bangongshi.local:5984', undefined],
    ['https://couch.bangongshi.local:5984/', undefined],
    ['http://127.0.0.1:5984', undefined],
    ['http://localhost:5984', undefined],
    ['http://couch.bangongshi.local:5984', 'server-insecure'],
    ['http://192.168.1.20:5984', 'server-insecure'],
    ['ftp://couch.bangongshi.local', 'server-bad'],
    ['https://admin:secret@couch.bangongshi.local', 'server-bad'],
    ['couch.bangongshi.local', 'server-bad'],
    ['  ', 'server-empty'],
  ])('server %s → %s', (server, problem) => {
    expect(settingsProblem({ ...base, server })).toBe(problem);
  });

  it.each([
    ['zonghe', undefined],
    ['office/zonghe-2026', undefined],
    ['Zonghe', 'database-bad'],
    ['_users', 'database-bad'],
    ['', 'database-bad'],
  ])('database %s → %s', (database, problem) => {
    expect(settingsProblem({ ...base, database })).toBe(problem);
  });

  it('asks for the server alone, any port, and encodes the database name', () => {
    expect(originPattern(base)).toBe('https://couch.bangongshi.local/*');
    expect(databaseUrl({ ...base, database: 'office/zonghe' })).toBe(
      'https://couch.bangongshi.local:5984/office%2Fzonghe',
    );
    expect(settingsProblem({ ...base, user: ' ' })).toBe('user-empty');
  });

  it('names the device from the browser', () => {
    expect(defaultDevice({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0' })).toBe(
      'Chrome · Windows',
    );
    expect(defaultDevice({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Firefox/140.0' })).toBe(
      'Firefox · Linux',
    );
  });
});

describe('sync errors and retries', () => {
  it.each([
    [{ status: 401, name: 'unauthorized' }, 'unauthorized'],
    [{ status: 404, error: 'not_found' }, 'not-found'],
    [new TypeError('Failed to fetch'), 'offline'],
    [{ status: 502 }, 'offline'],
    [{ name: 'QuotaExceededError' }, 'quota'],
  ])('%o → %s', (error, state) => {
    expect(stateOf(error)).toBe(state);
  });

  it('waits 1 s, then twice as long each time, at most 15 s', () => {
    const waits = [0];
    for (let i = 0; i < 6; i++) waits.push(backOff(waits[waits.length - 1] ?? 0));
    expect(waits.slice(1)).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000]);
  });
});
