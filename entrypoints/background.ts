import { createSaveMenu, openCaptureFor, SAVE_MENU_ID } from '../src/capture/contextMenu';
import { showShortcutInTooltip } from '../src/capture/shortcut';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    createSaveMenu();
    void showShortcutInTooltip();
  });
  browser.runtime.onStartup.addListener(() => void showShortcutInTooltip());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void openCaptureFor(tab.id);
  });
});
