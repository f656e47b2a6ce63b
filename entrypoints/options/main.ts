import { openLibrary } from '../../src/library';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import { startOptionsPage } from '../../src/sync/ui/optionsPage';

startOptionsPage(observedLibrary(openLibrary()));
