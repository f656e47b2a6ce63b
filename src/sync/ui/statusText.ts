import { formatDate } from '../../ui/dom';
import { t, tn } from '../../ui/i18n';
import type { SyncStatus } from '../status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** 刚刚 / 2 分钟前 / 3 小时前 / 2026-03-01. */
export function agoText(then: number, now: number): string {
  const d = Math.max(0, now - then);
  if (d < MINUTE) return t('sync.ago.now');
  if (d < HOUR) return tn('sync.ago.minutes', Math.floor(d / MINUTE));
  if (d < 24 * HOUR) return tn('sync.ago.hours', Math.floor(d / HOUR));
  return formatDate(then);
}

/** The status line: 已同步 · 2 分钟前 / 同步中 12 篇 / 离线 / 密码错误. */
export function statusText(s: SyncStatus, now = Date.now()): string {
  switch (s.state) {
    case 'off':
      return t('sync.status.off');
    case 'synced':
      return s.lastSynced ? t('sync.status.synced', agoText(s.lastSynced, now)) : t('sync.status.syncedNow');
    case 'syncing':
      return tn('sync.status.syncing', s.count ?? 0);
    case 'offline':
      return t('sync.status.offline');
    case 'unauthorized':
      return t('sync.status.unauthorized');
    case 'not-found':
      return t('sync.status.notFound');
    case 'quota':
      return t('sync.status.quota');
    case 'no-access':
      return t('sync.status.noAccess');
    case 'error':
      return t('sync.status.error', s.detail ?? '');
  }
}
