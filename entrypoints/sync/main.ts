import { openLibrary } from '../../src/library';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import { runScheduledSync } from '../../src/sync/scheduledSync';

// The alarm's sync page (src/sync/alarm.ts): never shown.
void runScheduledSync(observedLibrary(openLibrary()));
