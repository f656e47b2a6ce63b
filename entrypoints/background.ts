import { createSaveMenu, openCaptureFor, SAVE_MENU_ID } from '../src/capture/contextMenu';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => createSaveMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU_ID && tab?.id !== undefined) void openCaptureFor(tab.id);
  });
});
