import { browser } from 'wxt/browser';
import { popupSearch } from '../messaging/pageLinks';
import { t } from '../ui/i18n';

export const SAVE_MENU_ID = 'gaoku-save-page';

/** The page context-menu item 保存到稿库 (English UI: Save to Gaoku). */
export function createSaveMenu(): void {
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: t('menuSave'),
    contexts: ['page', 'selection'],
  });
}

/**
 * The menu click grants activeTab like a toolbar click. Open the toolbar popup on it; where the browser
 * cannot open it from here, open the same popup page in a small window aimed at the tab.
 */
export async function openCaptureFor(tabId: number): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Older Chromium and some Firefox builds refuse openPopup outside the toolbar.
  }
  await browser.windows.create({
    url: `${browser.runtime.getURL('/popup.html')}${popupSearch({ tabId })}`,
    type: 'popup',
    width: 460,
    height: 640,
  });
}
