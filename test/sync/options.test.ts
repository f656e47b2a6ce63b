// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionResult } from '../../src/sync/remote';
import type { SettingsStore, SyncSettings } from '../../src/sync/settings';
import { createOptionsState } from '../../src/sync/ui/optionsState';
import { agoText, statusText } from '../../src/sync/ui/statusText';

// The settings page's logic with the browser's parts replaced: what is asked, what is saved, what is said.
// In Chinese, the catalogue's first language (fakeI18n follows navigator.language).
Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });

function page(answer: ConnectionResult, granted = true) {
  let saved: SyncSettings | undefined;
  const settings: SettingsStore = {
    read: async () => saved,
    write: async (s) => {
      saved = s;
    },
    watch: () => () => undefined,
  };
  const requestAccess = vi.fn(async (_origin: string) => granted);
  const testConnection = vi.fn(async (_s: SyncSettings) => answer);
  const state = createOptionsState({ settings, status: undefined, requestAccess, testConnection });
  state.server.value = 'https://couch.bangongshi.local:5984';
  state.database.value = 'zonghe';
  state.user.value = 'zhangsan';
  state.password.value = 'mima';
  state.name.value = '张三 · 综合科';
  return { state, requestAccess, testConnection, saved: () => saved };
}

describe('the settings page', () => {
  it('starts sync with a server that lets the user in, asking access for that server only', async () => {
    const p = page({ ok: true, docs: 12 });
    await p.state.actions.start();
    expect(p.requestAccess).toHaveBeenCalledWith('https://couch.bangongshi.local/*');
    expect(p.saved()).toMatchObject({ enabled: true, password: 'mima', name: '张三 · 综合科' });
    expect(p.state.message.value?.text).toBe('同步已开始。');
  });

  it('says a wrong password and saves nothing', async () => {
    const p = page({ ok: false, problem: 'unauthorized' });
    await p.state.actions.start();
    expect(p.saved()).toBeUndefined();
    expect(p.state.enabled.value).toBe(false);
    expect(p.state.message.value).toEqual({ ok: false, text: expect.stringContaining('用户名或密码错误') });
  });

  it('refuses a plain-HTTP office server before asking for anything', async () => {
    const p = page({ ok: true, docs: 0 });
    p.state.server.value = 'http://couch.bangongshi.local:5984';
    await p.state.actions.test();
    expect(p.requestAccess).not.toHaveBeenCalled();
    expect(p.testConnection).not.toHaveBeenCalled();
    expect(p.state.message.value?.text).toContain('https://');
  });

  it('says so when access to the server is not granted', async () => {
    const p = page({ ok: true, docs: 0 }, false);
    await p.state.actions.test();
    expect(p.testConnection).not.toHaveBeenCalled();
    expect(p.state.message.value?.text).toContain('允许');
  });

  it('tests the connection and says how many documents the database holds', async () => {
    const p = page({ ok: true, docs: 1234 });
    await p.state.actions.test();
    expect(p.state.message.value?.text).toBe('连接成功：数据库中现有 1,234 份文档。');
    expect(p.saved()).toBeUndefined();
  });

  it('pauses and keeps the settings', async () => {
    const p = page({ ok: true, docs: 1 });
    await p.state.actions.start();
    await p.state.actions.pause();
    expect(p.saved()).toMatchObject({ enabled: false, server: 'https://couch.bangongshi.local:5984' });
  });
});

describe('the status line', () => {
  const now = Date.UTC(2026, 2, 1, 12);
  it.each([
    [{ state: 'synced', lastSynced: now - 2 * 60_000 }, '已同步 · 2 分钟前'],
    [{ state: 'synced', lastSynced: now - 10_000 }, '已同步 · 刚刚'],
    [{ state: 'syncing', count: 12 }, '同步中 12 篇'],
    [{ state: 'offline' }, '离线'],
    [{ state: 'unauthorized' }, '密码错误'],
  ] as const)('%o → %s', (status, text) => {
    expect(statusText(status, now)).toBe(text);
  });

  it('says hours, then the date', () => {
    expect(agoText(now - 3 * 3_600_000, now)).toBe('3 小时前');
    expect(agoText(Date.UTC(2026, 0, 5, 12), now)).toBe('2026-01-05');
  });
});
