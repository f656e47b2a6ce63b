import { openLibrary } from '../../src/library';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import { startPageSync } from '../../src/sync/pageSync';

const library = observedLibrary(openLibrary());
void startLibraryPage(library);
startPageSync(library);
