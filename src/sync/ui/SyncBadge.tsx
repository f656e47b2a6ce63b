import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { extensionStatus, type SyncStatus } from '../status';
import { statusText } from './statusText';

/**
 * The library page header's sync line (已同步 · 2 分钟前 / 同步中 12 篇 / 离线 / 密码错误), a link to the settings.
 * Follows the status every page writes to extension storage; the relative time is said again each half minute.
 */
export function SyncBadge() {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const store = extensionStatus();
    if (!store) return;
    void store.read().then(setStatus, () => undefined);
    const unwatch = store.watch((s) => {
      setStatus(s);
      setNow(Date.now());
    });
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);
  if (!status) return null;
  const off = status.state === 'off';
  return (
    <a
      id="sync-status"
      class="sync-status"
      data-state={status.state}
      href={browser.runtime.getURL('/options.html')}
      target="_blank"
      rel="noopener"
      title={t('sync.statusLabel')}
    >
      {off ? t('sync.settingsLink') : statusText(status, now)}
    </a>
  );
}
