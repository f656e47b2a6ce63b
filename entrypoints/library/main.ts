import { openLibrary } from '../../src/library';
import { startLibraryPage } from '../../src/librarypage/libraryApp';

void startLibraryPage(openLibrary());
