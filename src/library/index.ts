import { GaokuDb } from './db';
import { GaokuLibrary } from './library';
import type { Library } from './types';

export { LibraryError } from './libraryError';
export { normalizeUrl } from './normalizeUrl';
export type * from './types';

/** The user's library in this browser's IndexedDB (extension pages only; content scripts see the page's). */
export function openLibrary(name = 'gaoku', options?: ConstructorParameters<typeof GaokuDb>[1]): Library {
  return new GaokuLibrary(new GaokuDb(name, options));
}
