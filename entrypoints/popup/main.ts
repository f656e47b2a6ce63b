import { captureTab, resolveTargetTab } from '../../src/capture/captureTab';
import { openLibrary } from '../../src/library';
import { extensionPending, openLibraryTab } from '../../src/popup/extensionDeps';
import { startPopup } from '../../src/popup/popupApp';

void startPopup({
  library: openLibrary(),
  capture: async () => {
    const tab = await resolveTargetTab(location.search);
    return tab ? captureTab(tab) : { error: { code: 'no-tab', message: '找不到要采集的标签页。' } };
  },
  openLibrary: openLibraryTab,
  pending: extensionPending,
});
