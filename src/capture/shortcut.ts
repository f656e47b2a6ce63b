import { browser } from 'wxt/browser';
import { t } from '../ui/i18n';

/** The toolbar command as the manifest names it: MV3 `_execute_action`, MV2 `_execute_browser_action`. */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/** The keys that open the popup, as the user has them (they can change them in the browser's settings). */
export async function captureShortcut(): Promise<string | undefined> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => ACTION_COMMANDS.has(c.name ?? ''))?.shortcut || undefined;
}

/** The toolbar button's tooltip with the shortcut in it: 采集本页讲话稿 (Alt+Shift+S). */
export async function showShortcutInTooltip(): Promise<void> {
  const shortcut = await captureShortcut().catch(() => undefined);
  const name = t('actionTitle');
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setTitle({ title: shortcut ? `${name} (${shortcut})` : name });
}
