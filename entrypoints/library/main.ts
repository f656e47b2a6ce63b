import { openLibrary } from '../../src/library';
import { startLibraryPage } from '../../src/librarypage/libraryApp';
import { observedLibrary } from '../../src/messaging/libraryEvents';

void startLibraryPage(observedLibrary(openLibrary()));
