import { createSaveMenu, openCaptureFor, SAVE_MENU_ID } from '../src/capture/contextMenu';
import { showShortcutInTooltip } from '../src/capture/shortcut';
import { answerSyncPage, onSyncAlarm, SYNC_ALARM, scheduleSync } from '../src/sync/alarm';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createSaveMenu();
    void showShortcutInTooltip();
    scheduleSync();
  });
  browser.runtime.onStartup.addListener(() => {
    void showShortcutInTooltip();
    scheduleSync();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void openCaptureFor(tab.id);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void onSyncAlarm();
  });
  answerSyncPage();
});
