import { captureTab, resolveTargetTab } from '../../src/capture/captureTab';
import { captureShortcut } from '../../src/capture/shortcut';
import { openLibrary } from '../../src/library';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import { extensionDocuments } from '../../src/popup/documentDeps';
import { extensionPending, openLibraryTab } from '../../src/popup/extensionDeps';
import { startPopup } from '../../src/popup/popupApp';
import { startPageSync } from '../../src/sync/pageSync';

const library = observedLibrary(openLibrary());
startPageSync(library);
void startPopup({
  library,
  capture: async () => captureTab(await resolveTargetTab(location.search)),
  openLibrary: openLibraryTab,
  pending: extensionPending,
  documents: extensionDocuments,
  shortcut: captureShortcut,
});
